import Foundation

/// The status of an item in an item master.
///
/// Extensible: any non-empty text is a valid value and round-trips unchanged; the static members are the names
/// Wharf's mappings produce.
public struct ItemStatus: CanonicalCode {
    /// The code's text, e.g. `"active"`.
    public let rawValue: String

    /// Creates the code from its text; unknown texts are kept as they are.
    ///
    /// - Parameter rawValue: The code's text.
    @inlinable
    public init(rawValue: String) {
        self.rawValue = rawValue
    }
}

extension ItemStatus {
    /// Available to order.
    public static let active: Self = "active"

    /// Not available to order for now.
    public static let inactive: Self = "inactive"

    /// No longer made or sold.
    public static let discontinued: Self = "discontinued"

    /// Being set up; not yet available.
    public static let pending: Self = "pending"

    /// Removed from the item master.
    public static let deleted: Self = "deleted"
}
