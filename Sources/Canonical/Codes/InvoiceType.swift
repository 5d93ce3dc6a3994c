import Foundation

/// The kind of invoice.
///
/// Extensible: any non-empty text is a valid value and round-trips unchanged; the static members are the names
/// Wharf's mappings produce.
public struct InvoiceType: CanonicalCode {
    /// The code's text, e.g. `"invoice"`.
    public let rawValue: String

    /// Creates the code from its text; unknown texts are kept as they are.
    ///
    /// - Parameter rawValue: The code's text.
    @inlinable
    public init(rawValue: String) {
        self.rawValue = rawValue
    }
}

extension InvoiceType {
    /// An invoice: the buyer owes the amount.
    public static let invoice: Self = "invoice"

    /// A credit memo: the seller owes the amount.
    public static let creditMemo: Self = "creditMemo"

    /// A debit memo adjusting an earlier invoice upwards.
    public static let debitMemo: Self = "debitMemo"
}
