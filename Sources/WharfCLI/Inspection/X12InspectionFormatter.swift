import X12

/// Formats one line per segment for `wharf inspect`: its position in its transaction set (`-` outside a set), the
/// innermost loop it is in (`-` when none or unknown), its tag, and each non-empty element with its id and name from
/// the dictionary of the group's version.
///
///     13  PO1   PO1  PO101 Assigned Identification=1 | PO102 Quantity Ordered=3 | …
struct X12InspectionFormatter {
    private var dictionary: (version: String, value: X12Dictionary?)?

    mutating func line(for segment: X12Segment, in context: X12SegmentContext) -> String {
        let version = context.version ?? context.interchangeVersion ?? ""
        if self.dictionary?.version != version {
            self.dictionary = (version, X12Dictionary.forVersion(version))
        }
        let definition = self.dictionary?.value?.segment(segment.tag)
        let position = context.position.map(String.init) ?? "-"
        let loop = context.loop ?? "-"
        var line = String(repeating: " ", count: max(0, 5 - position.count)) + position + "  "
        line += loop + String(repeating: " ", count: max(1, 5 - loop.count))
        line += segment.tag + String(repeating: " ", count: max(0, 3 - segment.tag.count))
        var parts: [String] = []
        segment.forEachElement { index, range in
            guard !range.isEmpty else { return }
            var label = segment.tag + (index < 10 ? "0\(index)" : "\(index)")
            if let definition, index <= definition.elements.count { label += " " + definition.elements[index - 1].name }
            parts.append(label + "=" + String(decoding: segment.bytes[range], as: UTF8.self))
        }
        if !parts.isEmpty { line += "  " + parts.joined(separator: " | ") }
        return line
    }
}
