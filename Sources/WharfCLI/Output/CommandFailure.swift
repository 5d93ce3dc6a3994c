import ArgumentParser

/// A failure that ends a command with a message on standard error and an exit code.
struct CommandFailure: Error, CustomStringConvertible {
    /// The message, already free of payload values.
    var message: String
    /// The exit code.
    var exitCode: ExitCode

    /// An I/O or usage problem (exit 2).
    static func io(_ message: String) -> CommandFailure { CommandFailure(message: message, exitCode: CommandExit.usage) }
    /// The document cannot be handled (exit 1).
    static func invalid(_ message: String) -> CommandFailure {
        CommandFailure(message: message, exitCode: CommandExit.invalid)
    }

    var description: String { self.message }

    /// Prints the message and returns the exit code to throw.
    func report() -> ExitCode {
        FileOutput.standardError.write("wharf: \(self.message)\n")
        return self.exitCode
    }
}
