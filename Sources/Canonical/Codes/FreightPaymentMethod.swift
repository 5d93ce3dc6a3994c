import Foundation

/// Who pays for the transport of goods (X12 FOB01, "shipment method of payment").
///
/// The source format's own code is kept in `FreightTerms.sourceCode`.
///
/// Extensible: any non-empty text is a valid value and round-trips unchanged; the static members are the names
/// Wharf's mappings produce.
public struct FreightPaymentMethod: CanonicalCode {
    /// The code's text, e.g. `"prepaid"`.
    public let rawValue: String

    /// Creates the code from its text; unknown texts are kept as they are.
    ///
    /// - Parameter rawValue: The code's text.
    @inlinable
    public init(rawValue: String) {
        self.rawValue = rawValue
    }
}

extension FreightPaymentMethod {
    /// The seller pays the freight.
    public static let prepaid: Self = "prepaid"

    /// The buyer pays the freight on delivery.
    public static let collect: Self = "collect"

    /// The seller pays and adds the freight to the invoice.
    public static let prepaidAndCharged: Self = "prepaidAndCharged"

    /// As agreed in the contract.
    public static let perContract: Self = "perContract"

    /// A third party pays.
    public static let thirdParty: Self = "thirdParty"

    /// The buyer picks the goods up.
    public static let pickup: Self = "pickup"

    /// No freight is charged.
    public static let noCharge: Self = "noCharge"

    /// A method with no canonical name; `FreightTerms.sourceCode` says which.
    public static let other: Self = "other"
}
