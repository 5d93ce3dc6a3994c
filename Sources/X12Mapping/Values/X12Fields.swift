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
/// The segment is split once, into element boundaries kept inline (no allocation) for the first
/// ``X12Fields/inlineElements`` elements; later elements are found by scanning.
struct X12Fields {
    /// How many element boundaries are kept inline.
    static let inlineElements = 40

    let segment: X12Segment
    /// `bounds[n]` is the offset of the separator before element `n + 1`; `bounds[count]` the end of the last one.
    /// 16 bits each keep the value small to copy; a segment longer than 65,535 bytes keeps none (`count` 0) and
    /// its elements are found by scanning.
    private var bounds = InlineArray<41, UInt16>(repeating: 0)
    private var count = 0

    init(_ segment: X12Segment) {
        self.segment = segment
        guard segment.bytes.count <= Int(UInt16.max) else { return }
        let separator = Int32(segment.delimiters.element)
        var bounds = InlineArray<41, UInt16>(repeating: 0)
        var count = 0
        segment.bytes.withUnsafeBufferPointer { bytes in
            guard let base = bytes.baseAddress else { return }
            let total = bytes.count
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

    /// Where element `position` (1-based) lies in the segment's bytes; empty when absent.
    @inline(__always)
    func range(_ position: Int) -> Range<Int> {
        guard position >= 1 else { return 0..<0 }
        if position <= self.count {
            return Int(self.bounds[position - 1]) + 1..<Int(self.bounds[position])
        }
        guard self.count == Self.inlineElements || self.segment.bytes.count > Int(UInt16.max),
              let range = self.segment.elementRange(position) else { return 0..<0 }
        return range
    }

    /// The bytes of element `position` (1-based); empty when absent.
    @inline(__always)
    func bytes(_ position: Int) -> ArraySlice<UInt8> { self.segment.bytes[self.range(position)] }

    /// True when element `position` has no bytes.
    @inline(__always)
    func isEmpty(_ position: Int) -> Bool { self.range(position).isEmpty }

    /// Calls `body` with the bytes of element `position` (1-based), borrowed from the segment without a copy.
    @inline(__always)
    func withElement<Result>(_ position: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        let range = self.range(position)
        return self.segment.bytes.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[range])) }
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
        let componentSeparator = self.segment.delimiters.component
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
