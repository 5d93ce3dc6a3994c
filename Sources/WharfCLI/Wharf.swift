import ArgumentParser
#if canImport(Glibc)
import Glibc
#endif

/// The `wharf` command: translation of healthcare supply-chain documents between X12, HL7 v2, FHIR and CSV.
@main
struct Wharf: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "wharf",
        abstract: "Translate, validate and inspect healthcare supply-chain documents (X12, HL7 v2, FHIR, CSV).",
        discussion: """
            Exit codes: 0 success (valid), 1 the document is invalid or cannot be translated, 2 usage or I/O error.
            Diagnostics name positions and codes, never element values, so they are safe to paste into a ticket.
            """,
        subcommands: [InspectCommand.self, ValidateCommand.self, TranslateCommand.self, AckCommand.self,
                      PartnersCommand.self, MLLPCommand.self, ServeCommand.self, MessagesCommand.self]
    )

    /// Runs the command, mapping usage errors to exit code 2 (argument-parser's default is 64).
    static func main() async {
        do {
            var command = try Self.parseAsRoot()
            if var asynchronous = command as? any AsyncParsableCommand {
                try await asynchronous.run()
            } else {
                try command.run()
            }
        } catch let exit as ExitCode {
            Glibc.exit(exit.rawValue)
        } catch {
            let code = Self.exitCode(for: error)
            if code == .validationFailure {
                FileOutput.standardError.write(Self.fullMessage(for: error) + "\n")
                Glibc.exit(CommandExit.usage.rawValue)
            }
            Self.exit(withError: error)
        }
    }
}

/// Wharf's exit codes.
enum CommandExit {
    /// Valid, or the command did what it was asked.
    static let success = ExitCode(0)
    /// The document is invalid or cannot be translated.
    static let invalid = ExitCode(1)
    /// Bad usage, or a file could not be read or written.
    static let usage = ExitCode(2)
}
