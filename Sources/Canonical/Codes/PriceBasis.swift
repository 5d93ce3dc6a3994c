import Foundation

/// Where a unit price comes from.
///
/// Extensible: any non-empty text is a valid value and round-trips unchanged; the static members are the names
/// Wharf's mappings produce.
public struct PriceBasis: CanonicalCode {
    /// The code's text, e.g. `"catalog"`.
    public let rawValue: String

    /// Creates the code from its text; unknown texts are kept as they are.
    ///
    /// - Parameter rawValue: The code's text.
    @inlinable
    public init(rawValue: String) {
        self.rawValue = rawValue
    }
}

extension PriceBasis {
    /// The seller's catalog price.
    public static let catalog: Self = "catalog"

    /// A negotiated contract (group purchasing or local agreement) price.
    public static let contract: Self = "contract"

    /// A price quoted for this order.
    public static let quoted: Self = "quoted"

    /// The list price.
    public static let list: Self = "list"

    /// A net price after all allowances.
    public static let net: Self = "net"

    /// An estimate, to be confirmed.
    public static let estimated: Self = "estimated"
}
