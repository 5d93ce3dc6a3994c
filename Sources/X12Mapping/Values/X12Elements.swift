import Canonical
import Foundation
import X12

/// Element builders for writers: optional canonical values to X12 elements (empty when absent).
enum X12Elements {
    static func text(_ value: String?) -> X12Element { X12Element(value ?? "") }

    static func decimal(_ value: Decimal?) -> X12Element { X12Element(value.map(X12Format.decimal) ?? "") }

    static func date(_ value: CanonicalDate?) -> X12Element { X12Element(value.map(X12Format.date) ?? "") }

    /// A unit of measure as a C001 composite (first component), empty when there is no quantity.
    static func unit(_ quantity: Quantity?) -> X12Element {
        quantity.map { X12Element(components: [$0.unit.rawValue]) } ?? .empty
    }

    /// The elements without trailing empty ones (X12 writes no trailing separators).
    static func trimmed(_ elements: [X12Element]) -> [X12Element] {
        var elements = elements
        while elements.last?.isEmpty == true { elements.removeLast() }
        return elements
    }
}
