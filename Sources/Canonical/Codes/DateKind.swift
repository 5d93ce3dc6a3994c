import Foundation

/// What a qualified date means.
///
/// The source format's own qualifier (an X12 date/time qualifier, say) is kept in `QualifiedDate.qualifier`.
///
/// Extensible: any non-empty text is a valid value and round-trips unchanged; the static members are the names
/// Wharf's mappings produce.
public struct DateKind: CanonicalCode {
    /// The code's text, e.g. `"requestedDelivery"`.
    public let rawValue: String

    /// Creates the code from its text; unknown texts are kept as they are.
    ///
    /// - Parameter rawValue: The code's text.
    @inlinable
    public init(rawValue: String) {
        self.rawValue = rawValue
    }
}

extension DateKind {
    /// The buyer asks for delivery on this date.
    public static let requestedDelivery: Self = "requestedDelivery"

    /// The buyer asks for shipment on this date.
    public static let requestedShip: Self = "requestedShip"

    /// Do not ship before this date.
    public static let shipNotBefore: Self = "shipNotBefore"

    /// Ship no later than this date.
    public static let shipNoLaterThan: Self = "shipNoLaterThan"

    /// Do not deliver before this date.
    public static let deliverNotBefore: Self = "deliverNotBefore"

    /// Deliver no later than this date.
    public static let deliverNoLaterThan: Self = "deliverNoLaterThan"

    /// Cancel if not shipped by this date.
    public static let cancelAfter: Self = "cancelAfter"

    /// The seller promises shipment on this date.
    public static let promisedShip: Self = "promisedShip"

    /// The seller promises delivery on this date.
    public static let promisedDelivery: Self = "promisedDelivery"

    /// The expected delivery date.
    public static let estimatedDelivery: Self = "estimatedDelivery"

    /// The goods shipped on this date.
    public static let shipped: Self = "shipped"

    /// The goods were delivered on this date.
    public static let delivered: Self = "delivered"

    /// The start of validity (of a price, an item, a contract).
    public static let effective: Self = "effective"

    /// The end of validity.
    public static let expiration: Self = "expiration"

    /// A date with no canonical name; `QualifiedDate.qualifier` says which.
    public static let other: Self = "other"
}
