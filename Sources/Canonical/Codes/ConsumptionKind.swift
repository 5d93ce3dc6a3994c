import Foundation

/// What a consumption document records.
///
/// Extensible: any non-empty text is a valid value and round-trips unchanged; the static members are the names
/// Wharf's mappings produce.
public struct ConsumptionKind: CanonicalCode {
    /// The code's text, e.g. `"usage"`.
    public let rawValue: String

    /// Creates the code from its text; unknown texts are kept as they are.
    ///
    /// - Parameter rawValue: The code's text.
    @inlinable
    public init(rawValue: String) {
        self.rawValue = rawValue
    }
}

extension ConsumptionKind {
    /// Supplies used (issued to a department, used in a procedure).
    public static let usage: Self = "usage"

    /// Supplies charged to a patient account.
    public static let charge: Self = "charge"

    /// Supplies or drugs dispensed.
    public static let dispense: Self = "dispense"
}
