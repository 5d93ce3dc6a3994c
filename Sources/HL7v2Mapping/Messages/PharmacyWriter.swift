import Canonical
import HL7v2

/// Writes pharmacy messages: a canonical ``Order`` as an RDE^O11 (the inverse of ``PharmacyOrderReader``) and a
/// ``Consumption`` of kind `dispense` as an RDS^O13 (the inverse of ``ChargeReader``'s dispense half). The canonical
/// model carries no route of administration; RXR-1, which the structures require, is sent as the explicit null.
struct PharmacyWriter {
    let codes: HL7v2CanonicalCodes

    func segments(for order: Order, header: HL7v2MessageHeader) -> [HL7v2OutputSegment] {
        var segments = [header.segment("RDE", "O11", "RDE_O11")]
        let control = order.purpose.map {
            HL7v2CanonicalCodes.code(for: $0.rawValue, in: self.codes.orderControlPurposes, fallback: "NW")
        } ?? "NW"
        for line in order.lines {
            var orc = HL7v2OutputSegment("ORC")
            orc[1] = HL7v2OutputField(control)
            orc[2] = HL7v2OutputField(order.orderNumber)
            if let date = order.orderDate { orc[9] = HL7v2OutputField(HL7v2Values.text(date)) }
            segments.append(orc)
            var rxe = HL7v2OutputSegment("RXE")
            if let item = Self.preferredIdentifier(line.itemIdentifiers) {
                rxe[2] = HL7v2OutputField(components: HL7v2Values.components(item, text: line.description, codes: self.codes))
            }
            rxe[3] = HL7v2OutputField(HL7v2Values.text(line.quantity.value))
            rxe[5] = HL7v2OutputField(line.quantity.unit.rawValue)
            rxe[10] = HL7v2OutputField(HL7v2Values.text(line.quantity.value))
            rxe[11] = HL7v2OutputField(line.quantity.unit.rawValue)
            if let prescription = line.references.first(where: { $0.qualifier == "RXE-15" }) {
                rxe[15] = HL7v2OutputField(prescription.value)
            }
            segments.append(rxe)
            segments.append(HL7v2OutputSegment("TQ1", ["1"]))
            segments.append(HL7v2OutputSegment("RXR", [.null]))
        }
        return segments
    }

    func segments(for consumption: Consumption, header: HL7v2MessageHeader) -> [HL7v2OutputSegment] {
        var segments = [header.segment("RDS", "O13", "RDS_O13")]
        if let patient = consumption.patient?.patientID {
            var pid = HL7v2OutputSegment("PID")
            pid[1] = "1"
            pid[3] = HL7v2OutputField(components: [patient, "", "", consumption.patient?.assigningAuthority ?? "", "MR"])
            pid[5] = .null
            segments.append(pid)
        }
        let placer = consumption.references.first { $0.kind == .requisition }?.value
        for (index, line) in consumption.lines.enumerated() {
            var orc = HL7v2OutputSegment("ORC")
            orc[1] = "RE"
            if let placer { orc[2] = HL7v2OutputField(placer) }
            segments.append(orc)
            var rxd = HL7v2OutputSegment("RXD")
            rxd[1] = HL7v2OutputField(line.lineNumber ?? String(index + 1))
            if let item = Self.preferredIdentifier(line.itemIdentifiers) {
                rxd[2] = HL7v2OutputField(components: HL7v2Values.components(item, text: line.description, codes: self.codes))
            }
            rxd[3] = HL7v2OutputField((line.date ?? consumption.date).map(HL7v2Values.text) ?? header.timestamp)
            rxd[4] = HL7v2OutputField(HL7v2Values.text(line.quantity.value))
            rxd[5] = HL7v2OutputField(line.quantity.unit.rawValue)
            rxd[7] = HL7v2OutputField(line.references.first { $0.qualifier == "RXD-7" }?.value ?? "")
            if let lot = line.lot { rxd[18] = HL7v2OutputField(lot) }
            if let expiration = line.expirationDate { rxd[19] = HL7v2OutputField(HL7v2Values.text(expiration)) }
            segments.append(rxd)
            segments.append(HL7v2OutputSegment("RXR", [.null]))
        }
        return segments
    }

    /// The identifier a pharmacy code field carries: an NDC first, then any other.
    static func preferredIdentifier(_ identifiers: [ItemIdentifier]) -> ItemIdentifier? {
        identifiers.first { $0.kind == .ndc } ?? identifiers.first
    }
}
