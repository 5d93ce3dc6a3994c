import ArgumentParser
import Canonical
import Foundation
import WharfCore
import X12
import X12Mapping

/// `wharf translate FILE --to FORMAT`: a document in another format.
struct TranslateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "translate",
        abstract: "Translate a document into another format: canonical JSON, or X12.",
        discussion: """
            The input's format is detected from its envelope (X12's ISA, canonical JSON's canonicalVersion) or named \
            with --from. Diagnostics go to standard error; when the input has errors nothing is written and the exit \
            status is 1, so a partial translation is never presented as a success.

            Targets: canonical; x12[:SET][@RELEASE] (without SET each document goes as the set of its kind — an \
            order as an 850, an order response as an 855, a ship notice as an 856, an invoice as an 810 — one \
            functional group per set; RELEASE defaults to 004010). Without a partner profile the X12 envelope takes neutral values: ISA05/07 \
            ZZ, sender WHARF, receiver PARTNER, control number 1, usage P — override them with --sender and \
            --receiver.

            Examples:
              wharf translate examples/x12/850-hospital-order.edi --to canonical
              wharf translate order.json --to x12:850@005010 --sender ZZ:MERCYHOSP --receiver 01:123456789
              wharf translate order.edi --to canonical -o order.json
            """
    )

    @OptionGroup var input: InputOptions

    @Option(help: "The output format: canonical, or x12[:SET][@RELEASE].")
    var to: String

    @Option(name: .shortAndLong, help: "Write the output to this file instead of standard output.")
    var output: String?

    @Option(help: "X12 sender as QUALIFIER:ID (ISA05/ISA06 and GS02).")
    var sender: String?

    @Option(help: "X12 receiver as QUALIFIER:ID (ISA07/ISA08 and GS03).")
    var receiver: String?

    @Option(help: "The envelope date and time as CCYYMMDDHHMM (default: now, UTC), for reproducible output.")
    var at: String?

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
        guard target.family == .canonical || target.family == .x12 else {
            throw CommandFailure.io("Wharf cannot write \(target) (it writes: canonical, x12)")
        }
        let timestamp = try CommandTimestamp(self.at)
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
                "Wharf cannot read \(format) into canonical documents yet (it reads: \(known.joined(separator: ", ")))")
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
        let serializer: any MessageSerializer
        if target.family == .canonical {
            serializer = CanonicalJSONFormat()
        } else {
            serializer = try self.x12Serializer(for: target, timestamp: timestamp)
        }
        let bytes: [UInt8]
        do {
            bytes = try serializer.serialize(documents, context: context, diagnostics: &diagnostics).bytes
        } catch {
            throw CommandFailure.invalid(error.diagnostic.text)
        }
        let out = try FileOutput.open(self.output ?? "-")
        out.write(bytes)
        try out.close()
    }

    private func x12Serializer(for target: FormatID, timestamp: CommandTimestamp)
        throws(CommandFailure) -> X12CanonicalSerializer {
        if let set = target.messageType, !X12CanonicalSerializer.writableSets.contains(set) {
            throw CommandFailure.invalid("Wharf cannot write X12 \(set) yet (it writes: "
                + X12CanonicalSerializer.writableSets.joined(separator: ", ") + ")")
        }
        let release = target.version.flatMap { X12Dictionary.release(of: $0) } ?? target.version ?? "004010"
        guard X12Dictionary.releases.contains(release) else {
            throw CommandFailure.io("Wharf writes X12 releases \(X12Dictionary.releases.joined(separator: ", ")), not \(release)")
        }
        var settings = X12EnvelopeSettings.neutral(date: timestamp.date, time: timestamp.time)
        if let sender = self.sender {
            let identity = try Self.identity(sender, option: "--sender")
            settings.senderQualifier = identity.qualifier
            settings.senderID = identity.id
        }
        if let receiver = self.receiver {
            let identity = try Self.identity(receiver, option: "--receiver")
            settings.receiverQualifier = identity.qualifier
            settings.receiverID = identity.id
        }
        return X12CanonicalSerializer(transactionSet: target.messageType, release: release, settings: settings)
    }

    private static func identity(_ text: String, option: String) throws(CommandFailure) -> PartyIdentity {
        let parts = text.split(separator: ":", maxSplits: 1).map(String.init)
        guard parts.count == 2, (1...2).contains(parts[0].count), (1...15).contains(parts[1].count) else {
            throw CommandFailure.io("\(option) must be QUALIFIER:ID, e.g. ZZ:MERCYHOSP (qualifier 2, id up to 15 characters)")
        }
        return PartyIdentity(qualifier: parts[0], id: parts[1])
    }

    private static func print(_ diagnostics: Diagnostics) {
        for diagnostic in diagnostics { FileOutput.standardError.write(diagnostic.text + "\n") }
    }
}
