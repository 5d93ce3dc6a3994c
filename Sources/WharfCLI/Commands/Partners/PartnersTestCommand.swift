import ArgumentParser
import Foundation
import Partners
import Pipeline
import WharfCore

/// `wharf partners test ID FILE`: a dry run of what the daemon would do with FILE from partner ID.
struct PartnersTestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "test",
        abstract: "Dry-run a file through a partner's profile: sniff, route, translate; nothing is sent.",
        discussion: """
            Shows the route chosen, the channel the output would go to and the output itself (control numbers are \
            not taken from the partner's sequences: the envelope is numbered 1). Exit 1 when the input is not the \
            partner's, no route matches, or the translation has errors.
            """)

    @Argument(help: "The partner's id.")
    var partner: String

    @Argument(help: "The input file.")
    var file: String

    @OptionGroup var partners: PartnerOptions

    @Option(help: "The envelope date and time as CCYYMMDDHHMM (default: now, UTC), for reproducible output.")
    var at: String?

    func run() throws {
        do {
            try self.test()
        } catch {
            throw error.report()
        }
    }

    private func test() throws(CommandFailure) {
        let directory = try self.partners.load()
        let profile = try self.partners.profile(self.partner, in: directory)
        let payload = try InputSource.payload(self.file)
        let envelope = try CommandFailure.translating { () throws(TranslationFailure) in
            try DocumentTranslator.sniff(payload, registry: .wharf, from: profile)
        }
        let out = FileOutput.standardOutput
        out.write("partner: \(profile.id) (\(profile.name), \(profile.status.rawValue))\n")
        out.write("input: \(envelope.format)" + (envelope.sender.map { " from \($0)" } ?? "")
            + (envelope.receiver.map { " to \($0)" } ?? "") + "\n")
        // FHIR and CSV name no sender: the channel they come on names the partner.
        switch envelope.sender == nil ? .success(profile) : directory.sender(of: envelope) {
        case .failure(let error):
            throw CommandFailure.invalid(error.diagnostic.message)
        case .success(let sender) where sender.id != profile.id:
            throw CommandFailure.invalid("the input's sender \(envelope.sender.map(\.description) ?? "?") is partner "
                + "\(sender.id), not \(profile.id)")
        case .success:
            break
        }
        guard let route = profile.routes.route(for: envelope) else {
            let routes = profile.routes.routes.map { "\($0.keyPath) (\($0.match.format)\($0.match.messageType.map { " \($0)" } ?? ""))" }
            throw CommandFailure.invalid("no route of \(profile.id) matches \(envelope.format); its routes: "
                + (routes.isEmpty ? "none" : routes.joined(separator: ", ")))
        }
        let (partnerID, channelName) = route.destination(of: profile.id)
        let destination = try self.partners.profile(partnerID, in: directory)
        let channel = destination.outboundChannel(channelName)
        out.write("route: \(route.keyPath) → \(route.output.target)\n")
        out.write("channel: \(partnerID == profile.id ? "" : "\(partnerID)/")\(channelName)"
            + (channel.map { " (\($0.transportName))" } ?? "") + " — dry run, nothing was sent\n")
        let target: FormatID
        do {
            target = try FormatID(parsing: route.output.target)
        } catch {
            throw CommandFailure.invalid("\(route.keyPath).output: \(error.message)")
        }
        let run = DocumentTranslator(source: profile, destination: destination, sequence: nil,
                                     timestamp: try EnvelopeTimestamp.command(self.at))
        var diagnostics = Diagnostics()
        let documents = try CommandFailure.translating { () throws(TranslationFailure) in try run.parse(payload, envelope: envelope, into: &diagnostics) }
        DiagnosticReport.printLines(diagnostics)
        guard !diagnostics.hasErrors else {
            throw CommandFailure.invalid("the input has \(diagnostics.errorCount) error(s); nothing would be sent")
        }
        var outputDiagnostics = Diagnostics()
        let bytes = try CommandFailure.translating { () throws(TranslationFailure) in try run.serialize(documents, as: target, envelope: envelope, into: &outputDiagnostics) }
        DiagnosticReport.printLines(outputDiagnostics)
        out.write("output:\n")
        out.write(bytes)
    }
}
