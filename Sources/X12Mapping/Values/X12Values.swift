import Canonical
import Foundation
import X12

/// Conversions from X12 element bytes to canonical values, done only here at the syntax boundary.
enum X12Values {
    /// The locale decimals are read and written in (never the machine's).
    static let posix = Locale(identifier: "en_US_POSIX")

    /// The element's text with trailing spaces removed; `nil` when empty.
    static func text(_ segment: X12Segment, _ position: Int) -> String? { X12Fields(segment).text(position) }

    /// An `R` (or `N0`) value as an exact decimal; `nil` when empty or not a number.
    static func decimal(_ segment: X12Segment, _ position: Int) -> Decimal? { X12Fields(segment).decimal(position) }

    /// An `Nn` value with `implied` decimal places, as an exact decimal.
    static func implied(_ segment: X12Segment, _ position: Int, decimals implied: Int) -> Decimal? {
        X12Fields(segment).implied(position, decimals: implied)
    }

    /// A `DT` date with an optional `TM` time.
    static func date(_ segment: X12Segment, _ position: Int, time timePosition: Int? = nil) -> CanonicalDate? {
        X12Fields(segment).date(position, time: timePosition)
    }

    /// Exact decimal text (`-?digits[.digits]`, `.5` and `5.` allowed as X12 writes them) as a `Decimal`, without
    /// going through `Double` or a locale-aware parser: digits accumulate into the significand while it fits 18
    /// digits, and longer values fall back to Foundation's exact parser.
    static func decimal(_ bytes: UnsafeBufferPointer<UInt8>) -> Decimal? {
        var significand: UInt64 = 0
        var digits = 0
        var scale = 0
        var seenPoint = false
        var negative = false
        for offset in 0..<bytes.count {
            let byte = bytes[offset]
            switch byte {
            case 0x30...0x39:
                digits += 1
                if digits > 18 {
                    return Decimal(string: String(decoding: bytes, as: UTF8.self), locale: Self.posix)
                }
                significand = significand * 10 + UInt64(byte - 0x30)
                if seenPoint { scale += 1 }
            case 0x2E where !seenPoint:
                seenPoint = true
            case 0x2D where offset == 0:
                negative = true
            default:
                return nil
            }
        }
        guard digits > 0 else { return nil }
        return Decimal(sign: negative ? .minus : .plus, exponent: -scale, significand: Decimal(significand))
    }

    /// A `DT` date (`CCYYMMDD` or `YYMMDD`) with an optional `HHMM[SS]` time.
    static func date(_ date: ArraySlice<UInt8>, time: ArraySlice<UInt8>?) -> CanonicalDate? {
        guard date.count == 8 || date.count == 6, date.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        func digits(_ bytes: ArraySlice<UInt8>, _ offset: Int, _ count: Int) -> Int {
            var value = 0
            for index in (bytes.startIndex + offset)..<(bytes.startIndex + offset + count) {
                value = value * 10 + Int(bytes[index] - 0x30)
            }
            return value
        }
        var year: Int
        let monthOffset: Int
        if date.count == 8 {
            year = digits(date, 0, 4)
            monthOffset = 4
        } else {
            year = digits(date, 0, 2)
            year += year < 50 ? 2000 : 1900
            monthOffset = 2
        }
        let month = digits(date, monthOffset, 2)
        let day = digits(date, monthOffset + 2, 2)
        var hour: Int?
        var minute: Int?
        var second: Int?
        if let time, time.count >= 4, time.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) {
            hour = digits(time, 0, 2)
            minute = digits(time, 2, 2)
            if time.count >= 6 { second = digits(time, 4, 2) }
        }
        return try? CanonicalDate(year: year, month: month, day: day, hour: hour, minute: minute, second: second)
    }
}
