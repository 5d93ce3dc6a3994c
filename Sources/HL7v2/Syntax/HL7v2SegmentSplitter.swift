/// Finds the field boundaries of segments: the hot loop of reading.
enum HL7v2SegmentSplitter {
    /// Appends to `bounds` the position (relative to `base`) of each `separator` in `buffer[range]`, then that of
    /// `range.upperBound`.
    @inline(__always)
    static func appendBounds(of buffer: UnsafeBufferPointer<UInt8>, range: Range<Int>, separator: UInt8, base: Int,
                             to bounds: inout [UInt32]) {
        var index = range.lowerBound
        let end = range.upperBound
        while index < end {
            if buffer[index] == separator { bounds.append(UInt32(truncatingIfNeeded: index - base)) }
            index += 1
        }
        bounds.append(UInt32(truncatingIfNeeded: end - base))
    }
}
