/// A JSON number kept as its exact text, so that FHIR decimals round-trip: `1.50` stays `1.50`, `6.022e23` stays
/// `6.022e23`. Never converted through `Double`.
///
/// ```swift
/// JSONNumber("1.50")?.text     // "1.50"
/// JSONNumber("01")             // nil: not JSON
/// JSONNumber(42).text          // "42"
/// ```
public struct JSONNumber: Hashable, Sendable, CustomStringConvertible, ExpressibleByIntegerLiteral {
    /// The exact text.
    public let text: String

    /// A number from its text; `nil` unless the text follows JSON's number grammar
    /// (`-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`).
    public init?(_ text: String) {
        var text = text
        let valid = text.withUTF8 { JSONNumber.grammarLength(of: $0, from: 0) == $0.count && !$0.isEmpty }
        guard valid else { return nil }
        self.text = text
    }

    /// A whole number.
    public init(_ value: Int) { self.text = String(value) }

    public init(integerLiteral value: Int) { self.init(value) }

    /// Text the reader has already checked.
    init(validatedText text: String) { self.text = text }

    /// True when the text has neither a fraction nor an exponent (`42`, `-7`), as FHIR integer types require.
    public var isInteger: Bool {
        !self.text.utf8.contains { $0 == UInt8(ascii: ".") || $0 | 0x20 == UInt8(ascii: "e") }
    }

    /// The value as an `Int` when it is an integer in range.
    public var intValue: Int? { self.isInteger ? Int(self.text) : nil }

    public var description: String { self.text }

    /// The length of the JSON number that starts at `start`, or `nil` when the bytes there are not one (the number
    /// may be followed by other bytes; the caller checks what follows).
    static func grammarLength(of bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        var index = start
        let count = bytes.count
        func digits() -> Int {
            let first = index
            while index < count, bytes[index] &- UInt8(ascii: "0") < 10 { index += 1 }
            return index - first
        }
        if index < count, bytes[index] == UInt8(ascii: "-") { index += 1 }
        guard index < count else { return nil }
        if bytes[index] == UInt8(ascii: "0") {
            index += 1
        } else if bytes[index] &- UInt8(ascii: "1") < 9 {
            _ = digits()
        } else {
            return nil
        }
        if index < count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            guard digits() > 0 else { return nil }
        }
        if index < count, bytes[index] | 0x20 == UInt8(ascii: "e") {
            index += 1
            if index < count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
            guard digits() > 0 else { return nil }
        }
        return index - start
    }
}
