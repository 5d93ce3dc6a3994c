/// The delimiters of one interchange, always read from its ISA segment.
///
/// A plain value (no heap storage), so that every segment can carry its interchange's delimiters for free.
public struct X12Delimiters: Hashable, Sendable {
    /// Separates elements; the byte right after `ISA`.
    public var element: UInt8
    /// Separates components of a composite element (ISA16); `nil` when the ISA did not declare one.
    public var component: UInt8?
    /// Separates repetitions (ISA11 from version 00402 on, when it is not a letter or digit).
    public var repetition: UInt8?
    /// The terminator's bytes, first byte in the lowest 8 bits.
    @usableFromInline var terminatorBits: UInt32
    /// The terminator's length in bytes (1 to 4).
    @usableFromInline var storedTerminatorLength: UInt8

    /// The terminator's length in bytes (1 to 4).
    @inlinable
    public var terminatorLength: Int { Int(self.storedTerminatorLength) }

    /// Creates a set of delimiters.
    /// - Parameter segment: the segment terminator: one byte, or a whole UTF-8 character of up to 4 bytes.
    public init(element: UInt8, component: UInt8?, repetition: UInt8?, segment: [UInt8]) {
        precondition((1...4).contains(segment.count), "a segment terminator is 1 to 4 bytes")
        self.element = element
        self.component = component
        self.repetition = repetition
        self.terminatorBits = 0
        self.storedTerminatorLength = UInt8(segment.count)
        for (index, byte) in segment.enumerated() { self.terminatorBits |= UInt32(byte) << UInt32(8 * index) }
    }

    /// `*`, `>`, `^`, `~`: the most common choice, and Wharf's default when nothing else is configured.
    public static let standard = X12Delimiters(
        element: UInt8(ascii: "*"), component: UInt8(ascii: ">"), repetition: UInt8(ascii: "^"),
        segment: [UInt8(ascii: "~")]
    )

    /// Ends a segment: the byte after ISA16, or a whole UTF-8 character when that byte starts one.
    public var segment: [UInt8] { (0..<self.terminatorLength).map(self.terminatorByte) }

    /// Byte `index` (0-based) of the segment terminator.
    @inlinable
    public func terminatorByte(_ index: Int) -> UInt8 { UInt8(truncatingIfNeeded: self.terminatorBits >> UInt32(8 * index)) }

    /// True when `byte` is one of the delimiters (the first byte of a multi-byte terminator counts).
    @inlinable
    public func isDelimiter(_ byte: UInt8) -> Bool {
        byte == self.element || byte == self.component || byte == self.repetition || byte == self.terminatorByte(0)
    }
}
