/// The store could not do what was asked: the database failed, or a state change is not allowed.
public struct StoreError: Error, Sendable, CustomStringConvertible {
    /// Stable codes: `store.database`, `store.not-found`, `store.invalid-transition`.
    public var code: String
    public var message: String

    public init(_ code: String, _ message: String) {
        self.code = code
        self.message = message
    }

    public var description: String { "\(self.code): \(self.message)" }
}
