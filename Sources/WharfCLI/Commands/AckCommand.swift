import ArgumentParser
import Foundation
import HL7v2
import HL7v2Mapping
import Pipeline
import WharfCore
import X12
import X12Mapping

/// `wharf ack FILE`: the 997, 999 or TA1 acknowledgment of an inbound X12 file.
struct AckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ack",
        abstract: "Write the acknowledgment of an inbound X12 interchange (997, 999, TA1) or HL7 v2 message (ACK).",
        discussion: """
            The input is validated as 'wharf validate' does, and every problem goes into the acknowledgment: AK3/AK4 \
            (IK3/IK4 in a 999) name the segment position (ST = 1), the element and the error code; AK5/IK5 accept or \
            reject each transaction set; AK9 each group. Without --type: TA1 when the interchange envelope itself is \
            broken, 999 when a group names an implementation guide (GS08 005010X…), 997 otherwise. Sender and \
            receiver are swapped from the inbound ISA; the inbound delimiters are kept. One acknowledgment \
            interchange is written per inbound interchange.

            HL7 v2: one ACK per message — MSA-1 AA, AE or AR (CA, CE, CR when the message asks for enhanced mode in \
            MSH-15/16), MSA-2 the message's MSH-10, one ERR per problem with ERR-2 the location and ERR-3 the table \
            0357 condition. --control-number numbers the ACKs' MSH-10.

            Exit status: 0 when an acknowledgment was written, whatever it says; 1 when the input holds no \
            interchange to acknowledge; 2 on usage or I/O errors.

            Examples:
              wharf ack examples/x12/850-bad-quantity.edi
              wharf ack --type 999 inbound.edi -o outbound/999.edi
            """
    )

    @OptionGroup var input: InputOptions

    @Option(name: .customLong("type"), help: "997, 999 or TA1, any case (default: chosen per interchange).")
    var kind: AckKind?

    @Option(name: .shortAndLong, help: "Write the acknowledgment to this file instead of standard output.")
    var output: String?

    @Option(help: "ISA13 of the (first) acknowledgment; further ones count up. GS06 takes the same number.")
    var controlNumber: Int = 1

    @Option(help: "The envelope date and time as CCYYMMDDHHMM (default: now, UTC), for reproducible output.")
    var at: String?

    func run() throws {
        do {
            try self.acknowledge()
        } catch {
            throw error.report()
        }
    }

    private func acknowledge() throws(CommandFailure) {
        let timestamp = try EnvelopeTimestamp.command(self.at)
        let source = try InputSource(path: self.input.file)
        let bytes = try source.readAll()
        source.close()
        if (self.input.from?.family ?? InputFamily.detect(bytes.prefix(512))) == .hl7v2 {
            try self.acknowledgeHL7(bytes, timestamp: timestamp)
            return
        }
        let reports = X12InterchangeReport.reports(for: bytes)
        guard !reports.isEmpty else {
            throw CommandFailure.invalid("the input holds no X12 interchange (no ISA segment) to acknowledge")
        }
        var out: [UInt8] = []
        for (index, report) in reports.enumerated() {
            let kind = self.kind?.value ?? X12AcknowledgmentKind.preferred(for: report)
            let writer = X12AcknowledgmentWriter(
                date: timestamp.date, time: timestamp.time, interchangeControlNumber: self.controlNumber + index,
                groupControlNumber: self.controlNumber + index)
            do {
                out += try writer.write(kind, for: report)
            } catch {
                throw CommandFailure.invalid(error.diagnostic.text)
            }
            let rejected = report.diagnostics.count + report.groups.reduce(0) {
                $0 + $1.diagnostics.count + $1.sets.reduce(0) { $0 + $1.diagnostics.count }
            }
            FileOutput.standardError.write(
                "\(kind.rawValue) for interchange \(report.control): \(rejected) problem\(rejected == 1 ? "" : "s") reported\n")
        }
        let file = try FileOutput.open(self.output ?? "-")
        file.write(out)
        try file.close()
    }

    /// One ACK per HL7 v2 message, from the reader's and the structure validator's diagnostics.
    private func acknowledgeHL7(_ bytes: [UInt8], timestamp: EnvelopeTimestamp) throws(CommandFailure) {
        let result = HL7v2Reader.read(bytes)
        let messages = result.messages.filter { $0.segments.first?.isHeader == true }
        guard !messages.isEmpty else {
            throw CommandFailure.invalid("the input holds no HL7 v2 message (no MSH segment) to acknowledge")
        }
        let validator = HL7v2StructureValidator()
        let writer = HL7v2AcknowledgmentWriter()
        var out: [UInt8] = []
        for (index, message) in messages.enumerated() {
            let diagnostics = message.diagnostics + validator.validate(message)
            do {
                out += try writer.acknowledgment(for: message, diagnostics: diagnostics,
                                                 timestamp: timestamp.date + timestamp.time + "00",
                                                 controlID: String(self.controlNumber + index))
            } catch {
                throw CommandFailure.invalid(error.diagnostic.text)
            }
            let code = writer.code(for: diagnostics, enhanced: false, stored: true)
            FileOutput.standardError.write("ACK for message \(index + 1): \(code), \(diagnostics.count) problem\(diagnostics.count == 1 ? "" : "s") reported\n")
        }
        let file = try FileOutput.open(self.output ?? "-")
        file.write(out)
        try file.close()
    }
}

/// `--type` values.
struct AckKind: ExpressibleByArgument {
    let value: X12AcknowledgmentKind

    init?(argument: String) {
        guard let kind = X12AcknowledgmentKind(rawValue: argument.uppercased()) else { return nil }
        self.value = kind
    }

    static var allValueStrings: [String] { X12AcknowledgmentKind.allCases.map(\.rawValue) }
}
