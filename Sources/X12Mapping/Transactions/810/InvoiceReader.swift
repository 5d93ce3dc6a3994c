import Canonical
import Foundation
import WharfCore
import X12

/// Reads an 810 invoice into a canonical ``Invoice``: BIG, NTE, CUR, REF, the N1 loop, ITD, DTM, the IT1 loop (IT1,
/// PID, REF, DTM, SAC, TXI), TDS (implied two decimals), TXI, SAC and CTT. Amounts stay exact.
struct InvoiceReader {
    let codes: X12CanonicalCodes
    let set: X12TransactionSet

    func read(into diagnostics: inout Diagnostics) -> Invoice {
        let common = X12CommonReader(codes: self.codes)
        let money = X12MoneyReader(codes: self.codes)
        var invoice = Invoice(invoiceNumber: "")
        var party: Party?
        var line: InvoiceLine?
        var summary = false
        var notMapped: Set<String> = []

        func closeParty() {
            guard let finished = party.take() else { return }
            invoice.parties.append(finished)
        }
        func closeLine() {
            closeParty()
            if let finished = line.take() { invoice.lines.append(finished) }
        }

        let segments = self.set.segments
        for index in segments.indices {
            let fields = X12Fields(segments, at: index)
            if party.isPresent {
                if common.addToParty(fields, &party!) { continue }
                closeParty()
            }
            switch fields.tagCode {
            case X12Tag.st:
                break
            case X12Tag.se, X12Tag.ctt:
                closeLine()
            case X12Tag.big:
                invoice.invoiceDate = fields.date(1)
                invoice.invoiceNumber = fields.text(2) ?? ""
                invoice.orderDate = fields.date(3)
                invoice.orderNumber = fields.text(4)
                if let release = fields.text(5) {
                    invoice.references.append(Reference(kind: .release, value: release, qualifier: "BIG05"))
                }
                invoice.type = fields.text(7).map { InvoiceType(rawValue: self.codes.invoiceTypes[$0] ?? "x12:\($0)") }
                invoice.purpose = fields.text(8).map {
                    DocumentPurpose(rawValue: self.codes.purposeCodes[$0] ?? "x12:\($0)")
                }
            case X12Tag.nte:
                if let text = fields.text(2) { invoice.notes.append(Note(text, code: fields.text(1))) }
            case X12Tag.cur:
                if let currency = fields.text(2) { invoice.currency = CurrencyCode(rawValue: currency) }
            case X12Tag.ref:
                guard let reference = common.reference(fields) else { break }
                if line.isPresent { line?.references.append(reference) } else { invoice.references.append(reference) }
            case X12Tag.dtm:
                guard let date = common.date(fields) else { break }
                if line.isPresent { line?.dates.append(date) } else { invoice.dates.append(date) }
            case X12Tag.n1:
                party = common.party(fields)
            case X12Tag.itd:
                invoice.paymentTerms.append(money.paymentTerms(fields, currency: invoice.currency))
            case X12Tag.it1:
                closeLine()
                line = self.line(fields, at: index, common: common, currency: invoice.currency, into: &diagnostics)
            case X12Tag.pid:
                if line?.description == nil, fields.text(1) == "F" {
                    line?.description = fields.text(5)
                }
            case X12Tag.sac:
                let item = money.allowanceCharge(fields, currency: invoice.currency)
                if line.isPresent, !summary { line?.allowancesCharges.append(item) } else { invoice.allowancesCharges.append(item) }
            case X12Tag.txi:
                let tax = money.tax(fields, currency: invoice.currency)
                if line.isPresent, !summary { line?.taxes.append(tax) } else { invoice.taxes.append(tax) }
            case X12Tag.fob where !line.isPresent && !summary:
                invoice.freightTerms = X12TransportReader(codes: self.codes).freightTerms(fields)
            case X12Tag.cad where summary:
                invoice.transport = X12TransportReader(codes: self.codes).carrierDetail(fields)
            case X12Tag.iss:
                invoice.shipmentSummaries.append(X12TransportReader(codes: self.codes).shipmentSummary(fields))
            case X12Tag.ctp where line.isPresent && !summary:
                line?.priceDetails.append(
                    X12ItemDetailReader(codes: self.codes).priceDetail(fields, currency: invoice.currency))
            case X12Tag.tds:
                closeLine()
                summary = true
                if let total = fields.implied(1, decimals: 2) {
                    var totals = InvoiceTotals(totalAmount: Money(total, invoice.currency))
                    totals.amountSubjectToDiscount = fields.implied(2, decimals: 2).map { Money($0, invoice.currency) }
                    totals.discountedAmount = fields.implied(3, decimals: 2).map { Money($0, invoice.currency) }
                    invoice.totals = totals
                }
            default:
                if let tag = fields.segment.validTag { notMapped.insert(tag) }
            }
        }
        closeLine()
        X12CommonReader.reportNotMapped(notMapped, in: self.set, document: "invoice", into: &diagnostics)
        return invoice
    }

    private func line(_ fields: X12Fields, at index: Int, common: X12CommonReader, currency: CurrencyCode?,
                      into diagnostics: inout Diagnostics) -> InvoiceLine {
        let quantity = fields.decimal(2)
        if quantity == nil {
            diagnostics.append(Diagnostic(
                .error, DiagnosticCode("x12.mapping.quantity-missing"),
                at: X12CommonReader.location(self.set, fields, position: index + 1, element: 2),
                "the line has no usable quantity invoiced; an invoice line needs one"))
        }
        var line = InvoiceLine(lineNumber: fields.text(1),
                               quantity: Quantity(quantity ?? 0, UnitOfMeasure(rawValue: fields.text(3) ?? "EA")))
        if let price = fields.decimal(4) {
            line.price = Price(price, currency, per: nil, basis: fields.text(5).map { PriceBasis(rawValue: $0) })
        }
        line.itemIdentifiers = common.itemIdentifiers(fields, from: 6, through: 25)
        return line
    }
}
