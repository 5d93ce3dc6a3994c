import Canonical
import HL7v2

/// Writes a canonical ``Consumption`` of kind `charge` as a DFT^P03 (the inverse of ``ChargeReader``): EVN, PID and
/// PV1 from the patient reference, one FT1 per line.
struct ChargeWriter {
    let codes: HL7v2CanonicalCodes

    func segments(for consumption: Consumption, header: HL7v2MessageHeader) -> [HL7v2OutputSegment] {
        var segments = [header.segment("DFT", "P03", "DFT_P03")]
        segments.append(HL7v2OutputSegment("EVN", ["P03", HL7v2OutputField(consumption.date.map(HL7v2Values.text) ?? header.timestamp)]))
        var pid = HL7v2OutputSegment("PID")
        pid[1] = "1"
        if let patient = consumption.patient?.patientID {
            pid[3] = HL7v2OutputField(components: [patient, "", "", consumption.patient?.assigningAuthority ?? "", "MR"])
        }
        // The canonical model carries no patient name (PHI stays with the clinical systems); PID-5 is required, so
        // it is sent as the explicit null.
        pid[5] = .null
        if let account = consumption.patient?.accountNumber { pid[18] = HL7v2OutputField(account) }
        segments.append(pid)
        if consumption.location != nil || consumption.patient?.visitID != nil {
            var pv1 = HL7v2OutputSegment("PV1")
            pv1[1] = "1"
            pv1[2] = "U"
            if let location = consumption.location { pv1[3] = HL7v2OutputField(location) }
            if let visit = consumption.patient?.visitID { pv1[19] = HL7v2OutputField(visit) }
            segments.append(pv1)
        }
        for (index, line) in consumption.lines.enumerated() {
            var ft1 = HL7v2OutputSegment("FT1")
            ft1[1] = HL7v2OutputField(line.lineNumber ?? String(index + 1))
            if let transaction = line.references.first(where: { $0.qualifier == "FT1-2" })?.value {
                ft1[2] = HL7v2OutputField(transaction)
            }
            ft1[4] = HL7v2OutputField((line.date ?? consumption.date).map(HL7v2Values.text) ?? header.timestamp)
            let credit = line.quantity.value < 0
            ft1[6] = credit ? "CR" : "CG"
            if let code = line.itemIdentifiers.first(where: { $0.qualifier != "FT1-29" }) {
                ft1[7] = HL7v2OutputField(components: HL7v2Values.components(code, text: line.description, codes: self.codes))
            }
            ft1[10] = HL7v2OutputField(HL7v2Values.text(credit ? -line.quantity.value : line.quantity.value))
            if let amount = line.amount {
                ft1[11] = HL7v2OutputField(components: [HL7v2Values.text(amount.amount), amount.currency?.rawValue ?? ""])
            }
            if let price = line.price {
                ft1[12] = HL7v2OutputField(components: [HL7v2Values.text(price.amount), price.currency?.rawValue ?? ""])
            }
            if let department = consumption.department { ft1[13] = HL7v2OutputField(department) }
            if let ndc = line.itemIdentifiers.first(where: { $0.qualifier == "FT1-29" }) { ft1[29] = HL7v2OutputField(ndc.value) }
            segments.append(ft1)
        }
        return segments
    }
}
