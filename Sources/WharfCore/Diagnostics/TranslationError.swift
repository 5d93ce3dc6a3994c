/// A failure that leaves nothing trustworthy: unreadable input, an unsupported format, a document a format cannot carry.
///
/// Like ``Diagnostic`` it has a stable code and never contains payload values.
public struct TranslationError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The stable code.
    public var code: DiagnosticCode
    /// What went wrong and what to do, for people.
    public var message: String
    /// Where, when the failure has a position.
    public var location: SourceLocation?
    /// Diagnostics collected before the failure, so that an acknowledgment can still list them.
    public var diagnostics: [Diagnostic]

    /// Creates an error.
    public init(code: DiagnosticCode, message: String, location: SourceLocation? = nil, diagnostics: [Diagnostic] = []) {
        self.code = code
        self.message = message
        self.location = location
        self.diagnostics = diagnostics
    }

    /// The error as a diagnostic of severity `error`.
    public var diagnostic: Diagnostic { Diagnostic(.error, self.code, at: self.location, self.message) }

    public var description: String { self.diagnostic.text }
}
