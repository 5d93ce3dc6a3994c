import WharfCore

/// One message as read: its bytes from MSH to its last segment, its segments, its separators (from its own MSH), where
/// it was, and the problems found in it.
///
/// ```swift
/// let result = HL7v2Reader.read(bytes)
/// for message in result.messages {
///     let type = message.value(at: "MSH-9.1")          // "OMS"
///     let firstID = message.value(at: "PID-3[1].1")
/// }
/// ```
public struct HL7v2Message: Hashable, Sendable {
    /// The message's bytes as received, from the `M` of MSH to the last byte of its last segment (its inner segment
    /// terminators and blank lines included, the final terminator not).
    public let bytes: [UInt8]
    /// The segments, MSH first.
    public let segments: [HL7v2Segment]
    /// The separators declared by the message's MSH.
    public let separators: HL7v2Separators
    /// The byte offset of the MSH in the input (0-based, as file offsets are).
    public let byteOffset: Int
    /// The line (1-based) of the MSH in the input.
    public let line: Int
    /// Problems found while reading this message (separators, segment identifiers, escapes, required MSH fields), in
    /// order. Located in HL7's terms (`MSH(1)-2`); the message's ``byteOffset`` and ``line`` say where it is.
    public let diagnostics: [Diagnostic]

    /// Creates a message from segments that share its storage.
    init(bytes: [UInt8], segments: [HL7v2Segment], separators: HL7v2Separators, byteOffset: Int, line: Int,
         diagnostics: [Diagnostic]) {
        self.bytes = bytes
        self.segments = segments
        self.separators = separators
        self.byteOffset = byteOffset
        self.line = line
        self.diagnostics = diagnostics
    }

    /// The MSH segment.
    public var header: HL7v2Segment { self.segments[0] }

    /// True when at least one of ``diagnostics`` is an error.
    public var hasErrors: Bool { self.diagnostics.contains { $0.severity == .error } }

    /// MSH-9 as sent, components joined by the component separator (`OMS^O05^OMS_O05`); `nil` when empty.
    public var messageType: String? { self.header.field(HL7v2HeaderLayout.messageTypeField).repetition(1).optionalText }

    /// MSH-10, the message control id; `nil` when empty.
    public var controlID: String? { self.header.value(field: HL7v2HeaderLayout.controlIDField, component: 1) }

    /// MSH-12.1, the version id (`2.5.1`); `nil` when empty.
    public var version: String? { self.header.value(field: HL7v2HeaderLayout.versionField, component: 1) }

    /// Every segment with identifier `id`, in order.
    public func segments(_ id: String) -> [HL7v2Segment] {
        let code = HL7v2SegmentID.code(id)
        return self.segments.filter { $0.idCode == code }
    }

    /// The `ordinal`-th (1-based) segment with identifier `id`, or `nil`.
    public func segment(_ id: String, ordinal: Int = 1) -> HL7v2Segment? {
        let code = HL7v2SegmentID.code(id)
        return self.segments.first { $0.idCode == code && $0.ordinal == ordinal }
    }

    /// The value at `path` (`PID-3[2].4.1`), not decoded; `nil` when the message has no such segment.
    ///
    /// A path without a repetition means the first; without a component, the whole repetition.
    public func part(at path: HL7v2Path) -> HL7v2Value? {
        guard let segment = self.segment(path.segment, ordinal: path.ordinal) else { return nil }
        var value = segment.field(path.field).repetition(path.repetition ?? 1)
        if let component = path.component { value = value.component(component) }
        if let subcomponent = path.subcomponent { value = value.subcomponent(subcomponent) }
        return value
    }

    /// The decoded text at `path` (`RQD(1)-2.1`, `MSH-9.2`): `nil` when it is empty or absent, `""` when it is the
    /// explicit null `""`, otherwise the text with its escape sequences resolved.
    ///
    /// ```swift
    /// message.value(at: "MSH-9.2")        // "O05"
    /// message.value(at: "PID-3[2].4.1")   // first subcomponent of the 4th component of the 2nd repetition
    /// ```
    public func value(at path: HL7v2Path) -> String? { self.part(at: path)?.optionalText }
}
