import ArgumentParser
import Foundation
import HL7v2Mapping
import NIOCore
import Transport
import TransportMLLP

/// `wharf mllp listen`: an MLLP listener storing each message in a folder (fsynced) before its ACK.
struct MLLPListenCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "listen",
        abstract: "Listen for HL7 v2 over MLLP; store each message in a folder, then ACK it (AA, AE or AR).",
        discussion: """
            Each message is written to its own file in --store and fsynced before the ACK is sent; a message that \
            cannot be stored is answered AR. Invalid messages are stored too and answered AE (AR for an unsupported \
            type or version) with one ERR segment per problem. Stops on SIGINT or SIGTERM.
            """)

    @Option(help: "The address to bind.")
    var host: String = "127.0.0.1"

    @Option(help: "The port (0 picks a free one, printed at start).")
    var port: Int = 2575

    @Option(help: "The folder messages are stored in.")
    var store: String = "var/mllp-inbox"

    @Option(help: "The largest message accepted, in bytes.")
    var maxBytes: Int = 1 << 20

    @Option(help: "Seconds a connection may stay silent before it is closed.")
    var idleTimeout: Int = 300

    func run() async throws {
        let sink = try DirectorySink(folder: URL(fileURLWithPath: self.store))
        let listener = MLLPListener(
            configuration: .init(host: self.host, port: self.port, maximumMessageBytes: self.maxBytes,
                                 idleTimeout: .seconds(Int64(self.idleTimeout))),
            sink: sink, acknowledger: HL7v2InboundAcknowledger())
        let bound = try await listener.start()
        FileOutput.standardError.write("listening for MLLP on \(self.host):\(bound); storing into \(self.store)\n")
        let (stop, continuation) = AsyncStream<Int32>.makeStream()
        var sources: [any DispatchSourceSignal] = []
        for number in [SIGINT, SIGTERM] {
            Foundation.signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number)
            source.setEventHandler { continuation.yield(number) }
            source.resume()
            sources.append(source)
        }
        for await _ in stop { break }
        sources.forEach { $0.cancel() }
        try await listener.stop()
        FileOutput.standardError.write("stopped\n")
    }
}
