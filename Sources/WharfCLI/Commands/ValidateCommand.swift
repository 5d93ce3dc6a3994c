import ArgumentParser
import WharfCore
import FHIR
import HL7v2
import X12

/// `wharf validate FILE`: every problem, located; exit 0 valid, 1 invalid, 2 usage or I/O error.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check a document against its standard and list every problem with its exact position.",
        discussion: """
            X12 is checked for its envelope (ISA/IEA, GS/GE, ST/SE control numbers, counts, dates, functional \
            groups) and every segment against the dictionary of its version in specs/x12 (element count, mandatory \
            elements, types, lengths, character set, composites, repetitions, syntax notes). Segment positions count \
            from ST = 1, as 997/999 acknowledgments do. Messages never contain element values.

            Exit status: 0 valid (warnings allowed), 1 invalid, 2 usage or I/O error.

            Examples:
              wharf validate examples/x12/850-hospital-order.edi
              wharf validate --format json examples/x12/850-bad-quantity.edi
            """
    )

    @OptionGroup var input: InputOptions

    @Option(help: "Output format: text (one line per diagnostic), json (specs/diagnostics.md) or fhir (an OperationOutcome).")
    var format: DiagnosticFormat = .text

    func run() throws {
        let valid: Bool
        do {
            valid = try self.validate()
        } catch {
            throw error.report()
        }
        if !valid { throw CommandExit.invalid }
    }

    private func validate() throws(CommandFailure) -> Bool {
        let source = try InputSource(path: self.input.file)
        defer { source.close() }
        var first: [UInt8] = []
        let count = try source.read(&first)
        let prefix = first[0..<count]
        var diagnostics = Diagnostics()
        var summary = ""
        switch self.input.from?.family ?? InputFamily.detect(prefix) {
        case .x12:
            let counts = try X12Stream.run(source, prefix: prefix) { event throws(CommandFailure) in
                if case .diagnostic(let diagnostic) = event { diagnostics.append(diagnostic) }
            }
            summary = counts.text
        case .hl7v2:
            let bytes = Array(prefix) + (try source.readAll())
            let result = HL7v2Reader.read(bytes)
            diagnostics.append(contentsOf: result.diagnostics)
            let validator = HL7v2StructureValidator()
            for message in result.messages where message.segments.first?.isHeader == true {
                diagnostics.append(contentsOf: validator.validate(message))
            }
            summary = "\(result.messages.count) message\(result.messages.count == 1 ? "" : "s")"
        case .fhir:
            let bytes = Array(prefix) + (try source.readAll())
            do {
                let resource = try FHIRReader().read(bytes, diagnostics: &diagnostics)
                summary = "a \(resource.resourceType) (\(resource.release))"
            } catch {
                diagnostics.append(contentsOf: error.diagnostics.isEmpty
                    ? [Diagnostic(.error, error.code, at: error.location, error.message)] : error.diagnostics)
                summary = "the input"
            }
        case .csv:
            let bytes = Array(prefix) + (try source.readAll())
            let documents = try CSVInput.parse(bytes, layout: self.input.from?.layout, into: &diagnostics)
            summary = "\(documents) document\(documents == 1 ? "" : "s")"
        case nil:
            diagnostics.append(InputFamily.unrecognized)
        }
        let report = DiagnosticReport(diagnostics)
        switch self.format {
        case .text:
            FileOutput.standardOutput.write(report.text)
            let verdict = report.valid ? "valid" : "invalid"
            FileOutput.standardError.write(
                "\(verdict): \(diagnostics.errorCount) error\(diagnostics.errorCount == 1 ? "" : "s") in \(summary.isEmpty ? "the input" : summary)\n")
        case .json:
            do {
                FileOutput.standardOutput.write(try report.json())
            } catch {
                throw CommandFailure.io("cannot encode the report: \(error)")
            }
        case .fhir:
            FileOutput.standardOutput.write(FHIROperationOutcome(diagnostics: diagnostics.all).json())
            FileOutput.standardOutput.write("\n")
        }
        return report.valid
    }
}
