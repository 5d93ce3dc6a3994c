import Foundation
import Logging
import Partners
import Pipeline
import Store
import WharfCore
import WharfTestSupport

/// The daemon's parts over the example partners, with every channel a local folder in a temporary directory and
/// its own store, driven one step at a time (no timers: deterministic on a loaded machine). The daemon as a process
/// is tested in EndToEndTests.
final class DaemonHarness: Sendable {
    let folder: TemporaryFolder
    let store: SQLiteMessageStore
    let folders: LocalFolders
    let parts: WharfDaemon.Components
    let logger: Logger

    init(_ label: String, duplicates: DuplicatePolicy = .skip) throws {
        self.folder = try TemporaryFolder(label)
        self.store = try SQLiteMessageStore(path: self.folder.url.appendingPathComponent("wharf.sqlite").path)
        self.folders = LocalFolders(root: self.folder.url.appendingPathComponent("var").path)
        var diagnostics = Diagnostics()
        let partners = PartnerDirectory.load(WharfProcess.repositoryRoot.appendingPathComponent("partners/examples"),
                                             into: &diagnostics)
        precondition(!diagnostics.hasErrors, "the example partners must load")
        var logger = Logger(label: "wharf-test") { _ in SwiftLogNoOpLogHandler() }
        logger.logLevel = .critical
        self.logger = logger
        var configuration = DaemonConfiguration(storePath: self.store.path, localRoot: self.folders.root,
                                                pollInterval: .milliseconds(50))
        configuration.duplicates.defaultPolicy = duplicates
        let daemon = WharfDaemon(configuration: configuration, partners: partners, store: self.store, logger: logger)
        self.parts = daemon.components()
    }

    /// One round of the daemon: every poller lists twice (a file must be stable over two listings), then every
    /// stored message is translated and every output delivered.
    func step() async throws {
        for poller in self.parts.pollers {
            let stamps = await poller.poll(previous: [:])
            _ = await poller.poll(previous: stamps)
        }
        try await self.parts.translation.drain()
        try await self.parts.delivery.drain()
    }

    /// Drops `bytes` into `partner`'s inbox as `name` (written aside, then renamed, as a careful sender does).
    func drop(_ bytes: [UInt8], as name: String, for partner: String) throws {
        let inbox = self.folders.inbox(partner)
        try FileManager.default.createDirectory(atPath: inbox, withIntermediateDirectories: true)
        let temporary = (inbox as NSString).appendingPathComponent(".\(name).tmp")
        try Data(bytes).write(to: URL(fileURLWithPath: temporary))
        try FileManager.default.moveItem(atPath: temporary, toPath: (inbox as NSString).appendingPathComponent(name))
    }

    /// The files in `partner`'s outbox, sorted by name.
    func outbox(_ partner: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: self.folders.outbox(partner))) ?? []).sorted()
    }

    func archive(_ partner: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: self.folders.archive(partner))) ?? []).sorted()
    }

    func read(outbox partner: String, _ name: String) throws -> String {
        try String(contentsOfFile: (self.folders.outbox(partner) as NSString).appendingPathComponent(name), encoding: .utf8)
    }

    static func example(_ path: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: WharfProcess.repositoryRoot.appendingPathComponent(path)))
    }
}
