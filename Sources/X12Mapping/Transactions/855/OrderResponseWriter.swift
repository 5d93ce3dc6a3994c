import Canonical
import Foundation
import X12

/// Writes a canonical ``OrderResponse`` as the body of an 855: BAK, CUR, REF, DTM, the N1 loop, the PO1 loop (PO1,
/// PID, ACK per line status, REF, DTM) and CTT.
struct OrderResponseWriter {
    let codes: X12CanonicalCodes

    func segments(for response: OrderResponse) -> [X12OutputSegment] {
        let common = X12CommonWriter(codes: self.codes)
        let purpose = response.purpose.flatMap {
            X12CanonicalCodes.code(for: $0.rawValue, in: self.codes.purposeCodes, keeping: nil)
        } ?? "00"
        let type = X12CanonicalCodes.code(for: response.type.rawValue, in: self.codes.responseTypes,
                                          keeping: response.sourceCode, fallback: "AC") ?? "AC"
        let release = response.references.first { $0.qualifier == "BAK05" }?.value ?? ""
        let contract = response.references.first { $0.qualifier == "BAK07" }?.value ?? ""
        var segments = [X12OutputSegment("BAK", [
            X12Element(purpose), X12Element(type), X12Element(response.orderNumber),
            X12Element(response.orderDate.map(X12Format.date) ?? ""), X12Element(release), "",
            X12Element(contract), X12Element(response.responseNumber ?? ""),
            X12Element(response.responseDate.map(X12Format.date) ?? ""),
        ])]
        if let currency = response.currency {
            segments.append(X12OutputSegment("CUR", ["SE", X12Element(currency.rawValue)]))
        }
        for reference in response.references where !["BAK05", "BAK07"].contains(reference.qualifier) {
            segments.append(common.reference(reference))
        }
        for date in response.dates { segments.append(common.date(date)) }
        segments += common.notes(response.notes)
        for party in response.parties { segments += common.party(party) }
        for line in response.lines {
            segments.append(X12OutputSegment("PO1", common.baselineItem(
                lineNumber: line.lineNumber, quantity: line.orderedQuantity, price: line.orderedPrice,
                identifiers: line.itemIdentifiers)))
            if let confirmed = line.confirmedPrice {
                segments.append(X12ItemDetailWriter(codes: self.codes).priceDetail(PriceDetail(price: confirmed)))
            }
            segments += common.lineDetails(description: line.description, references: line.references,
                                           dates: line.dates, notes: line.notes)
            for status in line.statuses {
                let code = X12CanonicalCodes.code(for: status.status.rawValue, in: self.codes.lineStatuses,
                                                  keeping: status.sourceCode, fallback: "IC") ?? "IC"
                var elements = [
                    X12Element(code), X12Element(status.quantity.map { X12Format.decimal($0.value) } ?? ""),
                    X12Element(status.quantity?.unit.rawValue ?? ""),
                    X12Element(status.date.map(common.dateQualifier) ?? ""),
                    X12Element(status.date.map { X12Format.date($0.date) } ?? ""), "",
                ]
                elements += common.itemIdentifiers(status.itemIdentifiers, limit: 10)
                segments.append(X12OutputSegment("ACK", elements))
            }
            segments += line.schedules.map { X12ItemDetailWriter(codes: self.codes).schedule($0, common: common) }
        }
        segments.append(X12OutputSegment("CTT", [X12Element(String(response.lines.count))]))
        return segments
    }
}
