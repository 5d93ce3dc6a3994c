import Foundation

/// What a contact person is for.
///
/// Extensible: any non-empty text is a valid value and round-trips unchanged; the static members are the names
/// Wharf's mappings produce.
public struct ContactFunction: CanonicalCode {
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

extension ContactFunction {
    /// The buyer or buying department.
    public static let buyer: Self = "buyer"

    /// General information contact.
    public static let information: Self = "information"

    /// Contact for questions about the order.
    public static let order: Self = "order"

    /// Contact at the delivery location.
    public static let delivery: Self = "delivery"

    /// Accounts payable.
    public static let accountsPayable: Self = "accountsPayable"

    /// Accounts receivable.
    public static let accountsReceivable: Self = "accountsReceivable"

    /// Technical or EDI contact.
    public static let technical: Self = "technical"
}
