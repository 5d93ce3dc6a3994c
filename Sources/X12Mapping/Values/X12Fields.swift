#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Canonical
import Foundation
import X12

/// A segment's elements read by position (1-based) and converted to canonical values at the syntax boundary (text,
/// exact decimals, implied decimals, dates).
///
/// The segment is read where it lies (its own bytes, or its transaction set's flat storage, see ``X12SegmentList``)
/// and split once, into element boundaries kept inline (no allocation) for the first ``X12Fields/inlineElements``
/// elements; later elements are found by scanning.
struct X12Fields {
    /// How many element boundaries are kept inline.
    static let inlineElements = 40

    /// The bytes the segment lies in, and where: `storage[start..<start + length]`.
    private let storage: [UInt8]
    private let start: Int
    private let length: Int
    /// The delimiters of the segment's interchange.
    let delimiters: X12Delimiters
    /// The segment's tag code (see ``X12TagCode``).
    let tagCode: UInt32
    /// The line of the segment's first byte in the input.
    let line: Int
    /// The byte offset of the segment's first byte in the input.
    let byteOffset: Int
    /// `bounds[n]` is the offset (from the segment's start) of the separator before element `n + 1`;
    /// `bounds[count]` the end of the last one. 16 bits each keep the value small to copy; a segment longer than
    /// 65,535 bytes keeps none (`count` 0) and its elements are found by scanning.
    private var bounds = InlineArray<41, UInt16>(repeating: 0)
    private var count = 0

    /// The fields of a segment of its own.
    init(_ segment: X12Segment) {
        self.init(storage: segment.bytes, start: 0, length: segment.bytes.count, delimiters: segment.delimiters,
                  tagCode: segment.tagCode, line: segment.line, byteOffset: segment.byteOffset)
    }

    /// The fields of segment `index` of a transaction set's flat list, read in place.
    init(_ list: X12SegmentList, at index: Int) {
        let record = list.records[index]
        self.init(storage: list.storage, start: record.start, length: record.end - record.start,
                  delimiters: list.delimiters, tagCode: record.tagCode, line: record.line,
                  byteOffset: record.byteOffset)
    }

    private init(storage: [UInt8], start: Int, length: Int, delimiters: X12Delimiters, tagCode: UInt32, line: Int,
                 byteOffset: Int) {
        self.storage = storage
        self.start = start
        self.length = length
        self.delimiters = delimiters
        self.tagCode = tagCode
        self.line = line
        self.byteOffset = byteOffset
        guard length <= Int(UInt16.max) else { return }
        let separator = Int32(delimiters.element)
        var bounds = InlineArray<41, UInt16>(repeating: 0)
        var count = 0
        storage.withUnsafeBufferPointer { whole in
            guard let base = whole.baseAddress.map({ $0 + start }) else { return }
            let total = length
            // The tag, then one separator after another (memchr: elements are short, but scanning them byte by byte
            // cost more than the call).
            var index = memchr(base, separator, total).map { base.distance(to: $0.assumingMemoryBound(to: UInt8.self)) }
                ?? total
            while index < total, count < Self.inlineElements {
                bounds[count] = UInt16(truncatingIfNeeded: index)
                count += 1
                let from = index + 1
                index = memchr(base + from, separator, total - from)
                    .map { base.distance(to: $0.assumingMemoryBound(to: UInt8.self)) } ?? total
            }
            bounds[count] = UInt16(truncatingIfNeeded: index)
        }
        self.bounds = bounds
        self.count = count
    }

    /// The segment's tag as text (the bytes before the first element separator).
    var tag: String {
        self.storage.withUnsafeBufferPointer { whole in
            let segment = UnsafeBufferPointer(rebasing: whole[self.start..<(self.start + self.length)])
            // `bounds[0]` is the first separator (or the end) whenever the segment was split.
            let end = self.length <= Int(UInt16.max) ? Int(self.bounds[0])
                : segment.firstIndex(of: self.delimiters.element) ?? segment.count
            return String(decoding: UnsafeBufferPointer(rebasing: segment[..<end]), as: UTF8.self)
        }
    }

    /// The segment as an ``X12Segment`` of its own (a copy), for the rare uses that need one (its tag text).
    var segment: X12Segment {
        X12Segment(bytes: Array(self.storage[self.start..<(self.start + self.length)]), delimiters: self.delimiters,
                   byteOffset: self.byteOffset, line: self.line)
    }

