import WharfCore

/// A sink's refusal of a payload it did not store, because the channel answers invalid input at once (an HTTP 4xx
/// with the diagnostics) rather than storing it and rejecting it later. Transports answer with it; nothing was
/// stored, so the sender keeps the document.
public struct IntakeRejection: Error, Sendable {
    /// The HTTP status that fits: 422 (cannot be read or has errors), 404 (no route for it).
    public var status: Int
    /// `invalid-document` or `no-route`.
    public var code: String
    /// One line for people, without payload text.
    public var message: String
    /// The located problems (positions and codes, never values).
    public var diagnostics: [Diagnostic]

    public init(status: Int, code: String, message: String, diagnostics: [Diagnostic] = []) {
        self.status = status
        self.code = code
        self.message = message
        self.diagnostics = diagnostics
    }
}
