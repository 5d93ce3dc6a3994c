import Foundation

/// The identification scheme a party identifier belongs to.
///
/// The source format's own qualifier (an X12 N1 identification code qualifier, say) is kept beside it in
/// `PartyIdentifier.qualifier`.
///
/// Extensible: any non-empty text is a valid value and round-trips unchanged; the static members are the names
/// Wharf's mappings produce.
public struct PartyIdentifierSystem: CanonicalCode {
    /// The code's text, e.g. `"gln"`.
    public let rawValue: String

    /// Creates the code from its text; unknown texts are kept as they are.
    ///
    /// - Parameter rawValue: The code's text.
    @inlinable
    public init(rawValue: String) {
        self.rawValue = rawValue
    }
}

extension PartyIdentifierSystem {
    /// GS1 Global Location Number (13 digits).
    public static let gln: Self = "gln"

    /// Dun & Bradstreet D-U-N-S number (9 digits).
    public static let duns: Self = "duns"

    /// D-U-N-S number with a four-character location suffix.
    public static let dunsPlus4: Self = "dunsPlus4"

    /// Health Industry Number (HIBCC).
    public static let hin: Self = "hin"

    /// US National Provider Identifier.
    public static let npi: Self = "npi"

    /// A number the buyer assigned, such as a hospital's vendor or location number.
    public static let buyerAssigned: Self = "buyerAssigned"

    /// A number the seller assigned, such as a customer account or ship-to number.
    public static let sellerAssigned: Self = "sellerAssigned"

    /// A scheme with no canonical name; `PartyIdentifier.qualifier` says which.
    public static let other: Self = "other"
}
