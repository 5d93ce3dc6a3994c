import Foundation

/// The kind of a level in a shipment's packing hierarchy.
///
/// The shipment itself is the `ShipNotice`; its levels are usually orders, containing tares (pallets), packs
/// (cartons) and items.
///
/// Extensible: any non-empty text is a valid value and round-trips unchanged; the static members are the names
/// Wharf's mappings produce.
public struct PackingLevelKind: CanonicalCode {
    /// The code's text, e.g. `"order"`.
    public let rawValue: String

    /// Creates the code from its text; unknown texts are kept as they are.
    ///
    /// - Parameter rawValue: The code's text.
    @inlinable
    public init(rawValue: String) {
        self.rawValue = rawValue
    }
}

extension PackingLevelKind {
    /// An order shipped in this shipment.
    public static let order: Self = "order"

    /// A tare: a pallet or other unit load.
    public static let tare: Self = "tare"

    /// A pack: a carton or case.
    public static let pack: Self = "pack"

    /// An inner pack inside a pack.
    public static let subpack: Self = "subpack"

    /// An item: a product and the quantity shipped of it.
    public static let item: Self = "item"
}
