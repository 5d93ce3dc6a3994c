/// A translation that cannot go on: the input is invalid, or Wharf cannot do what was asked (a format or release it
/// does not write, a control-number store it cannot reach).
public struct TranslationFailure: Error, Sendable, CustomStringConvertible {
    /// What kind of failure: the input's fault, or the setup's.
    public enum Kind: Sendable, Hashable {
        /// The input is invalid or cannot be routed; retrying it unchanged cannot help.
        case invalid
        /// Wharf cannot do it (unsupported output, store unavailable); may succeed after a change of setup.
        case unavailable
    }

    public var kind: Kind
    /// One line for people, without payload text.
    public var message: String

    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    /// The input is invalid.
    public static func invalid(_ message: String) -> TranslationFailure { TranslationFailure(.invalid, message) }
    /// Wharf cannot do it.
    public static func unavailable(_ message: String) -> TranslationFailure { TranslationFailure(.unavailable, message) }

    public var description: String { self.message }
}
