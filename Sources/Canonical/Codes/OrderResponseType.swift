import Foundation

/// The seller's overall answer to an order.
///
/// The source format's own code is kept in `OrderResponse.sourceCode`.
///
/// Extensible: any non-empty text is a valid value and round-trips unchanged; the static members are the names
/// Wharf's mappings produce.
public struct OrderResponseType: CanonicalCode {
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

extension OrderResponseType {
    /// Accepted as ordered.
    public static let accepted: Self = "accepted"

    /// Accepted with changes or exceptions given on the lines.
    public static let acceptedWithChanges: Self = "acceptedWithChanges"

    /// Rejected.
    public static let rejected: Self = "rejected"

    /// Received, decision pending.
    public static let pending: Self = "pending"

    /// An answer with no canonical name; `OrderResponse.sourceCode` says which.
    public static let other: Self = "other"
}
