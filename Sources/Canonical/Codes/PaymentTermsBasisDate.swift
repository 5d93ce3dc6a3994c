import Foundation

/// The date from which payment terms are counted.
///
/// Extensible: any non-empty text is a valid value and round-trips unchanged; the static members are the names
/// Wharf's mappings produce.
public struct PaymentTermsBasisDate: CanonicalCode {
    /// The code's text, e.g. `"invoiceDate"`.
    public let rawValue: String

    /// Creates the code from its text; unknown texts are kept as they are.
    ///
    /// - Parameter rawValue: The code's text.
    @inlinable
    public init(rawValue: String) {
        self.rawValue = rawValue
    }
}

extension PaymentTermsBasisDate {
    /// The invoice date.
    public static let invoiceDate: Self = "invoiceDate"

    /// The ship date.
    public static let shipDate: Self = "shipDate"

    /// The delivery date.
    public static let deliveryDate: Self = "deliveryDate"

    /// The date the invoice is received.
    public static let receiptOfInvoice: Self = "receiptOfInvoice"

    /// The date the goods are received.
    public static let receiptOfGoods: Self = "receiptOfGoods"

    /// Another basis; `PaymentTerms.sourceCode` or `description` says which.
    public static let other: Self = "other"
}
