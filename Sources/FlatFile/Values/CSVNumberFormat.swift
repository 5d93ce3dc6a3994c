import Foundation

/// How numbers are written in a file: the decimal separator (`.` or `,`) and an optional grouping separator
/// (`1.234,50`). Reading is exact (never through `Double`); writing never groups and never rounds.
public struct CSVNumberFormat: Hashable, Sendable {
    /// The decimal separator.
    public var decimalSeparator: UInt8
    /// A thousands separator accepted when reading (groups of three digits), or `nil`.
    public var groupingSeparator: UInt8?

    /// Creates a format.
    public init(decimalSeparator: UInt8 = UInt8(ascii: "."), groupingSeparator: UInt8? = nil) {
        self.decimalSeparator = decimalSeparator
        self.groupingSeparator = groupingSeparator == decimalSeparator ? nil : groupingSeparator
    }

    /// The value of `bytes`, or `nil` when they are not a number in this format.
    ///
    /// Accepted: an optional `+` or `-` before (or a `-` after, as some ERPs write credits), digits with optional
    /// grouping between groups of three, and an optional separator with digits after it (`,5` is 0.5). At most 38
    /// significant digits: a value a `Decimal` cannot hold exactly is refused rather than rounded.
    public func decimal(_ bytes: some Collection<UInt8>) -> Decimal? {
        var negative = false
        var sawSign = false
        var mantissa: UInt64 = 0
        var significantDigits = 0
        var long: [UInt8]?
        var fractionDigits = 0
        var inFraction = false
        var digitsSinceGroup = 0
        var sawGroup = false
        var sawDigit = false
        var trailingMinus = false
        var index = bytes.startIndex
        if index != bytes.endIndex, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") {
            negative = bytes[index] == UInt8(ascii: "-")
            sawSign = true
            index = bytes.index(after: index)
        }
        while index != bytes.endIndex {
            let byte = bytes[index]
            index = bytes.index(after: index)
            if trailingMinus { return nil }
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                sawDigit = true
                digitsSinceGroup += 1
                if inFraction { fractionDigits += 1 }
                if significantDigits > 0 || byte != UInt8(ascii: "0") {
                    significantDigits += 1
                    if significantDigits <= 19 {
                        mantissa = mantissa * 10 + UInt64(byte - UInt8(ascii: "0"))
                    } else {
                        if long == nil { long = Array(String(mantissa).utf8) }
                        long?.append(byte)
                    }
                }
            case self.decimalSeparator where !inFraction:
                if sawGroup, digitsSinceGroup != 3 { return nil }
                inFraction = true
                digitsSinceGroup = 0
            case self.groupingSeparator where !inFraction && sawDigit:
                if sawGroup, digitsSinceGroup != 3 { return nil }
                if !sawGroup, digitsSinceGroup > 3 { return nil }
                sawGroup = true
                digitsSinceGroup = 0
            case UInt8(ascii: "-") where !sawSign && sawDigit:
                negative = true
                trailingMinus = true
            default:
                return nil
            }
        }
        guard sawDigit else { return nil }
        if inFraction, fractionDigits == 0 { return nil }
        if !inFraction, sawGroup, digitsSinceGroup != 3 { return nil }
        if let long { return Self.exact(digits: long, fractionDigits: fractionDigits, negative: negative) }
        if mantissa == 0 { return Decimal(0) }
        var exponent = -fractionDigits
        while exponent < 0, mantissa % 10 == 0 {
            mantissa /= 10
            exponent += 1
        }
        return Decimal(sign: negative ? .minus : .plus, exponent: exponent, significand: Decimal(mantissa))
    }

    /// The value of `digits` with the last `fractionDigits` after the point, exactly.
    static func exact(digits: [UInt8], fractionDigits: Int, negative: Bool) -> Decimal? {
        var significant = digits[...].drop { $0 == UInt8(ascii: "0") }
        var exponent = -fractionDigits
        while exponent < 0, significant.last == UInt8(ascii: "0") {
            significant.removeLast()
            exponent += 1
        }
        if significant.isEmpty { return Decimal(0) }
        if significant.count <= 19 {
            var mantissa: UInt64 = 0
            for digit in significant { mantissa = mantissa * 10 + UInt64(digit - UInt8(ascii: "0")) }
            return Decimal(sign: negative ? .minus : .plus, exponent: exponent, significand: Decimal(mantissa))
        }
        guard significant.count <= 38 else { return nil }
        var text = negative ? "-" : ""
        text += String(decoding: significant, as: UTF8.self)
        if exponent > 0 { text += String(repeating: "0", count: exponent) }
        guard let value = Decimal(string: text, locale: nil) else { return nil }
        let scaled = exponent < 0 ? Decimal(sign: .plus, exponent: exponent, significand: value) : value
        // Decimal(string:) rounds past its precision; refuse a value it could not keep exactly.
        let digitsOfValue = value.description.utf8.filter { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
        let wanted = Array(significant) + [UInt8](repeating: UInt8(ascii: "0"), count: max(exponent, 0))
        return Array(digitsOfValue) == wanted ? scaled : nil
    }

    /// The text of `value` with this format's decimal separator, exact, without grouping or exponent, with at least
    /// `minimumFractionDigits` digits after the separator.
    public func text(for value: Decimal, minimumFractionDigits: Int = 0) -> String {
        var text = value.isNaN ? "" : value.description
        var fractionDigits = 0
        if let point = text.firstIndex(of: ".") { fractionDigits = text.distance(from: point, to: text.endIndex) - 1 }
        if fractionDigits < minimumFractionDigits {
            if fractionDigits == 0 { text += "." }
            text += String(repeating: "0", count: minimumFractionDigits - fractionDigits)
        }
        return self.decimalSeparator == UInt8(ascii: ".")
            ? text : text.replacingOccurrences(of: ".", with: String(UnicodeScalar(self.decimalSeparator)))
    }

    /// The value of `bytes` as a whole number (optional sign and digits), or `nil`.
    public static func integer(_ bytes: some Collection<UInt8>) -> Int? {
        var value = 0
        var negative = false
        var sawDigit = false
        var first = true
        for byte in bytes {
            defer { first = false }
            if first, byte == UInt8(ascii: "-") || byte == UInt8(ascii: "+") {
                negative = byte == UInt8(ascii: "-")
                continue
            }
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            let (product, overflow) = value.multipliedReportingOverflow(by: 10)
            let (sum, overflow2) = product.addingReportingOverflow(Int(byte - UInt8(ascii: "0")))
            guard !overflow, !overflow2 else { return nil }
            value = sum
            sawDigit = true
        }
        return sawDigit ? (negative ? -value : value) : nil
    }
}
