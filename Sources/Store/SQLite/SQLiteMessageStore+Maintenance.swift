import Foundation
import GRDB

extension SQLiteMessageStore {
    public func prune(_ rule: RetentionRule) async throws(StoreError) -> PruneReport {
        guard !rule.states.isEmpty else { return PruneReport(messages: 0, bytesBefore: self.fileSize, bytesAfter: self.fileSize) }
        let before = self.fileSize
        let states = rule.states.map(\.rawValue)
        let cutoff = rule.olderThan.timeIntervalSince1970
        let removed = try await self.writing("prune messages") { db in
            try db.execute(sql: """
                DELETE FROM message WHERE state IN (\(states.map { _ in "?" }.joined(separator: ", ")))
                AND updated_at < ?
                """, arguments: StatementArguments(states) + [cutoff])
            return db.changesCount
        }
        do {
            try await self.pool.writeWithoutTransaction { db in
                try db.execute(sql: "VACUUM")
                try db.checkpoint(.truncate)
            }
        } catch {
            throw StoreError("store.database", "cannot return space after pruning \(self.path): \(Self.reason(error))")
        }
        return PruneReport(messages: removed, bytesBefore: before, bytesAfter: self.fileSize)
    }

    /// The database file's size with its write-ahead log.
    var fileSize: Int64 {
        [self.path, self.path + "-wal"].reduce(0) { total, file in
            let size = (try? FileManager.default.attributesOfItem(atPath: file)[.size] as? NSNumber)?.int64Value
            return total + (size ?? 0)
        }
    }

    public func nextSequenceValue(_ name: String, count: Int, maximum: Int) throws(StoreError) -> Int {
        do {
            return try self.pool.write { db in
                let last = try Int.fetchOne(db, sql: "SELECT last FROM sequence WHERE name = ?", arguments: [name]) ?? 0
                let first = last + count > maximum ? 1 : last + 1
                try db.execute(sql: """
                    INSERT INTO sequence (name, last) VALUES (?, ?) ON CONFLICT(name) DO UPDATE SET last = excluded.last
                    """, arguments: [name, first + count - 1])
                return first
            }
        } catch {
            throw StoreError("store.database", "cannot advance the sequence \(name) in \(self.path): \(Self.reason(error))")
        }
    }
}
