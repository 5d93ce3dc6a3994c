import ArgumentParser
import Canonical
import WharfCore

/// `wharf translate FILE --to FORMAT`: a document in another format.
struct TranslateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "translate",
        abstract: "Translate a document into another format (for now: Wharf's canonical JSON).",
        discussion: """
            The input's format is detected from its envelope (or named with --from). Diagnostics go to standard \
            error; when the input has errors nothing is written and the exit status is 1, so a partial translation \
            is never presented as a success.

            Examples:
              wharf translate examples/x12/850-hospital-order.edi --to canonical
              wharf translate order.edi --to canonical -o order.json
            """
    )

    @OptionGroup var input: InputOptions

    @Option(help: "The output format: family[:type][@version], e.g. canonical.")
    var to: String

    @Option(name: .shortAndLong, help: "Write the output to this file instead of standard output.")
    var output: String?

    func run() throws {
        do {
            try self.translate()
        } catch {
            throw error.report()
        }
    }

    private func translate() throws(CommandFailure) {
        let target: FormatID
        do {
            target = try FormatID(parsing: self.to)
        } catch {
            throw CommandFailure.io(error.message)
        }
        let registry = FormatRegistry.wharf
        let source = try InputSource(path: self.input.file)
        let payload = Payload(bytes: try source.readAll(), name: self.input.file)
        source.close()
        let envelopes: [Envelope]
        do {
            envelopes = try registry.sniff(payload)
        } catch {
            throw CommandFailure.invalid(error.diagnostic.text)
        }
        guard let format = envelopes.first?.format else {
            throw CommandFailure.invalid("the input holds no document to translate")
        }
        guard let parser = registry.parser(for: format) else {
            let known = registry.parsableFormats.map(\.description)
            throw CommandFailure.invalid(
                "Wharf cannot read \(format) into canonical documents yet (it reads: "
                    + (known.isEmpty ? "no format yet" : known.joined(separator: ", ")) + ")")
        }
        var diagnostics = Diagnostics()
        let context = TranslationContext(envelope: envelopes.first)
        let documents: [CanonicalDocument]
        do {
            documents = try parser.parse(payload, context: context, diagnostics: &diagnostics)
        } catch {
            Self.print(diagnostics)
            throw CommandFailure.invalid(error.diagnostic.text)
        }
        Self.print(diagnostics)
        guard !diagnostics.hasErrors else {
            throw CommandFailure.invalid("the input has \(diagnostics.errorCount) error(s); nothing was written")
        }
        let bytes: [UInt8]
        if target.family == .canonical {
            do {
                bytes = try CanonicalJSON.encode(documents)
            } catch {
                throw CommandFailure.invalid("cannot encode canonical JSON: \(error)")
            }
        } else if let serializer = registry.serializer(for: target) {
            do {
                bytes = try serializer.serialize(documents, context: context, diagnostics: &diagnostics).bytes
            } catch {
                throw CommandFailure.invalid(error.diagnostic.text)
            }
        } else {
            throw CommandFailure.io("Wharf cannot write \(target) (it writes: canonical"
                + registry.writableFormats.map { ", \($0)" }.joined() + ")")
        }
        let out = try FileOutput.open(self.output ?? "-")
        out.write(bytes)
        try out.close()
    }

    private static func print(_ diagnostics: Diagnostics) {
        for diagnostic in diagnostics { FileOutput.standardError.write(diagnostic.text + "\n") }
    }
}
