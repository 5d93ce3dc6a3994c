import Foundation

/// The interchange standard a message follows.
///
/// Extensible: any non-empty text is a valid value and round-trips unchanged; the static members are the names
/// Wharf's mappings produce.
public struct MessageStandard: CanonicalCode {
    /// The code's text, e.g. `"x12"`.
    public let rawValue: String

    /// Creates the code from its text; unknown texts are kept as they are.
    ///
    /// - Parameter rawValue: The code's text.
    @inlinable
    public init(rawValue: String) {
        self.rawValue = rawValue
    }
}

extension MessageStandard {
    /// ASC X12.
    public static let x12: Self = "x12"

    /// HL7 version 2.
    public static let hl7v2: Self = "hl7v2"
}
