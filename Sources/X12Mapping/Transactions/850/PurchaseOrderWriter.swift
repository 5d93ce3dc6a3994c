import Canonical
import Foundation
import X12

/// Writes a canonical ``Order`` as the body of an 850 (ST and SE excluded), in the standard's order: BEG, CUR, REF,
/// PER, FOB, SAC, ITD, DTM, TD1/TD5/TD3, MSG notes (N9), the N1 loop (N1–N4, REF, PER), the PO1 loop (PO1 with product
/// id pairs, CUR, PO3, CTP, MEA, PID, PO4, REF, SAC, DTM, MSG, SCH, line N1), CTT and AMT.
struct PurchaseOrderWriter {
    let codes: X12CanonicalCodes

    func segments(for order: Order) -> [X12OutputSegment] {
        let common = X12CommonWriter(codes: self.codes)
        let money = X12MoneyWriter(codes: self.codes)
        let details = X12ItemDetailWriter(codes: self.codes)
        let transports = X12TransportWriter(codes: self.codes)
        var segments: [X12OutputSegment] = []
        let purpose = order.purpose.flatMap {
            X12CanonicalCodes.code(for: $0.rawValue, in: self.codes.purposeCodes, keeping: nil)
        } ?? "00"
        let type = order.type.flatMap {
            X12CanonicalCodes.code(for: $0.rawValue, in: self.codes.orderTypes, keeping: nil)
        } ?? "SA"
        let release = order.references.first { $0.qualifier == "BEG04" }?.value ?? ""
        segments.append(X12OutputSegment("BEG", [
            X12Element(purpose), X12Element(type), X12Element(order.orderNumber), X12Element(release),
            X12Element(order.orderDate.map(X12Format.date) ?? ""),
        ]))
        if let currency = order.currency { segments.append(X12OutputSegment("CUR", ["BY", X12Element(currency.rawValue)])) }
        for reference in order.references where reference.qualifier != "BEG04" {
            segments.append(common.reference(reference))
        }
        // A party with nothing but contacts came from header PER segments (see PurchaseOrderReader).
        let contactOnly = { (party: Party) in party.name == nil && party.identifiers.isEmpty && party.address == nil }
        for party in order.parties where contactOnly(party) {
            for contact in party.contacts { segments.append(common.contact(contact)) }
        }
        if let terms = order.freightTerms { segments.append(transports.freightTerms(terms)) }
        segments += money.allowancesCharges(order.allowancesCharges, documentCurrency: order.currency)
        for terms in order.paymentTerms { segments.append(money.paymentTerms(terms)) }
        for date in order.dates { segments.append(common.date(date)) }
        segments += transports.transports(order.transports)
        segments += common.notes(order.notes)
        for party in order.parties where !contactOnly(party) { segments += common.party(party) }
        for line in order.lines {
            segments.append(X12OutputSegment("PO1", common.baselineItem(
                lineNumber: line.lineNumber, quantity: line.quantity, price: line.price,
                identifiers: line.itemIdentifiers)))
            if let currency = line.price?.currency, currency != order.currency {
                segments.append(X12OutputSegment("CUR", ["BY", X12Element(currency.rawValue)]))
            }
            segments += line.additionalDetails.map(details.additionalDetail)
            segments += details.priceDetails(line.priceDetails, lineCurrency: line.price?.currency ?? order.currency)
            segments += line.measurements.map(details.measurement)
            if let description = line.description {
                segments.append(X12OutputSegment("PID", ["F", "", "", "", X12Element(description)]))
            }
            segments += line.packaging.map(details.packaging)
            segments += line.references.map(common.reference)
            segments += money.allowancesCharges(line.allowancesCharges, documentCurrency: order.currency)
            segments += line.dates.map(common.date)
            segments += line.notes.map { X12OutputSegment("MSG", [X12Element($0.text)]) }
            segments += line.schedules.map { details.schedule($0, common: common) }
            for party in line.parties { segments += common.party(party) }
        }
        let hash = order.lines.reduce(Decimal(0)) { $0 + $1.quantity.value }
        segments.append(X12OutputSegment("CTT", [X12Element(String(order.lines.count)), X12Element(X12Format.decimal(hash))]))
        if let total = order.totalAmount {
            segments.append(X12OutputSegment("AMT", ["TT", X12Element(X12Format.decimal(total.amount))]))
        }
        return segments
    }
}
