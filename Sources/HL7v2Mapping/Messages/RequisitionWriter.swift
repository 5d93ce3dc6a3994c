import Canonical
import HL7v2

/// Writes a canonical ``Order`` as an OMS^O05 (the inverse of ``RequisitionReader``): one ORC and RQD per line, RQ1
/// when the line has a price, a manufacturer or a supplier, NTE for notes.
struct RequisitionWriter {
    let codes: HL7v2CanonicalCodes

    /// The segments of the message; `nonStock` writes an OMN^O07 (same segments) instead of an OMS^O05.
    func segments(for order: Order, header: HL7v2MessageHeader, nonStock: Bool = false) -> [HL7v2OutputSegment] {
        var segments = [nonStock ? header.segment("OMN", "O07", "OMN_O07") : header.segment("OMS", "O05", "OMS_O05")]
        for note in order.notes { segments.append(HL7v2OutputSegment("NTE", ["", "", HL7v2OutputField(note.text)])) }
        let control = order.purpose.map {
            HL7v2CanonicalCodes.code(for: $0.rawValue, in: self.codes.orderControlPurposes, fallback: "NW")
        } ?? "NW"
        let requester = order.parties.first { $0.role == .requester }
        for (index, line) in order.lines.enumerated() {
            var orc = HL7v2OutputSegment("ORC")
            orc[1] = HL7v2OutputField(control)
            let placer = line.references.first { $0.kind == .requisition }?.value ?? order.orderNumber
            orc[2] = HL7v2OutputField(placer)
            orc[4] = HL7v2OutputField(order.orderNumber)
            if let date = order.orderDate { orc[9] = HL7v2OutputField(HL7v2Values.text(date)) }
            if let requester, let id = requester.identifiers.first?.value {
                orc[12] = HL7v2OutputField(components: [id, requester.name ?? ""])
            }
            segments.append(orc)
            var rqd = HL7v2OutputSegment("RQD")
            rqd[1] = HL7v2OutputField(line.lineNumber ?? String(index + 1))
            // RQD-2 the buyer's (internal) code, RQD-3 the vendor's (external) code, RQD-4 one more code: a charge
            // code, GTIN, NDC … in that order of preference. RQ1 carries the manufacturer's part.
            let candidates = line.itemIdentifiers.filter { $0.qualifier?.hasPrefix("RQ1") != true }
            let others: [ItemIdentifierKind] = [.chargeCode, .gtin, .ndc, .upc, .hibcc, .udiDI, .other]
            let slots: [(Int, ItemIdentifier?)] = [
                (2, candidates.first { $0.kind == .buyerPart }), (3, candidates.first { $0.kind == .vendorPart }),
                (4, others.lazy.compactMap { kind in candidates.first { $0.kind == kind } }.first),
            ]
            for case (let field, let identifier?) in slots {
                rqd[field] = HL7v2OutputField(components: HL7v2Values.components(
                    identifier, text: field == 2 ? line.description : nil, codes: self.codes))
            }
            rqd[5] = HL7v2OutputField(HL7v2Values.text(line.quantity.value))
            rqd[6] = HL7v2OutputField(line.quantity.unit.rawValue)
            if let center = line.references.first(where: { $0.kind == .costCenter })?.value { rqd[7] = HL7v2OutputField(center) }
            if let shipTo = line.parties.first(where: { $0.role == .shipTo }), let id = shipTo.identifiers.first?.value {
                rqd[9] = HL7v2OutputField(components: [id, shipTo.name ?? ""])
            }
            if let date = line.dates.first(where: { $0.kind == .requestedDelivery })?.date {
                rqd[10] = HL7v2OutputField(HL7v2Values.text(date).prefix(8).description)
            }
            segments.append(rqd)
            let manufacturer = line.parties.first { $0.role == .manufacturer }
            let supplier = line.parties.first { $0.role == .supplier }
            let manufacturerPart = line.itemIdentifiers.first { $0.kind == .manufacturerPart }
            let vendorPart = line.itemIdentifiers.first { $0.qualifier == "RQ1-5" }
            if line.price != nil || manufacturer != nil || supplier != nil || manufacturerPart != nil {
                var rq1 = HL7v2OutputSegment("RQ1")
                if let price = line.price { rq1[1] = HL7v2OutputField(HL7v2Values.text(price.amount)) }
                if let manufacturer, let id = manufacturer.identifiers.first?.value {
                    rq1[2] = HL7v2OutputField(components: [id, manufacturer.name ?? ""])
                }
                if let manufacturerPart { rq1[3] = HL7v2OutputField(manufacturerPart.value) }
                if let supplier, let id = supplier.identifiers.first?.value {
                    rq1[4] = HL7v2OutputField(components: [id, supplier.name ?? ""])
                }
                if let vendorPart { rq1[5] = HL7v2OutputField(vendorPart.value) }
                segments.append(rq1)
            }
            for note in line.notes { segments.append(HL7v2OutputSegment("NTE", ["", "", HL7v2OutputField(note.text)])) }
        }
        return segments
    }
}
