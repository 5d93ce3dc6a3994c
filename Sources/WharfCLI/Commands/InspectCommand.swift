import ArgumentParser
import WharfCore
import X12

/// `wharf inspect FILE`: one line per segment, with element names.
struct InspectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inspect",
        abstract: "Show a document segment by segment, with the standard's element names.",
        discussion: """
            Each line shows the segment's position in its transaction set (ST = 1; '-' for envelope segments outside \
            a set), its tag, and every non-empty element with its id, name and value. Problems found while reading \
            are summarized on standard error; use 'wharf validate' for the full list.

            Exit status: 0 when the input could be read, 1 when it holds no readable interchange, 2 on usage or I/O \
            errors.

            Examples:
              wharf inspect examples/x12/850-hospital-order.edi
              cat order.edi | wharf inspect -
            """
    )

    @OptionGroup var input: InputOptions

    func run() throws {
        do {
            try self.inspect()
        } catch {
            throw error.report()
        }
    }

    private func inspect() throws(CommandFailure) {
        let source = try InputSource(path: self.input.file)
        defer { source.close() }
        var first: [UInt8] = []
        let count = try source.read(&first)
        let prefix = first[0..<count]
        guard (self.input.from ?? InputFamily.detect(prefix)) == .x12 else {
            throw CommandFailure.invalid(InputFamily.unrecognized.text)
        }
        var formatter = X12InspectionFormatter()
        var errors = 0
        var warnings = 0
        var firstError: Diagnostic?
        var output: [UInt8] = []
        let counts = try X12Stream.run(source, prefix: prefix) { event throws(CommandFailure) in
            switch event {
            case .segment(let segment, let context):
                output.append(contentsOf: formatter.line(for: segment, in: context).utf8)
                output.append(0x0A)
                if output.count > 1 << 16 {
                    FileOutput.standardOutput.write(output)
                    output.removeAll(keepingCapacity: true)
                }
            case .diagnostic(let diagnostic):
                switch diagnostic.severity {
                case .error:
                    errors += 1
                    if firstError == nil { firstError = diagnostic }
                case .warning: warnings += 1
                case .info: break
                }
            case .transactionSet: break
            }
        }
        FileOutput.standardOutput.write(output)
        var summary = "\(counts.text); \(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")"
        if let firstError { summary += "; first: \(firstError.text); run 'wharf validate' for all" }
        FileOutput.standardError.write(summary + "\n")
        if counts.interchanges == 0 { throw CommandFailure(message: "no X12 interchange could be read", exitCode: CommandExit.invalid) }
    }
}
