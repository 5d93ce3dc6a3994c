import Foundation

/// The scheme an item identifier belongs to.
///
/// The source format's own qualifier (X12 product/service ID qualifier, HL7 identifier type) is kept beside it in
/// `ItemIdentifier.qualifier`.
///
/// Extensible: any non-empty text is a valid value and round-trips unchanged; the static members are the names
/// Wharf's mappings produce.
public struct ItemIdentifierKind: CanonicalCode {
    /// The code's text, e.g. `"buyerPart"`.
    public let rawValue: String

    /// Creates the code from its text; unknown texts are kept as they are.
    ///
    /// - Parameter rawValue: The code's text.
    @inlinable
    public init(rawValue: String) {
        self.rawValue = rawValue
    }
}

extension ItemIdentifierKind {
    /// The buyer's item number, such as a hospital item master number.
    public static let buyerPart: Self = "buyerPart"

    /// The vendor's (seller's) catalog number.
    public static let vendorPart: Self = "vendorPart"

    /// The manufacturer's catalog or part number.
    public static let manufacturerPart: Self = "manufacturerPart"

    /// GS1 Global Trade Item Number (8, 12, 13 or 14 digits).
    public static let gtin: Self = "gtin"

    /// Universal Product Code.
    public static let upc: Self = "upc"

    /// US National Drug Code.
    public static let ndc: Self = "ndc"

    /// HIBCC Labeler Identification Code based product number.
    public static let hibcc: Self = "hibcc"

    /// Unique Device Identification device identifier (UDI-DI).
    public static let udiDI: Self = "udiDI"

    /// A charge master (CDM) code used to bill the item to a patient.
    public static let chargeCode: Self = "chargeCode"

    /// A scheme with no canonical name; `ItemIdentifier.qualifier` says which.
    public static let other: Self = "other"
}
