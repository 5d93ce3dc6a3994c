import WharfCore

/// A problem found while reading JSON text, with its exact position.
///
/// The message names what was expected and what was found in general terms ("a string", "']'"), never the text
/// itself, and ends with the line and column.
public struct JSONReadIssue: Hashable, Sendable, CustomStringConvertible {
    /// How serious it is: syntax problems are errors, skipped comments warnings.
    public var severity: DiagnosticSeverity
    /// `fhir.json.syntax`, `fhir.json.encoding`, `fhir.json.too-deep`, `fhir.json.duplicate-key` or
    /// `fhir.json.comment`.
    public var code: DiagnosticCode
    /// The byte offset of the problem in the input (a byte order mark counts).
    public var offset: Int
    /// The 1-based line of the problem.
    public var line: Int
    /// The 1-based column of the problem, in characters (a byte order mark does not count).
    public var column: Int
    /// The JSON pointer of the value being read: the member or element whose value is wrong or missing, else the
    /// innermost object or array around the problem (`""` for the whole document).
    public var pointer: String
    /// What is wrong, ending with `(line L, column C)`.
    public var message: String

    /// The issue as a diagnostic located by its pointer.
    public var diagnostic: Diagnostic {
        Diagnostic(self.severity, self.code, at: .jsonPointer(self.pointer), self.message)
    }

    public var description: String { self.diagnostic.text }
}
