import Foundation

/// The kind of purchase order.
///
/// Extensible: any non-empty text is a valid value and round-trips unchanged; the static members are the names
/// Wharf's mappings produce.
public struct OrderType: CanonicalCode {
    /// The code's text, e.g. `"standard"`.
    public let rawValue: String

    /// Creates the code from its text; unknown texts are kept as they are.
    ///
    /// - Parameter rawValue: The code's text.
    @inlinable
    public init(rawValue: String) {
        self.rawValue = rawValue
    }
}

extension OrderType {
    /// A stand-alone order for delivery.
    public static let standard: Self = "standard"

    /// A release against a blanket order or contract.
    public static let release: Self = "release"

    /// A blanket order that later releases draw on.
    public static let blanket: Self = "blanket"

    /// A bill-only order for consigned goods already used (often in a procedure).
    public static let billOnly: Self = "billOnly"

    /// A bill-and-replace order: pay for consigned goods used and send replacements.
    public static let billAndReplace: Self = "billAndReplace"

    /// An emergency or rush order.
    public static let emergency: Self = "emergency"

    /// Goods ship directly to a third party.
    public static let dropShip: Self = "dropShip"

    /// Goods placed on consignment.
    public static let consignment: Self = "consignment"
}
