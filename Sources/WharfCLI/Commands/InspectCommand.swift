import ArgumentParser
import HL7v2
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
              wharf inspect examples/hl7v2/oms-o05-supply-requisition.hl7
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
        switch self.input.from?.family ?? InputFamily.detect(prefix) {
        case .x12:
            break
        case .hl7v2:
            try self.inspectHL7(Array(prefix) + (try source.readAll()))
            return
        case .fhir, .csv:
            throw CommandFailure.invalid("inspect shows X12 and HL7 v2 segment by segment; FHIR JSON and CSV are "
                + "readable as they are: use 'wharf validate' to check them")
        case nil:
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

    private func inspectHL7(_ bytes: [UInt8]) throws(CommandFailure) {
        let result = HL7v2Reader.read(bytes)
        let formatter = HL7v2InspectionFormatter()
        var output: [String] = []
        for (index, message) in result.messages.enumerated() {
            output += formatter.lines(for: message, index: index + 1)
        }
        FileOutput.standardOutput.write(output.joined(separator: "\n") + (output.isEmpty ? "" : "\n"))
        let errors = result.diagnostics.filter { $0.severity == .error }
        var summary = "\(result.messages.count) message\(result.messages.count == 1 ? "" : "s"); \(errors.count) error\(errors.count == 1 ? "" : "s")"
        if let first = errors.first { summary += "; first: \(first.text); run 'wharf validate' for all" }
        FileOutput.standardError.write(summary + "\n")
        if result.messages.isEmpty {
            throw CommandFailure(message: "no HL7 v2 message could be read", exitCode: CommandExit.invalid)
        }
    }
}
