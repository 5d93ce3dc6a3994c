import Canonical
import FHIR
import Foundation
import WharfCore

/// Reads an Invoice: number, date, currency, parties, lines (line number, item identifiers, quantity, unit price,
/// amount from the `base` price component), allowances and charges (`discount`/`surcharge` total components), taxes
/// (`tax` components, percent = factor × 100) and the total (`totalGross`), and checks that the amounts add up.
struct InvoiceResourceReader {
    let values: FHIRValueReader
    let index: FHIRResourceIndex

    /// The invoice of `resource`.
    func invoice(_ resource: JSONNode, diagnostics: inout Diagnostics) -> Invoice {
        let number = self.values.identifierValue(resource, system: self.values.systems.invoiceNumber)
            ?? resource["identifier"]?[0]?["value"]?.string
        if number == nil {
            diagnostics.append(Diagnostic(.error, .fhirMappingRequiredMissing, at: .jsonPointer(resource.pointer),
                                          "the Invoice has no identifier carrying the invoice number"))
        }
        var invoice = Invoice(invoiceNumber: number ?? "")
        invoice.invoiceDate = self.values.date(resource, "date", &diagnostics)
        invoice.currency = self.values.extensionValue(resource, WharfExtension.currency)?.string
            .map { CurrencyCode(rawValue: $0) }
        invoice.parties = PartyResourceReader(values: self.values, index: self.index).parties(
            of: resource, native: [("issuer", .seller), ("recipient", .billTo)], diagnostics: &diagnostics)
        var sum: Decimal = 0
        for item in resource["lineItem"].map({ Array($0.children) }) ?? [] {
            guard let quantity = self.values.quantity(self.values.extensionValue(item, WharfExtension.quantity),
                                                      &diagnostics) else {
                diagnostics.append(Diagnostic(.error, .fhirMappingRequiredMissing, at: .jsonPointer(item.pointer),
                                              "the line item has no quantity extension; the line is skipped"))
                continue
            }
            let concept = item["chargeItemCodeableConcept"]
            var line = InvoiceLine(quantity: quantity)
            line.lineNumber = self.values.extensionValue(item, WharfExtension.lineNumber)?.string
                ?? item["sequence"]?.numberText
            line.itemIdentifiers = self.values.itemIdentifiers(concept)
            line.description = concept?["text"]?.string
            line.price = self.values.unitPrice(item, &diagnostics)
            let base = item["priceComponent"]?.children.first { $0["type"]?.string == "base" }
            line.amount = self.values.money(base?["amount"], &diagnostics)
            invoice.lines.append(line)
        }
        for component in resource["totalPriceComponent"].map({ Array($0.children) }) ?? [] {
            guard let amount = self.values.money(component["amount"], &diagnostics) else { continue }
            let code = component["code"]
            switch component["type"]?.string {
            case "base":
                sum += amount.amount
            case "surcharge", "discount", "deduction":
                sum += amount.amount
                let isCharge = component["type"]?.string == "surcharge"
                invoice.allowancesCharges.append(AllowanceCharge(
                    indicator: isCharge ? .charge : .allowance, code: code?["coding"]?[0]?["code"]?.string,
                    amount: Money(isCharge ? amount.amount : -amount.amount, amount.currency),
                    description: code?["text"]?.string))
            case "tax":
                sum += amount.amount
                let coding = code?["coding"]?[0]
                let factor = self.values.decimal(component["factor"], &diagnostics)
                invoice.taxes.append(Tax(type: TaxType(rawValue: coding?["code"]?.string ?? "other"),
                                         sourceCode: coding.flatMap(self.values.qualifier), amount: amount,
                                         percent: factor.map { $0 * 100 }))
            default:
                break
            }
        }
        if let gross = self.values.money(resource["totalGross"], &diagnostics) {
            invoice.totals = InvoiceTotals(totalAmount: gross)
            if resource["totalPriceComponent"] != nil, sum != gross.amount, let node = resource["totalGross"] {
                diagnostics.append(Diagnostic(.warning, .fhirMappingValueInvalid, at: .jsonPointer(node.pointer),
                                              "totalGross is not the sum of the total price components"))
            }
        }
        return invoice
    }
}
