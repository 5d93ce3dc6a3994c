import Foundation

/// An ISO 4217 alphabetic currency code such as `USD`.
///
/// Extensible: any non-empty text is a valid value and round-trips unchanged; the static members are the names
/// Wharf's mappings produce.
public struct CurrencyCode: CanonicalCode {
    /// The code's text, e.g. `"USD"`.
    public let rawValue: String

    /// Creates the code from its text; unknown texts are kept as they are.
    ///
    /// - Parameter rawValue: The code's text.
    @inlinable
    public init(rawValue: String) {
        self.rawValue = rawValue
    }
}

extension CurrencyCode {
    /// US dollar.
    public static let usd: Self = "USD"

    /// Canadian dollar.
    public static let cad: Self = "CAD"

    /// Euro.
    public static let eur: Self = "EUR"

    /// Pound sterling.
    public static let gbp: Self = "GBP"
}
