import Canonical
import Foundation

/// Conversions from canonical values to X12 element text, done only here at the syntax boundary.
enum X12Format {
    /// `CCYYMMDD`.
    static func date(_ date: CanonicalDate) -> String {
        Self.pad(date.year, 4) + Self.pad(date.month ?? 1, 2) + Self.pad(date.day ?? 1, 2)
    }

    /// `HHMM` or `HHMMSS`, when the date has a time.
    static func time(_ date: CanonicalDate) -> String? {
        guard let hour = date.hour else { return nil }
        var text = Self.pad(hour, 2) + Self.pad(date.minute ?? 0, 2)
        if let second = date.second { text += Self.pad(second, 2) }
        return text
    }

    /// An `R` value: the decimal's plain text, exact, without exponent.
    static func decimal(_ value: Decimal) -> String {
        var value = value
        var rounded = Decimal()
        NSDecimalRound(&rounded, &value, 38, .plain)
        return NSDecimalString(&rounded, X12Values.posix)
    }

    /// An `Nn` value: the decimal scaled by 10^`decimals`, as an integer (rounded half-even if it had more places).
    static func implied(_ value: Decimal, decimals: Int) -> String {
        var source = value
        var scaled = Decimal()
        _ = NSDecimalMultiplyByPowerOf10(&scaled, &source, Int16(decimals), .plain)
        var rounded = Decimal()
        NSDecimalRound(&rounded, &scaled, 0, .bankers)
        return NSDecimalString(&rounded, X12Values.posix)
    }

    private static func pad(_ number: Int, _ width: Int) -> String {
        let text = String(number)
        return String(repeating: "0", count: max(0, width - text.count)) + text
    }
}
