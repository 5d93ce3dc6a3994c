import Foundation

/// Why a date could not be made or read. Messages never contain the offending text.
public struct CanonicalDateError: Error, Hashable, Sendable, CustomStringConvertible {
    /// A stable, dotted error code.
    public struct Code: CanonicalCode {
        /// The code's text, e.g. `"canonical.date.syntax"`.
        public let rawValue: String

        /// Creates the code from its text.
        ///
        /// - Parameter rawValue: The code's text.
        public init(rawValue: String) {
            self.rawValue = rawValue
        }

        /// The text is not ISO 8601 in one of the canonical shapes.
        public static let syntax: Self = "canonical.date.syntax"
        /// A component is out of its range (month 13, 30 February, hour 24, an offset of 19 hours).
        public static let outOfRange: Self = "canonical.date.out-of-range"
        /// A component is given without the one before it (a day without a month).
        public static let componentGap: Self = "canonical.date.component-gap"
        /// A UTC offset is given on a date without a time.
        public static let offsetWithoutTime: Self = "canonical.date.offset-without-time"
    }

    /// What went wrong.
    public var code: Code
    /// A description for people; it never contains the offending value.
    public var message: String

    /// Creates a date error.
    ///
    /// - Parameters:
    ///   - code: What went wrong.
    ///   - message: A description that does not contain the offending value.
    @inlinable
    public init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    /// The code and message, e.g. `canonical.date.out-of-range: The month must be 1 through 12.`
    public var description: String {
        "\(self.code): \(self.message)"
    }
}
