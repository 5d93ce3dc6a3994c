import Foundation
import GRDB
#if canImport(Glibc)
import Glibc
#endif

/// The embedded message store: one SQLite file in WAL mode, committed with `synchronous=FULL` so that a returned
/// intake survives power loss. Safe to share between tasks; SQLite serializes the writes.
public final class SQLiteMessageStore: MessageStore {
    /// The database file.
    public let path: String
    let pool: DatabasePool

    /// Opens (creating when missing) the store at `path` and brings its schema up to date.
    public init(path: String) throws(StoreError) {
        self.path = path
        var configuration = Configuration()
        configuration.busyMode = .timeout(10)
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = FULL")
        }
        do {
            let folder = (path as NSString).deletingLastPathComponent
            if !folder.isEmpty { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) }
            // Processes opening the same new store at once (the daemon and a `wharf messages` command) would run the
            // same migrations side by side; an exclusive lock on the folder lets one at a time migrate.
            let lock = Self.lockFolder(folder.isEmpty ? "." : folder)
            defer { Self.unlock(lock) }
            self.pool = try DatabasePool(path: path, configuration: configuration)
            try SQLiteSchema.migrator.migrate(self.pool)
        } catch {
            throw StoreError("store.database", "cannot open the message store \(path): \(Self.reason(error))")
        }
    }

    /// Takes an exclusive `flock` on `folder` (waiting for another process's), or returns -1 when it cannot.
    private static func lockFolder(_ folder: String) -> Int32 {
        let descriptor = open(folder, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return -1 }
        while flock(descriptor, LOCK_EX) != 0 {
            guard errno == EINTR else {
                close(descriptor)
                return -1
            }
        }
        return descriptor
    }

    private static func unlock(_ descriptor: Int32) {
        guard descriptor >= 0 else { return }
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }

    /// Runs `body` in one write transaction, mapping database errors to ``StoreError``.
    func writing<T: Sendable>(_ what: String, _ body: @escaping @Sendable (Database) throws -> T)
        async throws(StoreError) -> T {
        do {
            return try await self.pool.write(body)
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError("store.database", "cannot \(what) in \(self.path): \(Self.reason(error))")
        }
    }

    /// Runs `body` on a read snapshot, mapping database errors to ``StoreError``.
    func reading<T: Sendable>(_ what: String, _ body: @escaping @Sendable (Database) throws -> T)
        async throws(StoreError) -> T {
        do {
            return try await self.pool.read(body)
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError("store.database", "cannot \(what) in \(self.path): \(Self.reason(error))")
        }
    }

    static func reason(_ error: any Error) -> String {
        if let database = error as? DatabaseError { return database.message ?? "\(database.resultCode)" }
        return "\(error)"
    }

    /// Reads one message row inside a transaction, or fails with `store.not-found`.
    static func fetch(_ db: Database, _ id: MessageID) throws -> StoredMessage {
        guard let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT * FROM message WHERE id = ?"), arguments: [id.rawValue]) else {
            throw StoreError("store.not-found", "no message \(id)")
        }
        return StoredMessage(row: row)
    }
}
