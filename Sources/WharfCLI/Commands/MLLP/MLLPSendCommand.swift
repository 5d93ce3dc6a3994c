import ArgumentParser
import HL7v2
import NIOCore
import TransportMLLP
import WharfCore

/// `wharf mllp send FILE`: each message of FILE over MLLP, one after another, printing each ACK.
struct MLLPSendCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "send",
        abstract: "Send the HL7 v2 messages of a file over MLLP, waiting for each ACK (printed, CR as line breaks).",
        discussion: "Exit status: 0 when every message was answered AA or CA, 1 otherwise, 2 when a message got no ACK.")

    @Argument(help: "The file of HL7 v2 messages; '-' reads standard input.")
    var file: String

    @Option(help: "The listener's host.")
    var host: String = "127.0.0.1"

    @Option(help: "The listener's port.")
    var port: Int = 2575

    @Option(help: "Seconds to wait for each ACK.")
    var timeout: Int = 30

    @Option(help: "How many times to try again after a timeout or a broken connection.")
    var retries: Int = 3

    func run() async throws {
        let payload: Payload
        do {
            payload = try InputSource.payload(self.file)
        } catch {
            throw error.report()
        }
        let messages = HL7v2Reader.read(payload.bytes).messages
        guard !messages.isEmpty else { throw CommandFailure.invalid("the input holds no HL7 v2 message").report() }
        let sender = MLLPSender(configuration: .init(host: self.host, port: self.port,
                                                     acknowledgmentTimeout: .seconds(Int64(self.timeout)),
                                                     retries: self.retries))
        var accepted = true
        for message in messages {
            let ack: [UInt8]
            do {
                ack = try await sender.send(message.bytes)
            } catch {
                throw CommandFailure.io("message \(message.controlID ?? "?"): \(error)").report()
            }
            let text = String(decoding: ack, as: UTF8.self)
            FileOutput.standardOutput.write(text.replacingOccurrences(of: "\r", with: "\n"))
            let code = text.split(separator: "\r").first { $0.hasPrefix("MSA") }?.split(separator: "|").dropFirst().first
            if code != "AA", code != "CA" { accepted = false }
        }
        if !accepted { throw CommandExit.invalid }
    }
}
