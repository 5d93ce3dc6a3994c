import WharfCore

/// JSON text that cannot be read: the first syntax, encoding or nesting problem found.
public struct JSONReadError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Where and what.
    public var issue: JSONReadIssue

    /// Creates an error from its issue.
    public init(_ issue: JSONReadIssue) { self.issue = issue }

    /// The stable code (`fhir.json.syntax`, `fhir.json.encoding`, `fhir.json.too-deep`).
    public var code: DiagnosticCode { self.issue.code }
    /// The error as a diagnostic.
    public var diagnostic: Diagnostic { self.issue.diagnostic }
    /// The error as a ``TranslationError`` for pipeline stages, with its location.
    public var translationError: TranslationError {
        TranslationError(code: self.issue.code, message: self.issue.message, location: .jsonPointer(self.issue.pointer))
    }

    public var description: String { self.issue.description }
}
