import Foundation

/// The kind of payment terms.
///
/// The source format's own code is kept in `PaymentTerms.sourceCode`.
///
/// Extensible: any non-empty text is a valid value and round-trips unchanged; the static members are the names
/// Wharf's mappings produce.
public struct PaymentTermsType: CanonicalCode {
    /// The code's text, e.g. `"basic"`.
    public let rawValue: String

    /// Creates the code from its text; unknown texts are kept as they are.
    ///
    /// - Parameter rawValue: The code's text.
    @inlinable
    public init(rawValue: String) {
        self.rawValue = rawValue
    }
}

extension PaymentTermsType {
    /// Basic terms: discount and net days counted from the basis date.
    public static let basic: Self = "basic"

    /// Days counted from the end of the month of the basis date.
    public static let endOfMonth: Self = "endOfMonth"

    /// Due on fixed dates.
    public static let fixedDate: Self = "fixedDate"

    /// Due on receipt.
    public static let dueOnReceipt: Self = "dueOnReceipt"

    /// Terms with no canonical name; `PaymentTerms.sourceCode` says which.
    public static let other: Self = "other"
}
