import Foundation

/// Whether an amount reduces (allowance) or increases (charge) what is owed.
///
/// Extensible: any non-empty text is a valid value and round-trips unchanged; the static members are the names
/// Wharf's mappings produce.
public struct AllowanceChargeIndicator: CanonicalCode {
    /// The code's text, e.g. `"allowance"`.
    public let rawValue: String

    /// Creates the code from its text; unknown texts are kept as they are.
    ///
    /// - Parameter rawValue: The code's text.
    @inlinable
    public init(rawValue: String) {
        self.rawValue = rawValue
    }
}

extension AllowanceChargeIndicator {
    /// An allowance: a discount or credit that reduces the amount owed.
    public static let allowance: Self = "allowance"

    /// A charge: freight, handling or another fee that increases the amount owed.
    public static let charge: Self = "charge"
}
