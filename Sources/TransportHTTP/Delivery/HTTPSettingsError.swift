/// An outbound HTTP channel whose settings cannot work (a bad URL, an unreadable certificate or key).
public struct HTTPSettingsError: Error, Sendable, CustomStringConvertible {
    /// One line naming the setting at fault; never a secret.
    public var message: String

    /// Creates an error.
    public init(_ message: String) {
        self.message = message
    }

    public var description: String { self.message }
}
