/// The segments of one transaction set, stored flat: their bytes one after another in a single buffer, and a small
/// record per segment saying where its bytes are and where it was in the input.
///
/// A set held this way is two allocations however many segments it has: building it copies each segment's bytes
/// once, and the reader's own segment can be freed at once, on the thread that made it. Mappings read the elements
/// in place (``withBytes(of:_:)``); the subscript makes an ``X12Segment`` copy for code that wants one.
public struct X12SegmentList: RandomAccessCollection, Hashable, Sendable {
    /// Where one segment's bytes are in ``storage`` and where the segment was in the input.
    public struct Record: Hashable, Sendable {
        /// The first byte of the segment in the list's storage.
        public var start: Int
        /// The end (exclusive) of the segment's bytes in the list's storage.
        public var end: Int
        /// The byte offset of the segment's first byte in the input.
        public var byteOffset: Int
        /// The line (1-based) of the segment's first byte.
        public var line: Int
        /// The segment's tag code (see ``X12TagCode``).
        public var tagCode: UInt32
    }

    /// The delimiters of the interchange the segments belong to.
    public let delimiters: X12Delimiters
    /// The segments' bytes, one after another (each without its terminator).
    public private(set) var storage: [UInt8] = []
    /// One record per segment, in order.
    public private(set) var records: [Record] = []

    /// An empty list for segments written with `delimiters`, with room for `segments` segments of `bytes` bytes.
    public init(delimiters: X12Delimiters, reservingBytes bytes: Int = 0, segments: Int = 0) {
        self.delimiters = delimiters
        self.storage.reserveCapacity(bytes)
        self.records.reserveCapacity(segments)
    }

    /// A list of `segments` (which share one interchange's delimiters); `delimiters` for an empty list.
    public init(_ segments: [X12Segment], delimiters: X12Delimiters = .standard) {
        self.init(delimiters: segments.first?.delimiters ?? delimiters,
                  reservingBytes: segments.reduce(0) { $0 + $1.bytes.count }, segments: segments.count)
        for segment in segments { self.append(segment) }
    }

    /// Adds a copy of `segment`'s bytes and where it was.
    public mutating func append(_ segment: X12Segment) {
        assert(segment.delimiters == self.delimiters, "a segment list holds segments of one interchange")
        let start = self.storage.count
        self.storage.append(contentsOf: segment.bytes)
        self.records.append(Record(start: start, end: self.storage.count, byteOffset: segment.byteOffset,
                                   line: segment.line, tagCode: segment.tagCode))
    }

    /// Adds a copy of a segment's content `bytes` and where it was (for a reader that never made it a segment).
    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>, byteOffset: Int, line: Int, tagCode: UInt32) {
        let start = self.storage.count
        self.storage.append(contentsOf: bytes)
        self.records.append(Record(start: start, end: self.storage.count, byteOffset: byteOffset, line: line,
                                   tagCode: tagCode))
    }

    /// The position of the first segment (0).
    public var startIndex: Int { 0 }
    /// The position after the last segment (the number of segments).
    public var endIndex: Int { self.records.count }

    /// Segment `position` as an ``X12Segment`` of its own (a copy of its bytes).
    public subscript(position: Int) -> X12Segment {
        let record = self.records[position]
        return X12Segment(bytes: Array(self.storage[record.start..<record.end]), delimiters: self.delimiters,
                          byteOffset: record.byteOffset, line: record.line)
    }

    /// Calls `body` with the bytes of segment `position`, borrowed from the list without a copy.
    @inlinable
    public func withBytes<Result>(of position: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows
        -> Result {
        let record = self.records[position]
        return try self.storage.withUnsafeBufferPointer {
            try body(UnsafeBufferPointer(rebasing: $0[record.start..<record.end]))
        }
    }
}
