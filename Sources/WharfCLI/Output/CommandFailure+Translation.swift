import Pipeline
import WharfCore

extension CommandFailure {
    /// Runs a translation step, turning its failure into the command's: invalid input exits 1, anything Wharf
    /// cannot do exits 2.
    static func translating<T>(_ step: () throws(TranslationFailure) -> T) throws(CommandFailure) -> T {
        do {
            return try step()
        } catch {
            switch error.kind {
            case .invalid: throw CommandFailure.invalid(error.message)
            case .unavailable: throw CommandFailure.io(error.message)
            }
        }
    }
}

extension DiagnosticReport {
    /// Writes each diagnostic's one-line text to standard error.
    static func printLines(_ diagnostics: Diagnostics) {
        for diagnostic in diagnostics { FileOutput.standardError.write(diagnostic.text + "\n") }
    }
}
