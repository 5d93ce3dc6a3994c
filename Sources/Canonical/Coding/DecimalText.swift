import Foundation

/// Converts `Decimal` values to and from canonical decimal text without ever passing through `Double`.
///
/// Canonical text has the form `-?[0-9]+(\.[0-9]+)?`: no exponent, no `+`, no grouping, no blanks.
/// Reading is exact or fails: text whose value a `Decimal` cannot hold exactly (more than 38 significant
/// digits, in general) is rejected rather than rounded. Writing uses `Decimal.description`, which yields
/// the shortest text of the value: `12.50` is written `12.5`, and `-0` is written `0`.
enum DecimalText {
    /// The rule quoted in error messages; it never includes the offending value.
    static let rule = "Expected an exact decimal string of the form -?digits(.digits)? (at most 38 significant digits)."

    /// Reads canonical decimal text.
    ///
    /// - Parameter text: Text such as `"12.50"` or `"-0.001"`.
    /// - Returns: The exact value, or `nil` when the text breaks the grammar or cannot be held exactly.
    static func parse(_ text: String) -> Decimal? {
        let bytes = Array(text.utf8)
        var index = 0
        var negative = false
        if index < bytes.count, bytes[index] == UInt8(ascii: "-") {
            negative = true
            index += 1
        }
        let integerStart = index
        while index < bytes.count, Self.isDigit(bytes[index]) {
            index += 1
        }
        let integerDigits = bytes[integerStart..<index]
        guard !integerDigits.isEmpty else {
            return nil
        }
        var fractionDigits: ArraySlice<UInt8> = []
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            let fractionStart = index
            while index < bytes.count, Self.isDigit(bytes[index]) {
                index += 1
            }
            fractionDigits = bytes[fractionStart..<index]
            guard !fractionDigits.isEmpty else {
                return nil
            }
        }
        guard index == bytes.count else {
            return nil
        }
        guard let value = Decimal(string: text, locale: nil), !value.isNaN else {
            return nil
        }
        let normalized = Self.normalized(negative: negative, integer: integerDigits, fraction: fractionDigits)
        return value.description == normalized ? value : nil
    }

    /// Writes a value as canonical decimal text.
    ///
    /// - Parameter value: The value to write.
    /// - Returns: Text such as `"12.5"`, or `nil` for NaN, which has no canonical text.
    static func format(_ value: Decimal) -> String? {
        value.isNaN ? nil : value.description
    }

    private static func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }

    /// The shortest text of the value the digits spell: no leading integer zeros, no trailing fraction zeros.
    private static func normalized(negative: Bool, integer: ArraySlice<UInt8>, fraction: ArraySlice<UInt8>) -> String {
        var integerPart = integer.drop { $0 == UInt8(ascii: "0") }
        if integerPart.isEmpty {
            integerPart = [UInt8(ascii: "0")]
        }
        var fractionPart = fraction
        while fractionPart.last == UInt8(ascii: "0") {
            fractionPart.removeLast()
        }
        let isZero = integerPart == [UInt8(ascii: "0")] && fractionPart.isEmpty
        var text = negative && !isZero ? "-" : ""
        text += String(decoding: integerPart, as: UTF8.self)
        if !fractionPart.isEmpty {
            text += "." + String(decoding: fractionPart, as: UTF8.self)
        }
        return text
    }
}
