import Foundation

/// The kind of tax.
///
/// The source format's own code is kept in `Tax.sourceCode`.
///
/// Extensible: any non-empty text is a valid value and round-trips unchanged; the static members are the names
/// Wharf's mappings produce.
public struct TaxType: CanonicalCode {
    /// The code's text, e.g. `"sales"`.
    public let rawValue: String

    /// Creates the code from its text; unknown texts are kept as they are.
    ///
    /// - Parameter rawValue: The code's text.
    @inlinable
    public init(rawValue: String) {
        self.rawValue = rawValue
    }
}

extension TaxType {
    /// Sales tax.
    public static let sales: Self = "sales"

    /// State or provincial tax.
    public static let state: Self = "state"

    /// County tax.
    public static let county: Self = "county"

    /// City tax.
    public static let city: Self = "city"

    /// Local tax.
    public static let local: Self = "local"

    /// Federal tax.
    public static let federal: Self = "federal"

    /// Goods and services tax (GST).
    public static let goodsAndServices: Self = "goodsAndServices"

    /// Value added tax (VAT).
    public static let valueAdded: Self = "valueAdded"

    /// Excise tax.
    public static let excise: Self = "excise"

    /// A tax with no canonical name; `Tax.sourceCode` says which.
    public static let other: Self = "other"
}
