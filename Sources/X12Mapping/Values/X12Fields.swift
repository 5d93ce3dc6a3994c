import Canonical
import Foundation
import X12

/// A segment split into its elements once, so that mappings read any element in constant time and convert it to a
/// canonical value at the syntax boundary (text, exact decimals, implied decimals, dates).
struct X12Fields {
    let segment: X12Segment
    private let ranges: [Range<Int>]

    init(_ segment: X12Segment) {
        self.segment = segment
        var ranges: [Range<Int>] = []
        ranges.reserveCapacity(16)
        segment.forEachElement { _, range in ranges.append(range) }
        self.ranges = ranges
    }

    /// The bytes of element `position` (1-based); empty when absent.
    func bytes(_ position: Int) -> ArraySlice<UInt8> {
        guard position >= 1, position <= self.ranges.count else { return [] }
        return self.segment.bytes[self.ranges[position - 1]]
    }

    /// The element's text with trailing spaces removed; `nil` when empty.
    func text(_ position: Int) -> String? {
        var value = self.bytes(position)
        while value.last == 0x20 { value = value.dropLast() }
        return value.isEmpty ? nil : String(decoding: value, as: UTF8.self)
    }

    /// Component `component` (1-based) of composite element `position` as text; `nil` when empty. A simple element
    /// is its own first component.
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
