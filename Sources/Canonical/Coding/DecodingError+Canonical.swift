import Foundation

/// Marks a `DecodingError` raised by Canonical's own value checks, whose message quotes no value.
struct CanonicalRuleViolation: Error {}

extension DecodingError {
    /// A `dataCorrupted` error for a value that breaks a rule of the canonical model.
    ///
    /// `CanonicalJSONError` passes the message of such an error on; it replaces any other `dataCorrupted`
    /// message (Foundation's may quote the input) with a generic one.
    ///
    /// - Parameters:
    ///   - message: What rule the value breaks; it must not contain the value.
    ///   - codingPath: Where the value is.
    /// - Returns: The error.
    static func canonicalRule(_ message: String, at codingPath: [any CodingKey]) -> DecodingError {
        let context = Context(
            codingPath: codingPath,
            debugDescription: message,
            underlyingError: CanonicalRuleViolation()
        )
        return .dataCorrupted(context)
    }
}
