import Canonical
import Foundation
import X12

/// Writes a canonical ``ShipNotice`` as the body of an 856: BSN, DTM, the shipment HL (TD1, TD5, TD3, REF, DTM, N1
/// loop) and one HL per packing level, depth first (LIN, SN1, PRF, PO4, PID, MEA, REF, MAN, DTM, N1 loop), with HL02
/// naming the parent and HL04 whether children follow.
struct ShipNoticeWriter {
    let codes: X12CanonicalCodes

    func segments(for notice: ShipNotice) -> [X12OutputSegment] {
        let common = X12CommonWriter(codes: self.codes)
        let purpose = notice.purpose.flatMap {
            X12CanonicalCodes.code(for: $0.rawValue, in: self.codes.purposeCodes, keeping: nil)
        } ?? "00"
        let structure = notice.references.first { $0.qualifier == "BSN05" }?.value ?? ""
        var segments = [X12OutputSegment("BSN", [
            X12Element(purpose), X12Element(notice.shipmentNumber),
            X12Element(notice.noticeDate.map(X12Format.date) ?? ""),
            X12Element(notice.noticeDate.flatMap(X12Format.time) ?? ""), X12Element(structure),
        ])]
        var counter = 1
        segments.append(X12OutputSegment("HL", ["1", "", "S", notice.levels.isEmpty ? "0" : "1"]))
        if let transport = notice.transport {
            segments += X12TransportWriter(codes: self.codes).transport(transport)
        }
        for reference in notice.references where reference.qualifier != "BSN05" {
            segments.append(common.reference(reference))
        }
        for date in notice.dates { segments.append(common.date(date)) }
        for party in notice.parties { segments += common.party(party) }
        for level in notice.levels { self.write(level, parent: 1, counter: &counter, into: &segments, common: common) }
        segments.append(X12OutputSegment("CTT", [X12Element(String(counter))]))
        return segments
    }

    private func write(_ level: PackingLevel, parent: Int, counter: inout Int, into segments: inout [X12OutputSegment],
                       common: X12CommonWriter) {
        counter += 1
        let id = counter
        let code = X12CanonicalCodes.code(for: level.kind.rawValue, in: self.codes.hierarchicalLevels, keeping: nil,
                                          fallback: "I") ?? "I"
        segments.append(X12OutputSegment("HL", [X12Element(String(id)), X12Element(String(parent)), X12Element(code),
                                                level.children.isEmpty ? "0" : "1"]))
        let details = self.codes.itemDetailQualifiers
        if level.lineNumber != nil || !level.itemIdentifiers.isEmpty || level.lot != nil || !level.serialNumbers.isEmpty {
            var elements = [X12Element(level.lineNumber ?? "")] + common.itemIdentifiers(level.itemIdentifiers, limit: 12)
            if let lot = level.lot { elements += [X12Element(details.lot), X12Element(lot)] }
            for serial in level.serialNumbers.prefix(max(0, 15 - elements.count / 2)) {
                elements += [X12Element(details.serialNumber), X12Element(serial)]
            }
            segments.append(X12OutputSegment("LIN", elements))
        }
        if level.quantityShipped != nil || level.quantityOrdered != nil {
            segments.append(X12OutputSegment("SN1", [
                "", X12Element(level.quantityShipped.map { X12Format.decimal($0.value) } ?? ""),
                X12Element(level.quantityShipped?.unit.rawValue ?? ""), "",
                X12Element(level.quantityOrdered.map { X12Format.decimal($0.value) } ?? ""),
                X12Element(level.quantityOrdered?.unit.rawValue ?? ""),
            ]))
        }
        let order = level.references.first { $0.qualifier == "PRF01" }
        let orderDate = level.dates.first { $0.qualifier == "PRF04" }
        if let order {
            segments.append(X12OutputSegment("PRF", [X12Element(order.value), "", "",
                                                     X12Element(orderDate.map { X12Format.date($0.date) } ?? "")]))
        }
        let itemDetails = X12ItemDetailWriter(codes: self.codes)
        segments += level.packaging.map(itemDetails.packaging)
        if let description = level.description {
            segments.append(X12OutputSegment("PID", ["F", "", "", "", X12Element(description)]))
        }
        segments += level.measurements.map(itemDetails.measurement)
        for reference in level.references where reference.qualifier != "PRF01" {
            segments.append(common.reference(reference))
        }
        if let sscc = level.sscc { segments.append(X12OutputSegment("MAN", ["GM", X12Element(sscc)])) }
        for date in level.dates where date.qualifier != "PRF04" { segments.append(common.date(date)) }
        if let expiration = level.expirationDate {
            segments.append(X12OutputSegment("DTM", [X12Element(details.expirationDate), X12Element(X12Format.date(expiration))]))
        }
        if let manufacture = level.manufactureDate {
            segments.append(X12OutputSegment("DTM", [X12Element(details.manufactureDate), X12Element(X12Format.date(manufacture))]))
        }
        for party in level.parties { segments += common.party(party) }
        for child in level.children { self.write(child, parent: id, counter: &counter, into: &segments, common: common) }
    }
}
