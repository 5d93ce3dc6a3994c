import HL7v2

/// One line per HL7 v2 segment for `wharf inspect`: the segment with its ordinal, then every non-empty field as
/// `NAME-n Field name: value` (names from the message's version in specs/hl7v2; numbers only for segments Wharf has no
/// definition of, such as Z-segments).
struct HL7v2InspectionFormatter {
    func lines(for message: HL7v2Message, index: Int) -> [String] {
        let version = message.version ?? "?"
        let dictionary = HL7v2Dictionary.forMessage(HL7v2Sniffer.envelope(message).format.messageType ?? "",
                                                    version: version) ?? HL7v2Dictionary.forVersion(version)
        var lines = ["message \(index): \(HL7v2Sniffer.envelope(message).format), control id \(message.controlID ?? "-")"]
        for segment in message.segments {
            let id = segment.validID ?? "???"
            let names = dictionary?.segments[id] ?? []
            var parts: [String] = []
            for position in 1...max(1, segment.fieldCount) {
                let field = segment.field(position)
                guard !field.isEmpty else { continue }
                let name = names.first { $0.position == position }?.name
                parts.append("\(id)-\(position)\(name.map { " \($0)" } ?? ""): \(field.rawText)")
            }
            lines.append("  \(id)(\(segment.ordinal))  " + parts.joined(separator: " | "))
        }
        return lines
    }
}
