import Foundation

/// What a receiver says it did with an interchange, a functional group or a transaction set it acknowledges.
///
/// The source format's own code (X12 TA104, AK901, AK501 or IK501, say) is kept in the neighbouring
/// `sourceCode` member, so `rejected` still tells a 997's `M`, `W` and `X` apart.
///
/// Extensible: any non-empty text is a valid value and round-trips unchanged; the static members are the names
/// Wharf's mappings produce.
public struct AcknowledgmentStatus: CanonicalCode {
    /// The code's text, e.g. `"accepted"`.
    public let rawValue: String

    /// Creates the code from its text; unknown texts are kept as they are.
    ///
    /// - Parameter rawValue: The code's text.
    @inlinable
    public init(rawValue: String) {
        self.rawValue = rawValue
    }
}

extension AcknowledgmentStatus {
    /// Accepted without errors (X12 `A`).
    public static let accepted: Self = "accepted"

    /// Accepted, with errors noted (X12 `E`).
    public static let acceptedWithErrors: Self = "acceptedWithErrors"

    /// Some transaction sets of a functional group accepted, others rejected (X12 AK901 `P`).
    public static let partiallyAccepted: Self = "partiallyAccepted"

    /// Rejected (X12 `R`, and `M`, `W`, `X`: authentication, assurance or decryption failed).
    public static let rejected: Self = "rejected"

    /// A status with no canonical name; the neighbouring `sourceCode` says which.
    public static let other: Self = "other"
}
