import Foundation

/// An extensible, string-backed code: a named canonical value that still carries codes it does not know.
///
/// Canonical codes are `lowerCamelCase` words (`buyer`, `purchaseOrder`); a few follow an outside standard
/// and say so (currency codes are ISO 4217, units are X12 unit-of-measure codes). Every conforming type
/// encodes as a bare JSON string, so a code that a newer producer writes decodes unchanged and is written
/// back byte for byte:
///
/// ```swift
/// let role: PartyRole = "markFor"          // not a static member, still a valid role
/// role == PartyRole(rawValue: "markFor")  // true
/// ```
///
/// Decoding rejects an empty string.
public protocol CanonicalCode: RawRepresentable, Hashable, Codable, Sendable, ExpressibleByStringLiteral,
    CustomStringConvertible
where RawValue == String, StringLiteralType == String {
    /// Creates the code from its text; every non-empty text is accepted.
    ///
    /// - Parameter rawValue: The code's text, e.g. `"buyer"`.
    init(rawValue: String)
}

extension CanonicalCode {
    /// Creates the code from a string literal, e.g. `let role: PartyRole = "buyer"`.
    ///
    /// - Parameter value: The code's text.
    @inlinable
    public init(stringLiteral value: String) {
        self.init(rawValue: value)
    }

    /// The code's text.
    public var description: String {
        self.rawValue
    }

    /// Decodes the code from a JSON string.
    ///
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: `DecodingError` when the value is not a string or is empty.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard !text.isEmpty else {
            throw DecodingError.canonicalRule("A code must not be empty.", at: container.codingPath)
        }
        self.init(rawValue: text)
    }

    /// Encodes the code as a JSON string.
    ///
    /// - Parameter encoder: The encoder to write to.
    /// - Throws: Whatever the encoder throws.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(self.rawValue)
    }
}
