import Foundation
import Logging
import Transport
import TransportSFTP
import WharfCore

/// SFTP pickup throughput on loopback: the poller lists the drop folder twice (the stability rule), downloads every
/// file, hands it to a sink that only counts it, and archives it on the server. Reported as files/s and MB/s with the
/// process's peak RSS (a large file shows whether memory stays bounded).
enum SFTPPickup {
    /// Counts what it is given; stores nothing.
    actor CountingSink: InboundSink {
        var files = 0
        var bytes = 0

        func accept(_ payload: Payload, from origin: Origin) async throws -> Receipt {
            self.files += 1
            self.bytes += payload.count
            return Receipt(id: "b\(self.files)")
        }
    }

    /// `arguments`: PORT PRIVATE-KEY FINGERPRINT INBOX ARCHIVE.
    static func measure(_ arguments: [String]) async throws -> String {
        guard arguments.count == 5, let port = Int(arguments[0]) else {
            return "usage: wharf-bench sftp-pickup PORT PRIVATE-KEY FINGERPRINT INBOX ARCHIVE"
        }
        let endpoint = SFTPEndpoint(host: "127.0.0.1", port: port, user: "root",
                                    authentication: .publicKey(privateKeyPath: arguments[1], passphrase: nil),
                                    hostKey: .fingerprint(arguments[2]), timeout: .seconds(60))
        let sink = CountingSink()
        let poller = SFTPPoller(settings: .init(endpoint: endpoint, inbox: arguments[3], archive: arguments[4],
                                                maxFilesPerPoll: 1_000_000, partner: "bench", channel: "sftp-in"),
                                sink: sink, logger: Logger(label: "bench") { _ in SwiftLogNoOpLogHandler() })
        let listing = try await poller.poll(previous: [:])
        let start = Clock.now()
        _ = try await poller.poll(previous: listing)
        let seconds = Clock.now() - start
        let (files, bytes) = (await sink.files, await sink.bytes)
        return String(format: "sftp-pickup %6d files %9.1f MB %8.3f s %10.1f files/s %8.1f MB/s peak RSS %7.1f MB",
                      files, Double(bytes) / 1e6, seconds, Double(files) / seconds, Double(bytes) / 1e6 / seconds,
                      BenchReport.peakResidentMegabytes())
    }
}
