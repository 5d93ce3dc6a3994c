import Foundation

/// Why a document was sent: new, replacing, cancelling or repeating an earlier one.
///
/// Extensible: any non-empty text is a valid value and round-trips unchanged; the static members are the names
/// Wharf's mappings produce.
public struct DocumentPurpose: CanonicalCode {
    /// The code's text, e.g. `"original"`.
    public let rawValue: String

    /// Creates the code from its text; unknown texts are kept as they are.
    ///
    /// - Parameter rawValue: The code's text.
    @inlinable
    public init(rawValue: String) {
        self.rawValue = rawValue
    }
}

extension DocumentPurpose {
    /// A new document.
    public static let original: Self = "original"

    /// Replaces an earlier document with the same number.
    public static let replace: Self = "replace"

    /// Changes an earlier document; only the changes are meaningful.
    public static let change: Self = "change"

    /// Cancels an earlier document.
    public static let cancel: Self = "cancel"

    /// A copy of a document already sent.
    public static let duplicate: Self = "duplicate"

    /// Confirms a document agreed by other means (a phone order, say).
    public static let confirmation: Self = "confirmation"
}
