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
        let separator = segment.delimiters.element
        var count = 0
        segment.bytes.withUnsafeBufferPointer { bytes in
            var index = 0
            // Skip the tag.
            while index < bytes.count, bytes[index] != separator { index += 1 }
            while index < bytes.count, count < Self.inlineElements {
                self.bounds[count] = UInt16(truncatingIfNeeded: index)
                count += 1
                index += 1
                while index < bytes.count, bytes[index] != separator { index += 1 }
            }
            self.bounds[count] = UInt16(truncatingIfNeeded: index)
        }
        self.count = count
    }

    /// The bytes of element `position` (1-based); empty when absent.
    @inline(__always)
    func bytes(_ position: Int) -> ArraySlice<UInt8> {
        guard position >= 1 else { return [] }
        if position <= self.count {
            let span = self.bounds.span
            return self.segment.bytes[Int(span[position - 1]) + 1..<Int(span[position])]
        }
        guard self.count == Self.inlineElements || self.segment.bytes.count > Int(UInt16.max),
              let range = self.segment.elementRange(position) else { return [] }
        return self.segment.bytes[range]
    }

    /// The element's text with trailing spaces removed; `nil` when empty.
    @inline(__always)
    func text(_ position: Int) -> String? {
        var value = self.bytes(position)
        while value.last == 0x20 { value = value.dropLast() }
        return value.isEmpty ? nil : String(decoding: value, as: UTF8.self)
    }

    /// Component `component` (1-based) of composite element `position` as text; `nil` when empty. A simple element
    /// is its own first component.
    @inline(__always)
    func text(_ position: Int, component: Int) -> String? {
        var value = self.bytes(position)
        if let separator = self.segment.delimiters.component {
            var current = 1
            while current < component, let end = value.firstIndex(of: separator) {
                value = value[(end + 1)...]
                current += 1
            }
            if current < component { return nil }
            if let end = value.firstIndex(of: separator) { value = value[..<end] }
        } else if component > 1 {
            return nil
        }
        while value.last == 0x20 { value = value.dropLast() }
        return value.isEmpty ? nil : String(decoding: value, as: UTF8.self)
    }

    /// An `R` (or `N0`) value as an exact decimal; `nil` when empty or not a number.
    @inline(__always)
    func decimal(_ position: Int) -> Decimal? { X12Values.decimal(self.bytes(position)) }

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
