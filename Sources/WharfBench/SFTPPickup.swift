import Foundation
import Logging
import Partners
import Pipeline
import Store
import Transport
import TransportSFTP
import WharfCore

/// SFTP pickup throughput on loopback, the daemon's way: the poller lists the drop folder twice (the stability
/// rule), downloads every file (large ones through a spool file), stores it through the daemon's sink in a fresh
/// SQLite message store (one durable commit per file), and archives it on the server. Reported as files/s and MB/s
/// with the process's peak RSS (a large file shows whether memory stays bounded).
enum SFTPPickup {
    /// `arguments`: PORT PRIVATE-KEY FINGERPRINT INBOX ARCHIVE.
    static func measure(_ arguments: [String]) async throws -> String {
        guard arguments.count == 5, let port = Int(arguments[0]) else {
            return "usage: wharf-bench sftp-pickup PORT PRIVATE-KEY FINGERPRINT INBOX ARCHIVE"
        }
        let endpoint = SFTPEndpoint(host: "127.0.0.1", port: port, user: "root",
                                    authentication: .publicKey(privateKeyPath: arguments[1], passphrase: nil),
                                    hostKey: .fingerprint(arguments[2]), timeout: .seconds(60))
        let work = NSTemporaryDirectory() + "wharf-bench-pickup-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: work + "/spool", withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: work) }
        let store = try SQLiteMessageStore(path: work + "/wharf.sqlite")
        var diagnostics = Diagnostics()
        let logger = Logger(label: "bench") { _ in SwiftLogNoOpLogHandler() }
        let sink = StoreInboundSink(store: store, partners: PartnerDirectory.load(URL(fileURLWithPath: work + "/none"),
                                                                                into: &diagnostics),
                                    translationWork: WorkSignal(), logger: logger)
        var settings = SFTPPoller.Settings(endpoint: endpoint, inbox: arguments[3], archive: arguments[4],
                                           maxFilesPerPoll: 1_000_000, partner: "bench", channel: "sftp-in")
        settings.spoolFolder = work + "/spool"
        let poller = SFTPPoller(settings: settings, sink: sink, logger: logger)
        let listing = try await poller.poll(previous: [:])
        let start = Clock.now()
        _ = try await poller.poll(previous: listing)
        let seconds = Clock.now() - start
        let stored = try await store.messages(matching: MessageFilter(direction: .inbound, limit: 1_000_000))
        let (files, bytes) = (stored.count, stored.reduce(0) { $0 + $1.size })
        return String(format: "sftp-pickup %6d files %9.1f MB %8.3f s %10.1f files/s %8.1f MB/s peak RSS %7.1f MB",
                      files, Double(bytes) / 1e6, seconds, Double(files) / seconds, Double(bytes) / 1e6 / seconds,
                      BenchReport.peakResidentMegabytes())
    }
}
