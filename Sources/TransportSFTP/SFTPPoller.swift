import Foundation
import Logging
import ServiceLifecycle
import Synchronization
import Transport
import WharfCore
#if canImport(Glibc)
import Glibc
#endif

/// Takes files from a partner's SFTP drop folder into the sink, exactly once.
///
/// A file is taken only when complete: by default its size and modification time are the same in two listings in a
/// row (`stability: two-listings`); with `done-file`, when `NAME<doneSuffix>` exists beside it; with `rename`, at
/// first sight (the sender renames it from a temporary name). Its bytes are
/// downloaded (the size checked against the listing) and stored through the sink; only after the sink's commit is
/// the remote file moved to the archive folder under a unique name (SFTP v3 cannot rename onto an existing file) or
/// deleted. If the poller dies between the commit and the move, the next poll downloads the same file again and the
/// sink recognises the redelivery (same channel, path and bytes, source never released): it is moved without being
/// processed twice. The session is reused between polls and rebuilt with backoff when the server goes away.
public final class SFTPPoller: Service, Sendable {
    /// What to poll and how.
    public struct Settings: Sendable {
        public var endpoint: SFTPEndpoint
        public var inbox: String
        /// Where taken files go; `nil` deletes them.
        public var archive: String?
        public var pattern: String
        public var stability: Stability
        public var interval: Duration
        public var maxFilesPerPoll: Int
        public var partner: String?
        public var channel: String?
        /// Files larger than this are downloaded into a local spool file and stored from there in pieces, so memory
        /// stays bounded whatever their size; smaller ones are read into memory.
        public var spoolAbove: UInt64 = 8 << 20
        /// The local folder for spool files (the system's temporary folder when `nil`).
        public var spoolFolder: String?
        /// Files larger than this are left in the drop folder with an error, never downloaded (the store keeps a body
        /// of at most 1,000,000,000 bytes, SQLite's default limit).
        public var maximumFileBytes: UInt64 = 1_000_000_000

        /// When a remote file counts as complete.
        public enum Stability: Sendable, Hashable {
            /// Size and modification time unchanged over two listings.
            case twoListings
            /// `NAME<suffix>` exists beside it.
            case doneFile(suffix: String)
            /// At first sight: the sender writes under a temporary name (hidden, `.part`, `.tmp`) and renames.
            case renamed
        }

        public init(endpoint: SFTPEndpoint, inbox: String, archive: String?, pattern: String = "*",
                    stability: Stability = .twoListings, interval: Duration = .seconds(60), maxFilesPerPoll: Int = 100,
                    partner: String?, channel: String?) {
            self.endpoint = endpoint
            self.inbox = inbox
            self.archive = archive
            self.pattern = pattern
            self.stability = stability
            self.interval = interval
            self.maxFilesPerPoll = maxFilesPerPoll
            self.partner = partner
            self.channel = channel
        }
    }

    public let settings: Settings
    private let sink: any InboundSink
    /// Files already reported as too large (reported once per name, size and time, not at every poll).
    private let reportedTooLarge = Mutex<Set<RemoteFile>>([])
    private let logger: Logger
    private let session: SFTPSessionKeeper

    public init(settings: Settings, sink: any InboundSink, logger: Logger) {
        self.settings = settings
        self.sink = sink
        self.logger = logger
        self.session = SFTPSessionKeeper(endpoint: settings.endpoint)
    }

    public func run() async throws {
        var previous: [String: RemoteFile] = [:]
        var failures = 0
        while !Task.isShuttingDownGracefully, !Task.isCancelled {
            do {
                previous = try await self.poll(previous: previous)
                failures = 0
            } catch {
                failures += 1
                await self.session.reset()
                self.logger.warning("SFTP poll failed; will try again", metadata: [
                    "partner": "\(self.settings.partner ?? "-")", "channel": "\(self.settings.channel ?? "-")",
                    "error": "\(error)", "failures": "\(failures)",
                ])
            }
            let pause = failures == 0 ? self.settings.interval
                : min(.seconds(300), self.settings.interval * Double(1 << min(failures, 6)))
            await self.idle(for: pause)
        }
        await self.session.reset()
    }

