import Canonical
import HL7v2

/// Writes a canonical ``OrderResponse`` as an ORS^O06 (the inverse of ``RequisitionResponseReader``): MSA from the
/// response type, then per line an ORC with the line's status and its RQD.
struct RequisitionResponseWriter {
    let codes: HL7v2CanonicalCodes

    /// The segments of the message; `nonStock` writes an ORN^O08 (same segments) instead of an ORS^O06.
    func segments(for response: OrderResponse, header: HL7v2MessageHeader, nonStock: Bool = false) -> [HL7v2OutputSegment] {
        var segments = [nonStock ? header.segment("ORN", "O08", "ORN_O08") : header.segment("ORS", "O06", "ORS_O06")]
        let code = response.sourceCode
            ?? HL7v2CanonicalCodes.code(for: response.type.rawValue, in: self.codes.acknowledgmentResponseTypes, fallback: "AA")
        let acknowledged = response.references.first { $0.qualifier == "MSA-2" }?.value ?? response.orderNumber
        segments.append(HL7v2OutputSegment("MSA", [HL7v2OutputField(code), HL7v2OutputField(acknowledged)]))
        for note in response.notes { segments.append(HL7v2OutputSegment("NTE", ["", "", HL7v2OutputField(note.text)])) }
        for (index, line) in response.lines.enumerated() {
            let status = line.statuses.first
            var orc = HL7v2OutputSegment("ORC")
            orc[1] = HL7v2OutputField(status?.sourceCode ?? status.map {
                HL7v2CanonicalCodes.code(for: $0.status.rawValue, in: self.codes.orderControlStatuses, fallback: "OK")
            } ?? "OK")
            orc[2] = HL7v2OutputField(response.orderNumber)
            if let number = response.responseNumber { orc[3] = HL7v2OutputField(number) }
            orc[4] = HL7v2OutputField(response.orderNumber)
            if let date = response.responseDate { orc[9] = HL7v2OutputField(HL7v2Values.text(date)) }
            segments.append(orc)
            var rqd = HL7v2OutputSegment("RQD")
            rqd[1] = HL7v2OutputField(line.lineNumber ?? String(index + 1))
            for (field, kind) in [(2, ItemIdentifierKind.buyerPart), (3, .vendorPart), (4, .chargeCode)] {
                if let identifier = line.itemIdentifiers.first(where: { $0.kind == kind }) {
                    rqd[field] = HL7v2OutputField(components: HL7v2Values.components(
                        identifier, text: field == 2 ? line.description : nil, codes: self.codes))
                }
            }
            if let quantity = line.orderedQuantity {
                rqd[5] = HL7v2OutputField(HL7v2Values.text(quantity.value))
                rqd[6] = HL7v2OutputField(quantity.unit.rawValue)
            }
            segments.append(rqd)
            for note in line.notes { segments.append(HL7v2OutputSegment("NTE", ["", "", HL7v2OutputField(note.text)])) }
        }
        return segments
    }
}
