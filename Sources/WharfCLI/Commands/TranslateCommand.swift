import ArgumentParser
import Canonical
import Foundation
import Partners
import Pipeline
import WharfCore
import X12
import X12Mapping

/// `wharf translate FILE --to FORMAT`: a document in another format.
struct TranslateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "translate",
        abstract: "Translate a document into another format: canonical JSON, X12, HL7 v2, FHIR or CSV.",
        discussion: """
            The input's format is detected from its envelope (X12's ISA, canonical JSON's canonicalVersion) or named \
            with --from. Diagnostics go to standard error; when the input has errors nothing is written and the exit \
            status is 1, so a partial translation is never presented as a success.

            Targets: canonical; x12[:SET][@RELEASE] (without SET each document goes as the set of its kind — an \
            order as an 850, an order response as an 855, a ship notice as an 856, an invoice as an 810 — one \
            functional group per set; RELEASE defaults to 004010). Without a partner profile the X12 envelope takes neutral values: ISA05/07 \
            ZZ, sender WHARF, receiver PARTNER, control number 1, usage P — override them with --sender and \
            --receiver. hl7v2[:TYPE][@VERSION]; fhir[@R4|@R5] (a collection Bundle, specs/mappings/fhir.md); \
            csv[:LAYOUT] (the default layout of the document's kind when none is named). CSV input has no envelope: \
            name its layout with --from csv:LAYOUT.

            Examples:
              wharf translate examples/x12/850-hospital-order.edi --to canonical
              wharf translate order.json --to x12:850@005010 --sender ZZ:MERCYHOSP --receiver 01:123456789
              wharf translate order.edi --to canonical -o order.json
            """
    )

    @OptionGroup var input: InputOptions

    @Option(help: "The output format: canonical, x12[:SET][@RELEASE], hl7v2[:TYPE][@VERSION], fhir[@R4|@R5], csv[:LAYOUT].")
    var to: String

    @Option(name: .shortAndLong, help: "Write the output to this file instead of standard output.")
    var output: String?

    @Option(help: "X12 sender as QUALIFIER:ID (ISA05/ISA06 and GS02).")
    var sender: String?

    @Option(help: "X12 receiver as QUALIFIER:ID (ISA07/ISA08 and GS03).")
    var receiver: String?

    @Option(help: "The envelope date and time as CCYYMMDDHHMM (default: now, UTC), for reproducible output.")
    var at: String?

    @Option(help: "Apply this partner's profile: its guide overlays and cross-references, and its envelope for X12 output.")
    var partner: String?

    @OptionGroup var partners: PartnerOptions

    @Option(help: "The folder of Wharf's state (control number sequences), used with --partner.")
    var state: String = "var/state"

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
        guard [.canonical, .x12, .hl7v2, .fhir, .csv].contains(target.family) else {
            throw CommandFailure.io("Wharf cannot write \(target) (it writes: canonical, x12, hl7v2, fhir, csv)")
        }
        var run = DocumentTranslator(timestamp: try EnvelopeTimestamp.command(self.at))
        run.sender = try self.sender.map { text throws(CommandFailure) in try Self.identity(text, option: "--sender") }
        run.receiver = try self.receiver.map { text throws(CommandFailure) in try Self.identity(text, option: "--receiver") }
        let payload = try InputSource.payload(self.input.file)
        let envelope = try self.input.from?.family == .csv ? CSVInput.envelope(layout: self.input.from?.layout)
            : CommandFailure.translating { () throws(TranslationFailure) in
                try DocumentTranslator.sniff(payload, registry: .wharf)
            }
        if let id = self.partner {
            let directory = try self.partners.load()
            let profile = try self.partners.profile(id, in: directory)
            let fromPartner = envelope.sender.map { sender in
                profile.identities.contains { $0.matches(sender, family: envelope.format.family) }
            } ?? false
            if fromPartner { run.source = profile } else { run.destination = profile }
            if run.destination != nil, target.family == .x12 {
                do {
                    run.sequence = try FileControlNumberStore(
                        folder: URL(fileURLWithPath: self.state).appendingPathComponent("control-numbers"))
                } catch {
                    throw CommandFailure.io(error.message)
                }
            }
        }
        var diagnostics = Diagnostics()
        let documents = try CommandFailure.translating { () throws(TranslationFailure) in try run.parse(payload, envelope: envelope, into: &diagnostics) }
        DiagnosticReport.printLines(diagnostics)
        guard !diagnostics.hasErrors else {
            throw CommandFailure.invalid("the input has \(diagnostics.errorCount) error(s); nothing was written")
        }
        var outputDiagnostics = Diagnostics()
        let bytes = try CommandFailure.translating { () throws(TranslationFailure) in try run.serialize(documents, as: target, envelope: envelope, into: &outputDiagnostics) }
        DiagnosticReport.printLines(outputDiagnostics)
        let out = try FileOutput.open(self.output ?? "-")
        out.write(bytes)
        try out.close()
    }

    private static func identity(_ text: String, option: String) throws(CommandFailure) -> PartyIdentity {
        let parts = text.split(separator: ":", maxSplits: 1).map(String.init)
        guard parts.count == 2, (1...2).contains(parts[0].count), (1...15).contains(parts[1].count) else {
            throw CommandFailure.io("\(option) must be QUALIFIER:ID, e.g. ZZ:MERCYHOSP (qualifier 2, id up to 15 characters)")
        }
        return PartyIdentity(qualifier: parts[0], id: parts[1])
    }
}