    /// Waits until the next poll, keeping the session alive meanwhile; returns early on shutdown.
    private func idle(for pause: Duration) async {
        var remaining = pause
        while remaining > .zero, !Task.isShuttingDownGracefully, !Task.isCancelled {
            let slice = min(remaining, self.settings.endpoint.probeInterval)
            try? await cancelWhenGracefulShutdown { try await Task.sleep(for: slice) }
            remaining -= slice
            await self.session.keepAlive()
        }
    }

    /// One listing: hands over the complete files, oldest first, and returns this listing for the next call.
    public func poll(previous: [String: RemoteFile]) async throws(SFTPError) -> [String: RemoteFile] {
        let connection = try await self.session.connection()
        let listing = try await connection.list(self.settings.inbox)
        let names = Set(listing.map(\.name))
        var current: [String: RemoteFile] = [:]
        for file in listing where file.isRegular && Self.isCandidate(file.name, pattern: self.settings.pattern) {
            if case .doneFile(let suffix) = self.settings.stability, file.name.hasSuffix(suffix) { continue }
            current[file.name] = file
        }
        let complete = current.values.filter { file in
            switch self.settings.stability {
            case .twoListings: previous[file.name] == file
            case .doneFile(let suffix): names.contains(file.name + suffix)
            case .renamed: true
            }
        }.filter { self.fitsTheStore($0) }
            .sorted { ($0.modified, $0.name) < ($1.modified, $1.name) }.prefix(self.settings.maxFilesPerPoll)
        for file in complete {
            if Task.isShuttingDownGracefully { break }
            try await self.take(file, over: connection)
            current[file.name] = nil
        }
        return current
    }

    /// Whether `file` is small enough to store; a larger one is reported (once) and left where it is.
    private func fitsTheStore(_ file: RemoteFile) -> Bool {
        guard file.size > self.settings.maximumFileBytes else { return true }
        if self.reportedTooLarge.withLock({ $0.insert(file).inserted }) {
            self.logger.error("remote file too large to store; it stays in the drop folder", metadata: [
                "file": "\(file.name)", "bytes": "\(file.size)", "limit": "\(self.settings.maximumFileBytes)",
                "partner": "\(self.settings.partner ?? "-")", "channel": "\(self.settings.channel ?? "-")",
            ])
        }
        return false
    }

    /// Whether a remote file named `name` may be taken: it matches `pattern`, and is neither hidden nor temporary.
    public static func isCandidate(_ name: String, pattern: String) -> Bool {
        guard !name.hasPrefix("."), !name.hasSuffix(".part"), !name.hasSuffix(".tmp") else { return false }
        return fnmatch(pattern, name, 0) == 0
    }

    /// Downloads, stores and releases one file.
    private func take(_ file: RemoteFile, over connection: SFTPConnection) async throws(SFTPError) {
        let path = self.settings.inbox + "/" + file.name
        guard let receipt = try await self.store(file, at: path, over: connection) else { return }
        do {
            try await self.release(file, at: path, over: connection)
        } catch {
            guard error.code != "sftp.closed" else { throw error }
            let reason = "stored, but the remote file could not be "
                + (self.settings.archive == nil ? "deleted" : "archived") + ": \(error.message)"
            self.logger.error("remote file stored but not released; it stays and is recognised when seen again",
                              metadata: [
                                  "file": "\(file.name)", "message": "\(receipt.id)", "error": "\(error.message)",
                                  "partner": "\(self.settings.partner ?? "-")",
                              ])
            await self.sink.sourceNotReleased(receipt, reason: reason)
            return
        }
        if case .doneFile(let suffix) = self.settings.stability { try? await connection.remove(path + suffix) }
        do {
            try await self.sink.sourceReleased(receipt)
        } catch {
            self.logger.error("remote file moved but its release not recorded", metadata: [
                "file": "\(file.name)", "message": "\(receipt.id)", "error": "\(error)",
            ])
        }
    }

