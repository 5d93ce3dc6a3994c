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
        while !Task.isShuttingDownGracefully {
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
        for (name, stamp) in stable {
            if Task.isShuttingDownGracefully { break }
            if await self.take(name, stamp: stamp) { next[name] = nil }
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

    /// Hands one file to the sink and releases it; false when it stays in the inbox for a later poll.
    private func take(_ name: String, stamp: FileStamp) async -> Bool {
        let path = self.path(of: name)
        guard let data = FileManager.default.contents(atPath: path), Int64(data.count) == stamp.size else {
            return false
        }
        let origin = Origin(transport: "directory", partner: self.settings.partner, channel: self.settings.channel,
                            remote: name)
        let receipt: Receipt
        do {
            receipt = try await self.sink.accept(Payload(bytes: [UInt8](data), name: name), from: origin)
        } catch {
            self.logger.error("inbound file not stored; it stays in the inbox", metadata: [
                "file": "\(name)", "error": "\(error)",
            ])
            return false
        }
        do {
            if let archive = self.settings.archive {
                try DurableFile.move(path, into: archive)
            } else {
                try DurableFile.remove(path)
            }
            try await self.sink.sourceReleased(receipt)
        } catch {
            self.logger.error("inbound file stored but not released; it will be recognised when seen again", metadata: [
                "file": "\(name)", "message": "\(receipt.id)", "error": "\(error)",
            ])
        }
        return true
    }
}
