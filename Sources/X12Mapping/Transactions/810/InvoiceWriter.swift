import Canonical
import Foundation
import X12

/// Writes a canonical ``Invoice`` as the body of an 810: BIG, NTE, CUR, REF, the N1 loop, ITD, DTM, the IT1 loop
/// (IT1, PID, REF, DTM, TXI, SAC), TDS (implied two decimals), TXI, SAC and CTT.
struct InvoiceWriter {
    let codes: X12CanonicalCodes

    func segments(for invoice: Invoice) -> [X12OutputSegment] {
        let common = X12CommonWriter(codes: self.codes)
        let money = X12MoneyWriter(codes: self.codes)
        let type = invoice.type.flatMap {
            X12CanonicalCodes.code(for: $0.rawValue, in: self.codes.invoiceTypes, keeping: nil)
        } ?? ""
        let purpose = invoice.purpose.flatMap {
            X12CanonicalCodes.code(for: $0.rawValue, in: self.codes.purposeCodes, keeping: nil)
        } ?? ""
        let release = invoice.references.first { $0.qualifier == "BIG05" }?.value ?? ""
        var segments = [X12OutputSegment("BIG", [
            X12Element(invoice.invoiceDate.map(X12Format.date) ?? ""), X12Element(invoice.invoiceNumber),
            X12Element(invoice.orderDate.map(X12Format.date) ?? ""), X12Element(invoice.orderNumber ?? ""),
            X12Element(release), "", X12Element(type), X12Element(purpose),
        ])]
        for note in invoice.notes { segments.append(X12OutputSegment("NTE", [X12Element(note.code ?? ""), X12Element(note.text)])) }
        if let currency = invoice.currency { segments.append(X12OutputSegment("CUR", ["SE", X12Element(currency.rawValue)])) }
        for reference in invoice.references where reference.qualifier != "BIG05" {
            segments.append(common.reference(reference))
        }
        for party in invoice.parties { segments += common.party(party) }
        for terms in invoice.paymentTerms { segments.append(money.paymentTerms(terms)) }
        for date in invoice.dates { segments.append(common.date(date)) }
        let transports = X12TransportWriter(codes: self.codes)
        if let terms = invoice.freightTerms { segments.append(transports.freightTerms(terms)) }
        for line in invoice.lines {
            segments.append(X12OutputSegment("IT1", common.baselineItem(
                lineNumber: line.lineNumber, quantity: line.quantity, price: line.price,
                identifiers: line.itemIdentifiers)))
            for tax in line.taxes { segments.append(money.tax(tax)) }
            segments += X12ItemDetailWriter(codes: self.codes).priceDetails(line.priceDetails,
                                                                            lineCurrency: invoice.currency)
            if let description = line.description {
                segments.append(X12OutputSegment("PID", ["F", "", "", "", X12Element(description)]))
            }
            for reference in line.references { segments.append(common.reference(reference)) }
            for date in line.dates { segments.append(common.date(date)) }
            for item in line.allowancesCharges { segments.append(money.allowanceCharge(item)) }
        }
        if let totals = invoice.totals {
            segments.append(X12OutputSegment("TDS", [
                X12Element(X12Format.implied(totals.totalAmount.amount, decimals: 2)),
                X12Element(totals.amountSubjectToDiscount.map { X12Format.implied($0.amount, decimals: 2) } ?? ""),
                X12Element(totals.discountedAmount.map { X12Format.implied($0.amount, decimals: 2) } ?? ""),
            ]))
        }
        for tax in invoice.taxes { segments.append(money.tax(tax)) }
        if let transport = invoice.transport { segments.append(transports.carrierDetail(transport)) }
        for item in invoice.allowancesCharges { segments.append(money.allowanceCharge(item)) }
        segments += invoice.shipmentSummaries.map(transports.shipmentSummary)
        segments.append(X12OutputSegment("CTT", [X12Element(String(invoice.lines.count))]))
        return segments
    }
}
