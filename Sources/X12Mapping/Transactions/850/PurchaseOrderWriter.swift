import Canonical
import Foundation
import X12

/// Writes a canonical ``Order`` as the body of an 850 (ST and SE excluded): BEG, CUR, REF, DTM, MSG notes (N9), the
/// N1 loop (N1–N4, PER), the PO1 loop (PO1 with product id pairs, PID, REF, DTM, MSG, line N1), CTT and AMT.
struct PurchaseOrderWriter {
    let codes: X12CanonicalCodes

    func segments(for order: Order) -> [X12OutputSegment] {
        let common = X12CommonWriter(codes: self.codes)
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
        for date in order.dates { segments.append(common.date(date)) }
        segments += common.notes(order.notes)
        for party in order.parties where !contactOnly(party) { segments += common.party(party) }
        for line in order.lines {
            segments.append(X12OutputSegment("PO1", common.baselineItem(
                lineNumber: line.lineNumber, quantity: line.quantity, price: line.price,
                identifiers: line.itemIdentifiers)))
            segments += common.lineDetails(description: line.description, references: line.references,
                                           dates: line.dates, notes: line.notes)
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
