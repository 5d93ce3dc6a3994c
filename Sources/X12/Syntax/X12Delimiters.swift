/// The delimiters of one interchange, always read from its ISA segment.
public struct X12Delimiters: Hashable, Sendable {
    /// Separates elements; the byte right after `ISA`.
    public var element: UInt8
    /// Separates components of a composite element (ISA16); `nil` when the ISA did not declare one.
    public var component: UInt8?
    /// Separates repetitions (ISA11 from version 00402 on, when it is not a letter or digit).
    public var repetition: UInt8?
    /// Ends a segment: the byte after ISA16, or a whole UTF-8 character when that byte starts one.
    public var segment: [UInt8]
    /// Bytes written after each segment terminator by a writer (e.g. `\n`); readers skip CR/LF there anyway.
    public var segmentSuffix: [UInt8]

    /// Creates a set of delimiters.
    public init(element: UInt8, component: UInt8?, repetition: UInt8?, segment: [UInt8], segmentSuffix: [UInt8] = []) {
        self.element = element
        self.component = component
        self.repetition = repetition
        self.segment = segment
        self.segmentSuffix = segmentSuffix
    }

    /// `*`, `>`, `^`, `~`: the most common choice, and Wharf's default when nothing else is configured.
    public static let standard = X12Delimiters(
        element: UInt8(ascii: "*"), component: UInt8(ascii: ">"), repetition: UInt8(ascii: "^"),
        segment: [UInt8(ascii: "~")]
    )

    /// True when `byte` is one of the delimiters (the first byte of a multi-byte terminator counts).
    @inlinable
    public func isDelimiter(_ byte: UInt8) -> Bool {
        byte == self.element || byte == self.component || byte == self.repetition || byte == self.segment[0]
    }
}