    /// Where element `position` (1-based) lies, counted from the segment's first byte; empty when absent.
    @inline(__always)
    func range(_ position: Int) -> Range<Int> {
        guard position >= 1 else { return 0..<0 }
        if position <= self.count {
            return Int(self.bounds[position - 1]) + 1..<Int(self.bounds[position])
        }
        guard self.count == Self.inlineElements || self.length > Int(UInt16.max) else { return 0..<0 }
        return self.scannedRange(position) ?? 0..<0
    }

    /// Element `position`'s range found by scanning the segment (past the elements kept inline).
    private func scannedRange(_ position: Int) -> Range<Int>? {
        self.storage.withUnsafeBufferPointer { whole in
            let segment = UnsafeBufferPointer(rebasing: whole[self.start..<(self.start + self.length)])
            return X12Segment.elementRange(position, in: segment, separator: self.delimiters.element)
        }
    }

    /// The bytes of element `position` (1-based); empty when absent.
    @inline(__always)
    func bytes(_ position: Int) -> ArraySlice<UInt8> {
        let range = self.range(position)
        return self.storage[(self.start + range.lowerBound)..<(self.start + range.upperBound)]
    }

    /// True when element `position` has no bytes.
    @inline(__always)
    func isEmpty(_ position: Int) -> Bool { self.range(position).isEmpty }

    /// Calls `body` with the bytes of element `position` (1-based), borrowed from the segment without a copy.
    @inline(__always)
    func withElement<Result>(_ position: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        let range = self.range(position)
        return self.storage.withUnsafeBufferPointer {
            body(UnsafeBufferPointer(rebasing: $0[(self.start + range.lowerBound)..<(self.start + range.upperBound)]))
        }
    }

    /// The element's text with trailing spaces removed; `nil` when empty.
    @inline(__always)
    func text(_ position: Int) -> String? {
        self.withElement(position) { Self.text($0) }
    }

    /// Component `component` (1-based) of composite element `position` as text; `nil` when empty. A simple element
    /// is its own first component.
    @inline(__always)
    func text(_ position: Int, component: Int) -> String? {
        let componentSeparator = self.delimiters.component
        return self.withElement(position) { element in
            guard let separator = componentSeparator else { return component > 1 ? nil : Self.text(element) }
            var start = 0
            var current = 1
            while current < component {
                guard let end = element[start...].firstIndex(of: separator) else { return nil }
                start = end + 1
                current += 1
            }
            let end = element[start...].firstIndex(of: separator) ?? element.count
            return Self.text(UnsafeBufferPointer(rebasing: element[start..<end]))
        }
    }

    /// `bytes` as text with trailing spaces removed; `nil` when nothing is left.
    @inline(__always)
    static func text(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        var end = bytes.count
        while end > 0, bytes[end - 1] == 0x20 { end -= 1 }
        return end == 0 ? nil : String(decoding: UnsafeBufferPointer(rebasing: bytes[..<end]), as: UTF8.self)
    }

    /// An `R` (or `N0`) value as an exact decimal; `nil` when empty or not a number.
    @inline(__always)
    func decimal(_ position: Int) -> Decimal? { self.withElement(position) { X12Values.decimal($0) } }

    /// A quantity from a value element and a unit element; `nil` when the value is empty.
    func quantity(_ position: Int, unit unitPosition: Int, component: Int = 1, defaultUnit: String = "EA") -> Quantity? {
        guard let value = self.decimal(position) else { return nil }
        return Quantity(value, UnitOfMeasure(rawValue: self.text(unitPosition, component: component) ?? defaultUnit))
    }

    /// An `Nn` value with `decimals` implied decimal places, as an exact decimal.
    func implied(_ position: Int, decimals: Int) -> Decimal? {
        guard let value = self.decimal(position) else { return nil }
        var result = Decimal()
        var source = value
        _ = NSDecimalMultiplyByPowerOf10(&result, &source, Int16(-decimals), .plain)
        return result
    }

    /// A `DT` date (`CCYYMMDD` or `YYMMDD`) with an optional `TM` time from another element.
    func date(_ position: Int, time timePosition: Int? = nil) -> CanonicalDate? {
        X12Values.date(self.bytes(position), time: timePosition.map { self.bytes($0) })
    }
}
