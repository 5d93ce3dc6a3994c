import Foundation
import GRDB
import GRDBSQLite
#if canImport(Glibc)
import Glibc
#endif

/// Message bodies moved between SQLite and files or arrays in pieces, through SQLite's incremental blob I/O: a
/// 200 MB body never sits in memory twice (nor once, when it comes from a file).
enum SQLiteBodyStream {
    /// The piece size for file copies.
    static let pieceSize = 1 << 20

    /// Inserts the body of `id` from `file`, inside the caller's transaction.
    /// - Throws: ``StoreError`` `store.body-file` when the file cannot be read or is not `file.size` bytes long.
    static func insert(_ db: Database, id: Int64, from file: BodyFile) throws {
        try db.cachedStatement(sql: "INSERT INTO message_body (message_id, bytes) VALUES (?, zeroblob(?))")
            .execute(arguments: [id, file.size])
        let descriptor = Glibc.open(file.path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw StoreError("store.body-file", "cannot read the spooled body \(file.path): \(String(cString: strerror(errno)))")
        }
        defer { close(descriptor) }
        let blob = try self.openBlob(db, id: id, writable: true)
        defer { sqlite3_blob_close(blob) }
        var buffer = [UInt8](repeating: 0, count: min(self.pieceSize, max(file.size, 1)))
        var offset = 0
        while offset < file.size {
            let wanted = min(buffer.count, file.size - offset)
            var count: Int
            repeat {
                count = buffer.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, wanted) }
            } while count < 0 && errno == EINTR
            guard count > 0 else {
                throw StoreError("store.body-file", "the spooled body \(file.path) ended after \(offset) of \(file.size) bytes")
            }
            let result = buffer.withUnsafeBytes { sqlite3_blob_write(blob, $0.baseAddress, Int32(count), Int32(offset)) }
            guard result == SQLITE_OK else { throw DatabaseError(resultCode: ResultCode(rawValue: result)) }
            offset += count
        }
        var extra: UInt8 = 0
        guard Glibc.read(descriptor, &extra, 1) == 0 else {
            throw StoreError("store.body-file", "the spooled body \(file.path) is longer than \(file.size) bytes")
        }
    }

    /// The body of `id` read straight into an array, or `nil` when there is none.
    static func bytes(_ db: Database, id: Int64) throws -> [UInt8]? {
        guard try Bool.fetchOne(db, sql: "SELECT 1 FROM message_body WHERE message_id = ?", arguments: [id]) == true
        else { return nil }
        let blob = try self.openBlob(db, id: id, writable: false)
        defer { sqlite3_blob_close(blob) }
        let size = Int(sqlite3_blob_bytes(blob))
        var result: Int32 = SQLITE_OK
        let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
            result = size == 0 ? SQLITE_OK : sqlite3_blob_read(blob, buffer.baseAddress, Int32(size), 0)
            count = result == SQLITE_OK ? size : 0
        }
        guard result == SQLITE_OK else { throw DatabaseError(resultCode: ResultCode(rawValue: result)) }
        return bytes
    }

    private static func openBlob(_ db: Database, id: Int64, writable: Bool) throws -> OpaquePointer {
        var blob: OpaquePointer?
        let result = sqlite3_blob_open(db.sqliteConnection, "main", "message_body", "bytes", id, writable ? 1 : 0, &blob)
        guard result == SQLITE_OK, let blob else {
            throw DatabaseError(resultCode: ResultCode(rawValue: result), message: db.lastErrorMessage)
        }
        return blob
    }
}
