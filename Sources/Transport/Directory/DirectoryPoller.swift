import Foundation
import Logging
import ServiceLifecycle
import WharfCore
#if canImport(Glibc)
import Glibc
#endif

/// Takes files from a local inbox folder into the sink, exactly once.
///
/// A file is taken only when it is complete: its size and modification time are the same in two listings in a row.
/// Its bytes go to the sink first; only once the sink has stored them (its receipt) is the file moved to the archive
/// folder (under a unique name) or deleted, and the sink told. A crash between the two leaves the file in the inbox;
/// the next run hands it over again and the sink recognises the redelivery.
public final class DirectoryPoller: Service, Sendable {
    /// What and how to poll.
    public struct Settings: Sendable {
        public var folder: String
        /// A glob over file names (`*.edi`); hidden files and names ending in `.part` or `.tmp` are never taken.
        public var pattern: String
        /// Where taken files go; `nil` deletes them instead.
        public var archive: String?
        public var interval: Duration
        public var maxFilesPerPoll: Int
        public var partner: String?
        public var channel: String?

        public init(folder: String, pattern: String = "*", archive: String?, interval: Duration = .milliseconds(250),
                    maxFilesPerPoll: Int = 500, partner: String?, channel: String?) {
            self.folder = folder
            self.pattern = pattern
            self.archive = archive
            self.interval = interval
            self.maxFilesPerPoll = maxFilesPerPoll
            self.partner = partner
            self.channel = channel
        }
    }

    /// A file's size and modification time as one listing saw them.
    public struct FileStamp: Sendable, Hashable {
        public var size: Int64
        public var modified: Double
    }

    public let settings: Settings
    private let sink: any InboundSink
    private let logger: Logger

    public init(settings: Settings, sink: any InboundSink, logger: Logger) {
        self.settings = settings
        self.sink = sink
        self.logger = logger
    }

    public func run() async throws {
        try FileManager.default.createDirectory(atPath: self.settings.folder, withIntermediateDirectories: true)
        var previous: [String: FileStamp] = [:]
        while !Task.isShuttingDownGracefully, !Task.isCancelled {
            previous = await self.poll(previous: previous)
            try? await cancelWhenGracefulShutdown { try await Task.sleep(for: self.settings.interval) }
        }
    }

    /// One listing: hands over the files whose stamp equals `previous`'s, oldest first; returns this listing's
    /// stamps of the files still in the inbox, for the next call.
    public func poll(previous: [String: FileStamp]) async -> [String: FileStamp] {
        let listing = self.list()
        var next = listing
        let stable = listing.filter { previous[$0.key] == $0.value }
            .sorted { ($0.value.modified, $0.key) < ($1.value.modified, $1.key) }
            .prefix(self.settings.maxFilesPerPoll)
        for chunk in Array(stable).chunked(Self.batchSize) {
            if Task.isShuttingDownGracefully { break }
            for name in await self.take(chunk) { next[name] = nil }
        }
        return next
    }

    /// The inbox's matching regular files and their stamps.
    func list() -> [String: FileStamp] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: self.settings.folder) else { return [:] }
        var stamps: [String: FileStamp] = [:]
        for name in names where Self.isCandidate(name, pattern: self.settings.pattern) {
            var status = stat()
            guard stat(self.path(of: name), &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else { continue }
            let modified = Double(status.st_mtim.tv_sec) + Double(status.st_mtim.tv_nsec) / 1e9
            stamps[name] = FileStamp(size: Int64(status.st_size), modified: modified)
        }
        return stamps
    }

    /// Whether a file named `name` may be taken: it matches `pattern` and is neither hidden nor temporary.
    public static func isCandidate(_ name: String, pattern: String) -> Bool {
        guard !name.hasPrefix("."), !name.hasSuffix(".part"), !name.hasSuffix(".tmp") else { return false }
        return fnmatch(pattern, name, 0) == 0
    }

    private func path(of name: String) -> String { (self.settings.folder as NSString).appendingPathComponent(name) }

    /// Files handed to the sink in one commit.
    static let batchSize = 64

    /// Hands `files` to the sink in one batch, then releases them (moved to the archive or deleted, with one fsync
    /// per folder) and tells the sink; returns the names that left the inbox.
    private func take(_ files: [(key: String, value: FileStamp)]) async -> [String] {
        var batch: [(payload: Payload, origin: Origin)] = []
        for (name, stamp) in files {
            guard let data = FileManager.default.contents(atPath: self.path(of: name)), Int64(data.count) == stamp.size
            else { continue }
            let origin = Origin(transport: "directory", partner: self.settings.partner, channel: self.settings.channel,
                                remote: name)
            batch.append((Payload(bytes: [UInt8](data), name: name), origin))
        }
        guard !batch.isEmpty else { return [] }
        let receipts: [Receipt]
        do {
            receipts = try await self.sink.accept(batch)
        } catch {
            self.logger.error("inbound files not stored; they stay in the inbox", metadata: [
                "files": "\(batch.count)", "first": "\(batch[0].payload.name ?? "-")", "error": "\(error)",
            ])
            return []
        }
        var released: [Receipt] = []
        var names: [String] = []
        for (item, receipt) in zip(batch, receipts) {
            let name = item.payload.name ?? ""
            do {
                if let archive = self.settings.archive {
                    try DurableFile.move(self.path(of: name), into: archive, sync: false)
                } else {
                    try DurableFile.remove(self.path(of: name), sync: false)
                }
                released.append(receipt)
                names.append(name)
            } catch {
                await self.sink.sourceNotReleased(receipt, reason: "stored, but the file could not be "
                    + (self.settings.archive == nil ? "deleted" : "archived") + ": \(error)")
                self.logger.error("inbound file stored but not released; it will be recognised when seen again",
                                  metadata: ["file": "\(name)", "message": "\(receipt.id)", "error": "\(error)"])
            }
        }
        do {
            try DurableFile.sync(folder: self.settings.folder)
            if let archive = self.settings.archive { try DurableFile.sync(folder: archive) }
            try await self.sink.sourcesReleased(released)
        } catch {
            self.logger.error("inbound files moved but their release not recorded; they will be recognised if seen again",
                              metadata: ["files": "\(released.count)", "error": "\(error)"])
        }
        return names
    }
}

extension Array {
    /// The elements in consecutive slices of at most `size`.
    func chunked(_ size: Int) -> [[Element]] {
        stride(from: 0, to: self.count, by: size).map { Array(self[$0..<Swift.min($0 + size, self.count)]) }
    }
}
