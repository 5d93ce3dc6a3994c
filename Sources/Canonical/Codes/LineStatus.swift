import Foundation

/// The status a seller gives an order line.
///
/// A line may carry several statuses, each with its own quantity: 6 accepted and 4 backordered is two
/// `LineStatusDetail` values. The source format's own code is kept in `LineStatusDetail.sourceCode`.
///
/// Extensible: any non-empty text is a valid value and round-trips unchanged; the static members are the names
/// Wharf's mappings produce.
public struct LineStatus: CanonicalCode {
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

extension LineStatus {
    /// Accepted as ordered.
    public static let accepted: Self = "accepted"

    /// Accepted with changes the line describes.
    public static let acceptedWithChanges: Self = "acceptedWithChanges"

    /// Accepted at a changed price.
    public static let priceChanged: Self = "priceChanged"

    /// Accepted with a changed quantity.
    public static let quantityChanged: Self = "quantityChanged"

    /// Accepted with a changed (rescheduled) date.
    public static let dateChanged: Self = "dateChanged"

    /// Accepted with a substitute item.
    public static let substituted: Self = "substituted"

    /// Backordered.
    public static let backordered: Self = "backordered"

    /// On hold.
    public static let onHold: Self = "onHold"

    /// Not yet decided (price pending, schedule pending).
    public static let pending: Self = "pending"

    /// Rejected.
    public static let rejected: Self = "rejected"

    /// Deleted from the order.
    public static let deleted: Self = "deleted"

    /// A status with no canonical name; `LineStatusDetail.sourceCode` says which.
    public static let other: Self = "other"
}
