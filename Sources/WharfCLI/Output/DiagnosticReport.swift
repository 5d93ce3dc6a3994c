import Foundation
import WharfCore

/// The result of a validation, printed as text or as the JSON of `specs/diagnostics.md`.
struct DiagnosticReport: Encodable {
    /// True when no error was found.
    var valid: Bool
    /// Every diagnostic in input order.
    var diagnostics: [Diagnostic]

    init(_ diagnostics: Diagnostics) {
        self.valid = !diagnostics.hasErrors
        self.diagnostics = diagnostics.all
    }

    /// One line per diagnostic.
    var text: String { self.diagnostics.map { $0.text + "\n" }.joined() }

    /// The JSON document, with a trailing newline.
    func json() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(self), as: UTF8.self) + "\n"
    }

    private enum CodingKeys: String, CodingKey { case valid, diagnostics }
}
