import Canonical
import Foundation
import X12

/// Conversions from X12 element text to canonical values, done only here at the syntax boundary.
enum X12Values {
    /// The locale decimals are read and written in (never the machine's).
    static let posix = Locale(identifier: "en_US_POSIX")

    /// The element's text with trailing spaces removed; `nil` when empty.
    static func text(_ segment: X12Segment, _ position: Int) -> String? {
        guard let range = segment.elementRange(position) else { return nil }
        var end = range.upperBound
        while end > range.lowerBound, segment.bytes[end - 1] == 0x20 { end -= 1 }
        guard end > range.lowerBound else { return nil }
        return String(decoding: segment.bytes[range.lowerBound..<end], as: UTF8.self)
    }

    /// An `R` (or `N0`) value as an exact decimal; `nil` when empty or not a number.
    static func decimal(_ segment: X12Segment, _ position: Int) -> Decimal? {
        guard let text = self.text(segment, position),
              text.utf8.allSatisfy({ ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2E || $0 == 0x2D }),
              text.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 })
        else { return nil }
        return Decimal(string: text, locale: Self.posix)
    }

    /// An `Nn` value with `implied` decimal places, as an exact decimal.
    static func implied(_ segment: X12Segment, _ position: Int, decimals implied: Int) -> Decimal? {
        guard let value = self.decimal(segment, position) else { return nil }
        var result = Decimal()
        var source = value
        NSDecimalMultiplyByPowerOf10(&result, &source, Int16(-implied), .plain)
        return result
    }

    /// A `DT` date (`CCYYMMDD` or `YYMMDD`) with an optional `TM` time from another element.
    static func date(_ segment: X12Segment, _ position: Int, time timePosition: Int? = nil) -> CanonicalDate? {
        guard let text = self.text(segment, position), text.count == 8 || text.count == 6,
              text.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        let digits = Array(text.utf8).map { Int($0 - 0x30) }
        var year: Int
        let monthIndex: Int
        if digits.count == 8 {
            year = digits[0] * 1000 + digits[1] * 100 + digits[2] * 10 + digits[3]
            monthIndex = 4
        } else {
            year = digits[0] * 10 + digits[1]
            year += year < 50 ? 2000 : 1900
            monthIndex = 2
        }
        let month = digits[monthIndex] * 10 + digits[monthIndex + 1]
        let day = digits[monthIndex + 2] * 10 + digits[monthIndex + 3]
        var hour: Int?
        var minute: Int?
        var second: Int?
        if let timePosition, let time = self.text(segment, timePosition), time.count >= 4,
           time.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) {
            let t = Array(time.utf8).map { Int($0 - 0x30) }
            hour = t[0] * 10 + t[1]
            minute = t[2] * 10 + t[3]
            if t.count >= 6 { second = t[4] * 10 + t[5] }
        }
        return try? CanonicalDate(year: year, month: month, day: day, hour: hour, minute: minute, second: second)
    }
}
