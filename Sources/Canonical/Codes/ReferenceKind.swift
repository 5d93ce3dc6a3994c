import Foundation

/// What a reference number identifies.
///
/// The source format's own qualifier (an X12 reference identification qualifier, say) is kept in
/// `Reference.qualifier`.
///
/// Extensible: any non-empty text is a valid value and round-trips unchanged; the static members are the names
/// Wharf's mappings produce.
public struct ReferenceKind: CanonicalCode {
    /// The code's text, e.g. `"purchaseOrder"`.
    public let rawValue: String

    /// Creates the code from its text; unknown texts are kept as they are.
    ///
    /// - Parameter rawValue: The code's text.
    @inlinable
    public init(rawValue: String) {
        self.rawValue = rawValue
    }
}

extension ReferenceKind {
    /// The buyer's purchase order number.
    public static let purchaseOrder: Self = "purchaseOrder"

    /// A release number against a blanket order.
    public static let release: Self = "release"

    /// A contract or pricing agreement number.
    public static let contract: Self = "contract"

    /// A department number.
    public static let department: Self = "department"

    /// A cost center.
    public static let costCenter: Self = "costCenter"

    /// A general ledger (expense) account.
    public static let glAccount: Self = "glAccount"

    /// The requisition that led to the order.
    public static let requisition: Self = "requisition"

    /// An invoice number.
    public static let invoice: Self = "invoice"

    /// A shipment identification number.
    public static let shipment: Self = "shipment"

    /// A bill of lading number.
    public static let billOfLading: Self = "billOfLading"

    /// A carrier's package tracking number.
    public static let trackingNumber: Self = "trackingNumber"

    /// A packing slip (packing list) number.
    public static let packingSlip: Self = "packingSlip"

    /// The seller's own order number.
    public static let vendorOrder: Self = "vendorOrder"

    /// A reference with no canonical name; `Reference.qualifier` says which.
    public static let other: Self = "other"
}
