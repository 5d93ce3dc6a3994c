import Canonical
import FHIR
import Foundation

/// Writes an invoice as an Invoice (status `issued`) whose amounts add up: each line item has a `base` price
/// component (factor = quantity, amount = line amount), the totals have a `base` component (the sum of the lines),
/// a `surcharge` per charge, a `discount` per allowance (negative), a `tax` per tax (factor = percent / 100), and
/// `totalGross` (the invoice total) equals their sum; `totalNet` is the gross less taxes.
struct InvoiceResourceWriter {
    let values: FHIRValueBuilder

    /// The amount of a line: the stated amount, else quantity × unit price when the price is per one unit.
    static func amount(of line: InvoiceLine, currency: CurrencyCode?) -> Money? {
        if let amount = line.amount { return amount }
        guard let price = line.price, price.per == nil || price.per?.value == 1 else { return nil }
        return Money(line.quantity.value * price.amount, price.currency ?? currency)
    }

    /// The invoice's total when it states none: the line amounts plus charges, less allowances, plus taxes.
    static func amount(of invoice: Invoice) -> Money {
        var gross = invoice.lines.compactMap { Self.amount(of: $0, currency: invoice.currency)?.amount }.reduce(0, +)
        for allowanceCharge in invoice.allowancesCharges {
            guard let amount = allowanceCharge.amount?.amount else { continue }
            gross += allowanceCharge.indicator == .charge ? amount : -amount
        }
        gross += invoice.taxes.compactMap { $0.amount?.amount }.reduce(0, +)
        return Money(gross, invoice.currency ?? invoice.totals?.totalAmount.currency)
    }

    /// Adds the invoice's resources to `bundle`.
    func write(_ invoice: Invoice, into bundle: inout FHIRBundleBuilder) {
        var resource: JSONObject = ["resourceType": "Invoice"]
        var extensions: [JSONValue] = []
        if let currency = invoice.currency {
            extensions.append(self.values.codeExtension(WharfExtension.currency, currency.rawValue))
        }
        extensions += bundle.partyExtensions(invoice.parties, locations: false)
        if !extensions.isEmpty { resource["extension"] = .array(extensions) }
        resource["identifier"] = [self.values.identifier(system: self.values.systems.invoiceNumber,
                                                         value: invoice.invoiceNumber)]
        resource["status"] = "issued"
        if let date = invoice.invoiceDate { resource.append(self.values.dateTimeMembers("date", date)) }
        if let issuer = invoice.parties.first(where: { $0.role == .seller || $0.role == .remitTo }) {
            resource["issuer"] = bundle.reference(to: issuer, locations: false)
        }
        if let recipient = invoice.parties.first(where: { $0.role == .billTo || $0.role == .buyer }) {
            resource["recipient"] = bundle.reference(to: recipient, locations: false)
        }
        var base: Decimal = 0
        var lineItems: [JSONValue] = []
        for (index, line) in invoice.lines.enumerated() {
            var item = JSONObject()
            var lineExtensions: [JSONValue] = []
            if let lineNumber = line.lineNumber {
                lineExtensions.append(self.values.stringExtension(WharfExtension.lineNumber, lineNumber))
            }
            lineExtensions.append(self.values.valueExtension(WharfExtension.quantity, "valueQuantity",
                                                             self.values.quantity(line.quantity)))
            if let price = line.price { lineExtensions.append(self.values.unitPrice(price)) }
            item["extension"] = .array(lineExtensions)
            item["sequence"] = .number(JSONNumber(index + 1))
            item["chargeItemCodeableConcept"] = self.values.itemConcept(line.itemIdentifiers,
                                                                        description: line.description)
            if let amount = Self.amount(of: line, currency: invoice.currency) {
                base += amount.amount
                item["priceComponent"] = [["type": "base", "factor": self.values.decimal(line.quantity.value),
                                           "amount": self.values.money(amount)]]
            }
            lineItems.append(.object(item))
        }
        let currency = invoice.currency ?? invoice.totals?.totalAmount.currency
        var components: [JSONValue] = [["type": "base", "amount": self.values.money(base, currency)]]
        var gross = base
        for allowanceCharge in invoice.allowancesCharges {
            guard let amount = allowanceCharge.amount else { continue }
            let isCharge = allowanceCharge.indicator == .charge
            let signed = isCharge ? amount.amount : -amount.amount
            gross += signed
            var component: JSONObject = ["type": .string(isCharge ? "surcharge" : "discount")]
            if allowanceCharge.code != nil || allowanceCharge.description != nil {
                var code = JSONObject()
                if let value = allowanceCharge.code {
                    code["coding"] = [["system": .string(FHIRSystem.allowanceChargeCode), "code": .string(value)]]
                }
                if let text = allowanceCharge.description { code["text"] = .string(text) }
                component["code"] = .object(code)
            }
            component["amount"] = self.values.money(signed, amount.currency)
            components.append(.object(component))
        }
        var taxTotal: Decimal = 0
        for tax in invoice.taxes {
            guard let amount = tax.amount else { continue }
            gross += amount.amount
            taxTotal += amount.amount
            var coding: JSONObject = [:]
            if let source = tax.sourceCode {
                coding["extension"] = [self.values.stringExtension(WharfExtension.sourceQualifier, source)]
            }
            coding["system"] = .string(FHIRSystem.taxType)
            coding["code"] = .string(tax.type.rawValue)
            var component: JSONObject = ["type": "tax", "code": ["coding": [.object(coding)]]]
            if let percent = tax.percent { component["factor"] = self.values.decimal(percent / 100) }
            component["amount"] = self.values.money(amount)
            components.append(.object(component))
        }
        if !lineItems.isEmpty { resource["lineItem"] = .array(lineItems) }
        resource["totalPriceComponent"] = .array(components)
        let total = invoice.totals?.totalAmount ?? Money(gross, currency)
        resource["totalNet"] = self.values.money(total.amount - taxTotal, total.currency)
        resource["totalGross"] = self.values.money(total)
        bundle.add(resource, name: "Invoice|\(invoice.invoiceNumber)")
    }
}
