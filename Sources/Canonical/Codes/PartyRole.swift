import Foundation

/// The part a party plays in a document: who buys, sells, ships, receives or pays.
///
/// Example: `Party(role: .shipTo, name: "Main Hospital Dock 3")`.
///
/// Extensible: any non-empty text is a valid value and round-trips unchanged; the static members are the names
/// Wharf's mappings produce.
public struct PartyRole: CanonicalCode {
    /// The code's text, e.g. `"buyer"`.
    public let rawValue: String

    /// Creates the code from its text; unknown texts are kept as they are.
    ///
    /// - Parameter rawValue: The code's text.
    @inlinable
    public init(rawValue: String) {
        self.rawValue = rawValue
    }
}

extension PartyRole {
    /// The party that orders the goods.
    public static let buyer: Self = "buyer"

    /// The party that sells the goods (the vendor).
    public static let seller: Self = "seller"

    /// The party that supplies the goods, when it differs from the seller.
    public static let supplier: Self = "supplier"

    /// Where the goods are to be delivered.
    public static let shipTo: Self = "shipTo"

    /// Where the goods ship from.
    public static let shipFrom: Self = "shipFrom"

    /// The party the invoice is addressed to.
    public static let billTo: Self = "billTo"

    /// Where payment is to be sent.
    public static let remitTo: Self = "remitTo"

    /// The maker of the goods.
    public static let manufacturer: Self = "manufacturer"

    /// The person or department that asked for the goods.
    public static let requester: Self = "requester"

    /// The party that transports the goods.
    public static let carrier: Self = "carrier"

    /// A distributor between manufacturer and buyer.
    public static let distributor: Self = "distributor"

    /// The party that pays, when it differs from the bill-to party.
    public static let payer: Self = "payer"
}
