import Foundation
import GRDB

extension SQLiteMessageStore {
    public func message(_ id: MessageID) async throws(StoreError) -> StoredMessage? {
        try await self.reading("read a message") { db in
            try Row.fetchOne(db, sql: "SELECT * FROM message WHERE id = ?", arguments: [id.rawValue])
                .map(StoredMessage.init(row:))
        }
    }

    public func body(of id: MessageID) async throws(StoreError) -> [UInt8]? {
        try await self.reading("read a message's bytes") { db in
            try SQLiteBodyStream.bytes(db, id: id.rawValue)
        }
    }

    public func messages(matching filter: MessageFilter) async throws(StoreError) -> [StoredMessage] {
        var conditions: [String] = []
        var arguments = StatementArguments()
        if let partner = filter.partner {
            conditions.append("partner = ?")
            arguments += [partner]
        }
        if !filter.states.isEmpty {
            conditions.append("state IN (\(filter.states.map { _ in "?" }.joined(separator: ", ")))")
            arguments += StatementArguments(filter.states.map(\.rawValue))
        }
        if filter.flaggedOnly {
            conditions.append("flagged = 1")
        }
        if let direction = filter.direction {
            conditions.append("direction = ?")
            arguments += [direction.rawValue]
        }
        if let since = filter.since {
            conditions.append("updated_at >= ?")
            arguments += [since.timeIntervalSince1970]
        }
        if let until = filter.until {
            conditions.append("updated_at < ?")
            arguments += [until.timeIntervalSince1970]
        }
        if let parent = filter.parent {
            conditions.append("parent_id = ?")
            arguments += [parent.rawValue]
        }
        let condition = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        let sql = "SELECT * FROM message \(condition) ORDER BY id DESC LIMIT \(max(0, filter.limit))"
        let frozen = arguments
        return try await self.reading("list messages") { db in
            try Row.fetchAll(db, sql: sql, arguments: frozen).map(StoredMessage.init(row:))
        }
    }

    public func attempts(of id: MessageID) async throws(StoreError) -> [DeliveryAttempt] {
        try await self.reading("read delivery attempts") { db in
            try Row.fetchAll(db, sql: "SELECT * FROM delivery_attempt WHERE message_id = ? ORDER BY number",
                             arguments: [id.rawValue]).map { row in
                DeliveryAttempt(message: id, number: row["number"], at: Date(timeIntervalSince1970: row["at"]),
                                outcome: row["outcome"], status: row["status"], detail: row["detail"],
                                idempotencyKey: row["idempotency_key"])
            }
        }
    }

    public func stateCounts() async throws(StoreError) -> [StateCount] {
        try await self.reading("count messages") { db in
            try Row.fetchAll(db, sql: """
                SELECT state, direction, partner, format, COUNT(*) AS count FROM message
                GROUP BY state, direction, partner, format ORDER BY state, direction, partner, format
                """).compactMap { row in
                guard let state = MessageState(rawValue: row["state"]),
                      let direction = MessageDirection(rawValue: row["direction"]) else { return nil }
                return StateCount(state: state, direction: direction, partner: row["partner"], format: row["format"],
                                  count: row["count"])
            }
        }
    }

    public func overdueAcknowledgments(now: Date) async throws(StoreError) -> [OverdueAcknowledgment] {
        let now = now.timeIntervalSince1970
        return try await self.reading("list overdue acknowledgments") { db in
            try Row.fetchAll(db, sql: """
                SELECT * FROM expected_acknowledgment WHERE satisfied_at IS NULL AND due_at < ? ORDER BY due_at
                """, arguments: [now]).map { row in
                OverdueAcknowledgment(message: MessageID(rawValue: row["message_id"]), partner: row["partner"],
                                      acknowledgment: AcknowledgmentKey(kind: row["kind"], key: row["key"]),
                                      dueAt: Date(timeIntervalSince1970: row["due_at"]))
            }
        }
    }
}
