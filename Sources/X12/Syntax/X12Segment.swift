/// One segment as read: its content bytes (without terminator), where it was, and the delimiters to split it.
///
/// Elements are split on demand without allocating: ``element(_:)`` and ``forEachElement(_:)`` return ranges into
/// ``bytes``. Positions are 1-based, as the standard counts (`PO102` is `element(2)`).
public struct X12Segment: Hashable, Sendable {
    /// The segment's bytes from its tag up to (not including) the terminator, with stray line breaks removed.
    public let bytes: [UInt8]
    /// The delimiters of the interchange the segment belongs to.
    public let delimiters: X12Delimiters
    /// The byte offset of the segment's first byte in the input.
    public let byteOffset: Int
    /// The line (1-based) of the segment's first byte.
    public let line: Int
    /// The first three bytes of the tag packed into an integer (see ``X12TagCode``), for fast comparisons.
    public let tagCode: UInt32

    /// Creates a segment from its content bytes.
    public init(bytes: [UInt8], delimiters: X12Delimiters, byteOffset: Int = 0, line: Int = 1) {
        self.bytes = bytes
        self.delimiters = delimiters
        self.byteOffset = byteOffset
        self.line = line
        self.tagCode = X12TagCode.code(bytes, separator: delimiters.element)
    }

    /// The segment tag (`ISA`, `PO1`); for an invalid tag, the bytes before the first element separator.
    public var tag: String {
        let end = self.bytes.firstIndex(of: self.delimiters.element) ?? self.bytes.endIndex
        return String(decoding: self.bytes[..<end], as: UTF8.self)
    }

    /// The tag when it is a valid segment identifier (2–3 upper-case letters or digits, starting with a letter), else
    /// `nil`. Only a valid tag may appear in a diagnostic: an invalid one may be payload text.
    public var validTag: String? { self.hasValidTag ? self.tag : nil }

    /// True when the tag is a valid segment identifier (see ``validTag``), without making a string of it.
    public var hasValidTag: Bool { X12SegmentReader.isValidTag(self.bytes, separator: self.delimiters.element) }

    /// The number of elements after the tag (`PO1*1*2` has 2), trailing empty elements included.
    public var elementCount: Int {
        var count = 0
        for byte in self.bytes where byte == self.delimiters.element { count += 1 }
        return count
    }

    /// The byte range of element `position` (1-based), or `nil` when the segment has fewer elements.
    public func elementRange(_ position: Int) -> Range<Int>? {
        self.bytes.withUnsafeBufferPointer { Self.elementRange(position, in: $0, separator: self.delimiters.element) }
    }

    /// The range of element `position` (1-based) of the segment in `bytes`, found by scanning for `separator`;
    /// `nil` when the segment has fewer elements.
    package static func elementRange(_ position: Int, in bytes: UnsafeBufferPointer<UInt8>, separator: UInt8)
        -> Range<Int>? {
        var current = 0
        var start = -1
        for index in 0..<bytes.count where bytes[index] == separator {
            if current == position { return start..<index }
            current += 1
            start = index + 1
        }
        return current == position ? start..<bytes.count : nil
    }

    /// The bytes of element `position` (1-based); empty when absent.
    public func element(_ position: Int) -> ArraySlice<UInt8> {
        guard let range = self.elementRange(position) else { return [] }
        return self.bytes[range]
    }

    /// Element `position` as text (lossless for ASCII; invalid UTF-8 is repaired). Empty when absent.
    public func string(_ position: Int) -> String { String(decoding: self.element(position), as: UTF8.self) }

    /// Calls `body` with each element's position (1-based) and byte range, in order.
    @inlinable
    public func forEachElement(_ body: (Int, Range<Int>) throws -> Void) rethrows {
        let separator = self.delimiters.element
        try self.bytes.withUnsafeBufferPointer { buffer in
            var position = 0
            var start = -1
            for index in 0..<buffer.count where buffer[index] == separator {
                if position > 0 { try body(position, start..<index) }
                position += 1
                start = index + 1
            }
            if position > 0 { try body(position, start..<buffer.count) }
        }
    }
}

/// Segment tags packed into integers: the tag's bytes, first byte highest, so that `ISA` is `0x495341`.
public enum X12TagCode {
    /// The code of the tag at the start of `bytes` (up to 3 bytes before `separator`); a longer tag gets a code no
    /// real tag has.
    public static func code(_ bytes: [UInt8], separator: UInt8) -> UInt32 {
        bytes.withUnsafeBufferPointer { self.code($0, separator: separator) }
    }

    /// The code of the tag at the start of `bytes` (see ``code(_:separator:)``).
    static func code(_ bytes: UnsafeBufferPointer<UInt8>, separator: UInt8) -> UInt32 {
        var code: UInt32 = 0
        var length = 0
        for byte in bytes {
            if byte == separator { break }
            length += 1
            if length > 3 { return 0xFFFF_FFFF }
            code = code << 8 | UInt32(byte)
        }
        return code
    }

    /// The code of a tag given as text.
    public static func code(_ tag: String) -> UInt32 { self.code(Array(tag.utf8), separator: 0) }

    public static let isa: UInt32 = 0x49_53_41
    public static let iea: UInt32 = 0x49_45_41
    public static let gs: UInt32 = 0x47_53
    public static let ge: UInt32 = 0x47_45
    public static let st: UInt32 = 0x53_54
    public static let se: UInt32 = 0x53_45
    public static let ta1: UInt32 = 0x54_41_31
    public static let isb: UInt32 = 0x49_53_42
    public static let ise: UInt32 = 0x49_53_45
    public static let isx: UInt32 = 0x49_53_58
}
