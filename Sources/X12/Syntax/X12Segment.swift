/// One segment as read: its tag and content bytes (without terminator), where it was, and the delimiters to split it.
///
/// Elements are split on demand without allocating: ``element(_:)`` and ``forEachElement(_:)`` return ranges into
/// ``bytes``. Positions are 1-based, as the standard counts (`PO102` is `element(2)`).
public struct X12Segment: Hashable, Sendable {
    /// The segment tag (`ISA`, `PO1`); for an invalid tag, the bytes before the first element separator.
    public let tag: String
    /// The segment's bytes from its tag up to (not including) the terminator, with stray line breaks removed.
    public let bytes: [UInt8]
    /// The delimiters of the interchange the segment belongs to.
    public let delimiters: X12Delimiters
    /// The byte offset of the segment's first byte in the input.
    public let byteOffset: Int
    /// The line (1-based) of the segment's first byte.
    public let line: Int

    /// Creates a segment from its content bytes.
    public init(bytes: [UInt8], delimiters: X12Delimiters, byteOffset: Int = 0, line: Int = 1) {
        self.bytes = bytes
        self.delimiters = delimiters
        self.byteOffset = byteOffset
        self.line = line
        let tagEnd = bytes.firstIndex(of: delimiters.element) ?? bytes.endIndex
        self.tag = String(decoding: bytes[..<tagEnd], as: UTF8.self)
    }

    /// The number of elements after the tag (`PO1*1*2` has 2), trailing empty elements included.
    public var elementCount: Int {
        var count = 0
        for byte in self.bytes where byte == self.delimiters.element { count += 1 }
        return count
    }

    /// The byte range of element `position` (1-based), or `nil` when the segment has fewer elements.
    public func elementRange(_ position: Int) -> Range<Int>? {
        var current = 0
        var start = -1
        for index in self.bytes.indices where self.bytes[index] == self.delimiters.element {
            if current == position { return start..<index }
            current += 1
            start = index + 1
        }
        return current == position ? start..<self.bytes.endIndex : nil
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
