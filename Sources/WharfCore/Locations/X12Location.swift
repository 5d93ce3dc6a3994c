/// A position in an X12 interchange, as 997 AK3/AK4 and 999 IK3/IK4 report it.
///
/// `segmentPosition` counts from ST = 1 inside a transaction set; envelope segments outside a set have none.
/// Printed as `PO104-2 (segment 12, loop PO1, set 0001)`.
public struct X12Location: Hashable, Sendable, Codable {
    /// ISA13 of the enclosing interchange.
    public var interchange: String?
    /// GS06 of the enclosing group.
    public var group: String?
    /// ST02 of the enclosing transaction set.
    public var transaction: String?
    /// The segment tag (`PO1`).
    public var segment: String?
    /// The segment's position in its transaction set, ST = 1.
    public var segmentPosition: Int?
    /// The element position (1-based), when the problem is in one element.
    public var element: Int?
    /// The component position inside a composite (1-based).
    public var component: Int?
    /// The repetition (1-based) of a repeating element.
    public var repetition: Int?
    /// The loop id (`PO1`, `N1`, `HL`) when known.
    public var loop: String?
    /// The line of the file (1-based), counting LF bytes.
    public var line: Int?
    /// The byte offset of the segment's first byte in the input (0-based, as file offsets are).
    public var byteOffset: Int?

    /// Creates a location; every part is optional.
    public init(interchange: String? = nil, group: String? = nil, transaction: String? = nil, segment: String? = nil,
                segmentPosition: Int? = nil, element: Int? = nil, component: Int? = nil, repetition: Int? = nil,
                loop: String? = nil, line: Int? = nil, byteOffset: Int? = nil) {
        self.interchange = interchange
        self.group = group
        self.transaction = transaction
        self.segment = segment
        self.segmentPosition = segmentPosition
        self.element = element
        self.component = component
        self.repetition = repetition
        self.loop = loop
        self.line = line
        self.byteOffset = byteOffset
    }

    /// This location narrowed to one element (and optionally a component and repetition).
    public func element(_ element: Int, component: Int? = nil, repetition: Int? = nil) -> X12Location {
        var copy = self
        copy.element = element
        copy.component = component
        copy.repetition = repetition
        return copy
    }

    /// `PO104-2 (segment 12, loop PO1, set 0001)`; outside a set: `GS04 (group 1, interchange 000000905, line 2)`.
    public var text: String {
        var head = self.segment ?? "segment"
        if let element = self.element {
            head += element < 10 ? "0\(element)" : "\(element)"
            if let component = self.component { head += "-\(component)" }
            if let repetition = self.repetition { head += " repetition \(repetition)" }
        }
        var parts: [String] = []
        if let position = self.segmentPosition { parts.append("segment \(position)") }
        if let loop = self.loop { parts.append("loop \(loop)") }
        if let transaction = self.transaction {
            parts.append("set \(transaction)")
        } else {
            if let group = self.group { parts.append("group \(group)") }
            if let interchange = self.interchange { parts.append("interchange \(interchange)") }
        }
        if self.segmentPosition == nil, let line = self.line { parts.append("line \(line)") }
        return parts.isEmpty ? head : "\(head) (\(parts.joined(separator: ", ")))"
    }

    private enum CodingKeys: String, CodingKey {
        case format, interchange, group, transaction, segment, segmentPosition, element, component, repetition, loop,
             line, byteOffset
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            interchange: try container.decodeIfPresent(String.self, forKey: .interchange),
            group: try container.decodeIfPresent(String.self, forKey: .group),
            transaction: try container.decodeIfPresent(String.self, forKey: .transaction),
            segment: try container.decodeIfPresent(String.self, forKey: .segment),
            segmentPosition: try container.decodeIfPresent(Int.self, forKey: .segmentPosition),
            element: try container.decodeIfPresent(Int.self, forKey: .element),
            component: try container.decodeIfPresent(Int.self, forKey: .component),
            repetition: try container.decodeIfPresent(Int.self, forKey: .repetition),
            loop: try container.decodeIfPresent(String.self, forKey: .loop),
            line: try container.decodeIfPresent(Int.self, forKey: .line),
            byteOffset: try container.decodeIfPresent(Int.self, forKey: .byteOffset)
        )
    }

    /// Encodes every key, with `null` for absent parts, so the JSON shape is stable (`specs/diagnostics.md`).
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode("x12", forKey: .format)
        try container.encodeOrNull(self.interchange, forKey: .interchange)
        try container.encodeOrNull(self.group, forKey: .group)
        try container.encodeOrNull(self.transaction, forKey: .transaction)
        try container.encodeOrNull(self.segment, forKey: .segment)
        try container.encodeOrNull(self.segmentPosition, forKey: .segmentPosition)
        try container.encodeOrNull(self.element, forKey: .element)
        try container.encodeOrNull(self.component, forKey: .component)
        try container.encodeOrNull(self.repetition, forKey: .repetition)
        try container.encodeOrNull(self.loop, forKey: .loop)
        try container.encodeOrNull(self.line, forKey: .line)
        try container.encodeOrNull(self.byteOffset, forKey: .byteOffset)
    }
}