    /// Downloads the file (into memory, or into a spool file when large) and stores it through the sink.
    /// - Returns: the sink's receipt, or `nil` when the file changed while downloading or the sink refused it (it
    ///   stays in the drop folder and is taken at a later poll).
    private func store(_ file: RemoteFile, at path: String, over connection: SFTPConnection) async throws(SFTPError)
        -> Receipt? {
        let origin = Origin(transport: "sftp", partner: self.settings.partner, channel: self.settings.channel,
                            remote: path)
        let metadata: Logger.Metadata = ["file": "\(file.name)", "partner": "\(self.settings.partner ?? "-")"]
        if file.size > self.settings.spoolAbove {
            let folder = self.settings.spoolFolder ?? NSTemporaryDirectory()
            let spool = (folder as NSString).appendingPathComponent("wharf-sftp-\(UUID().uuidString).spool")
            defer { unlink(spool) }
            let payload = try await connection.download(path, to: spool, name: file.name)
            return await self.accept(size: payload.size, of: file, metadata: metadata) {
                try await self.sink.accept(spooled: payload, from: origin)
            }
        }
        let bytes = try await connection.read(path)
        return await self.accept(size: bytes.count, of: file, metadata: metadata) {
            try await self.sink.accept(Payload(bytes: bytes, name: file.name), from: origin)
        }
    }

    private func accept(size: Int, of file: RemoteFile, metadata: Logger.Metadata,
                        _ accept: () async throws -> Receipt) async -> Receipt? {
        guard UInt64(size) == file.size else {
            self.logger.notice("remote file changed while downloading; taken at a later poll", metadata: metadata)
            return nil
        }
        do {
            return try await accept()
        } catch {
            self.logger.error("remote file not stored; it stays in the drop folder",
                              metadata: metadata.merging(["error": "\(error)"]) { $1 })
            return nil
        }
    }

    /// Moves the file to the archive under a name not taken yet, or deletes it.
    private func release(_ file: RemoteFile, at path: String, over connection: SFTPConnection) async throws(SFTPError) {
        guard let archive = self.settings.archive else {
            try await connection.remove(path)
            return
        }
        try await connection.makeDirectory(archive)
        let stem = (file.name as NSString).deletingPathExtension
        let suffix = (file.name as NSString).pathExtension.isEmpty ? "" : "." + (file.name as NSString).pathExtension
        var attempt = 0
        while true {
            let target = archive + "/" + (attempt == 0 ? file.name : "\(stem)-\(attempt)\(suffix)")
            if try await connection.stat(target) == nil {
                try await connection.rename(path, to: target)
                return
            }
            attempt += 1
        }
    }
}

/// Keeps one SFTP session per channel between polls, probes it with a keepalive when it has been idle, and
/// rebuilds it when it is gone or after a failure.
actor SFTPSessionKeeper {
    let endpoint: SFTPEndpoint
    private var current: SFTPConnection?
    private var lastUsed = ContinuousClock.now

    init(endpoint: SFTPEndpoint) { self.endpoint = endpoint }

    /// The session, rebuilt first when a keepalive finds it gone after an idle spell.
    func connection() async throws(SFTPError) -> SFTPConnection {
        await self.keepAlive()
        defer { self.lastUsed = .now }
        if let current = self.current { return current }
        let connection = try await SFTPConnection.connect(self.endpoint)
        self.current = connection
        return connection
    }

    /// Probes a session idle for at least the endpoint's probe interval; closes it when it is gone.
    func keepAlive() async {
        guard let current = self.current, ContinuousClock.now - self.lastUsed >= self.endpoint.probeInterval else { return }
        do {
            try await current.probe()
            self.lastUsed = .now
        } catch {
            // A status answer (a server that will not stat its home folder) still proves the session alive.
            if error.code == "sftp.closed" { await self.reset() }
        }
    }

    func reset() async {
        await self.current?.close()
        self.current = nil
    }
}
