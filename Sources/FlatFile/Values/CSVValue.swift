import Canonical
import Foundation

/// A value read from a cell, or to be written to one, converted by its column's type.
enum CSVValue: Hashable, Sendable {
    /// Text, codes included.
    case text(String)
    /// An exact decimal.
    case decimal(Decimal)
    /// A whole number.
    case integer(Int)
    /// A date at the precision the column's format gives (boxed: a date is large, and cells are copied often).
    indirect case date(CanonicalDate)

    /// The value as text (numbers and dates in canonical form).
    var text: String? {
        switch self {
        case .text(let text): text
        case .decimal(let value): value.description
        case .integer(let value): String(value)
        case .date(let date): date.iso8601
        }
    }

    /// The value as a decimal, when it is a number.
    var decimal: Decimal? {
        switch self {
        case .decimal(let value): value
        case .integer(let value): Decimal(value)
        default: nil
        }
    }

    /// The value as a whole number, when it is one.
    var integer: Int? {
        switch self {
        case .integer(let value): value
        case .decimal(let value):
            value == value.rounded() ? NSDecimalNumber(decimal: value).intValue : nil
        default: nil
        }
    }

    /// The value as a date, when it is one.
    var date: CanonicalDate? {
        if case .date(let date) = self { return date }
        return nil
    }
}

extension Decimal {
    /// The value rounded to a whole number (towards zero is not needed: used only to test wholeness).
    fileprivate func rounded() -> Decimal {
        var value = self
        var result = Decimal()
        NSDecimalRound(&result, &value, 0, .plain)
        return result
    }
}
