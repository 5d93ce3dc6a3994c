import Foundation
import GRDB
import WharfCore

extension SQLiteMessageStore {
    public func claimForTranslation(limit: Int, lease: TimeInterval, now: Date) async throws(StoreError)
        -> [StoredMessage] {
        try await self.claim("claim messages for translation", """
            direction = 'inbound' AND state = 'received'
            """, limit: limit, lease: lease, now: now)
    }

    public func claimForDelivery(limit: Int, lease: TimeInterval, now: Date) async throws(StoreError)
        -> [StoredMessage] {
        try await self.claim("claim messages for delivery", """
            direction = 'outbound' AND state IN ('queued', 'failed') AND next_attempt_at <= :now
            """, limit: limit, lease: lease, now: now)
    }

    private func claim(_ what: String, _ condition: String, limit: Int, lease: TimeInterval, now: Date)
        async throws(StoreError) -> [StoredMessage] {
        let now = now.timeIntervalSince1970
        return try await self.writing(what) { db in
            let rows = try Row.fetchAll(db.cachedStatement(sql: """
                UPDATE message SET lease_until = :until WHERE id IN (
                    SELECT id FROM message WHERE \(condition) AND (lease_until IS NULL OR lease_until < :now)
                    ORDER BY id LIMIT :limit)
                RETURNING *
                """), arguments: ["until": now + lease, "now": now, "limit": limit])
            return rows.map(StoredMessage.init(row:)).sorted { $0.id < $1.id }
        }
    }

    public func recordTranslations(_ batch: [(id: MessageID, record: TranslationRecord)], now: Date)
        async throws(StoreError) -> [[MessageID]] {
        let now = now.timeIntervalSince1970
        let prepared = batch.map { item in
            (item.id, item.record, item.record.outputs.map { ($0, SHA256.hex($0.bytes), UUID().uuidString.lowercased()) })
        }
        return try await self.writing("record translations") { db in
            try prepared.map { id, record, outputs in try Self.recordTranslation(db, id, record, outputs, now) }
        }
    }

    /// Records one translation inside the caller's transaction.
    static func recordTranslation(_ db: Database, _ id: MessageID, _ record: TranslationRecord,
                                  _ outputs: [(OutboundDraft, String, String)], _ now: Double) throws -> [MessageID] {
        let message = try Self.fetch(db, id)
        guard message.direction == .inbound, message.state == .received else {
            throw StoreError("store.invalid-transition",
                             "\(id) is \(message.direction.rawValue) and \(message.state.rawValue); only a received inbound message is translated")
        }
        try db.cachedStatement(sql: """
            UPDATE message SET state = ?, format = COALESCE(?, format), message_type = COALESCE(?, message_type),
                diagnostics = ?, last_error = ?, lease_until = NULL, updated_at = ? WHERE id = ?
            """).execute(arguments: [record.state.rawValue, record.format, record.messageType,
                             DiagnosticsColumn.encode(record.diagnostics), record.error, now, id.rawValue])
        for acknowledged in record.acknowledges {
            try db.cachedStatement(sql: """
                UPDATE expected_acknowledgment SET satisfied_by = ?, satisfied_at = ?
                WHERE partner = ? AND kind = ? AND key = ? AND satisfied_at IS NULL
                """).execute(arguments: [id.rawValue, now, message.partner ?? "", acknowledged.kind, acknowledged.key])
        }
        return try outputs.map { draft, hash, key in try Self.insertOutput(db, draft, hash, key, parent: id, now) }
    }

    public func queue(_ drafts: [OutboundDraft], for parent: MessageID, now: Date) async throws(StoreError)
        -> [MessageID] {
        let now = now.timeIntervalSince1970
        let outputs = drafts.map { ($0, SHA256.hex($0.bytes), UUID().uuidString.lowercased()) }
        return try await self.writing("queue outbound messages") { db in
            _ = try Self.fetch(db, parent)
            return try outputs.map { draft, hash, key in try Self.insertOutput(db, draft, hash, key, parent: parent, now) }
        }
    }

    /// Inserts one queued outbound message (with its bytes and expected acknowledgments) inside the caller's
    /// transaction.
    static func insertOutput(_ db: Database, _ draft: OutboundDraft, _ hash: String, _ key: String,
                             parent: MessageID, _ now: Double) throws -> MessageID {
        try db.cachedStatement(sql: """
            INSERT INTO message (direction, state, partner, channel, transport, format, message_type,
                control_key, content_hash, size, next_attempt_at, created_at, updated_at, parent_id, role,
                idempotency_key)
            VALUES ('outbound', 'queued', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [draft.partner, draft.channel, draft.transport, draft.format, draft.messageType,
                             draft.controlKey, hash, draft.bytes.count, now, now, now, parent.rawValue,
                             draft.role.rawValue, key])
        let output = db.lastInsertedRowID
        try db.cachedStatement(sql: "INSERT INTO message_body (message_id, bytes) VALUES (?, ?)")
            .execute(arguments: [output, Data(draft.bytes)])
        for expectation in draft.expectations {
            try db.cachedStatement(sql: """
                INSERT OR IGNORE INTO expected_acknowledgment (message_id, partner, kind, key, due_at)
                VALUES (?, ?, ?, ?, ?)
                """).execute(arguments: [output, draft.partner ?? "", expectation.acknowledgment.kind,
                                 expectation.acknowledgment.key, expectation.dueAt.timeIntervalSince1970])
        }
        return MessageID(rawValue: output)
    }

    public func recordAttempts(_ batch: [AttemptRecord], now: Date) async throws(StoreError) {
        let now = now.timeIntervalSince1970
        try await self.writing("record delivery attempts") { db in
            for attempt in batch { try Self.recordAttempt(db, attempt, now) }
        }
    }

    /// Records one attempt inside the caller's transaction.
    static func recordAttempt(_ db: Database, _ attempt: AttemptRecord, _ now: Double) throws {
        let (id, outcome, status, detail) = (attempt.id, attempt.outcome, attempt.status, attempt.detail)
        let message = try Self.fetch(db, id)
        guard message.direction == .outbound, message.state == .queued || message.state == .failed else {
            throw StoreError("store.invalid-transition",
                             "\(id) is \(message.direction.rawValue) and \(message.state.rawValue); only a queued or failed outbound message is delivered")
        }
        let number = (try Int.fetchOne(db.cachedStatement(sql: "SELECT MAX(number) FROM delivery_attempt WHERE message_id = ?"),
                                       arguments: [id.rawValue]) ?? 0) + 1
        let (state, next, label): (MessageState, Double?, String) = switch outcome {
        case .delivered: (.delivered, nil, "delivered")
        case .retry(let at): (.failed, at.timeIntervalSince1970, "retry")
        case .dead: (.dead, nil, "dead")
        }
        try db.cachedStatement(sql: """
            INSERT INTO delivery_attempt (message_id, number, at, outcome, status, detail, idempotency_key)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [id.rawValue, number, attempt.at?.timeIntervalSince1970 ?? now, label, status, detail,
                                     message.idempotencyKey])
        try db.cachedStatement(sql: """
            UPDATE message SET state = ?, attempts = attempts + 1, next_attempt_at = ?, last_error = ?,
                lease_until = NULL, updated_at = ? WHERE id = ?
            """).execute(arguments: [state.rawValue, next, outcome == .delivered ? nil : detail, now, id.rawValue])
    }

    public func releaseLeases() async throws(StoreError) {
        try await self.writing("release leases") { db in
            try db.execute(sql: "UPDATE message SET lease_until = NULL WHERE lease_until IS NOT NULL")
        }
    }

    public func replay(_ id: MessageID, now: Date) async throws(StoreError) -> StoredMessage {
        let now = now.timeIntervalSince1970
        return try await self.writing("replay a message") { db in
            let message = try Self.fetch(db, id)
            let replayable: Set<MessageState> = [.dead, .rejected, .duplicate, .failed]
            guard replayable.contains(message.state) else {
                throw StoreError("store.invalid-transition",
                                 "\(id) is \(message.state.rawValue); only dead, rejected, duplicate or failed messages are replayed")
            }
            let state: MessageState = message.direction == .inbound ? .received : .queued
            try db.cachedStatement(sql: """
                UPDATE message SET state = ?, attempts = 0, next_attempt_at = ?, lease_until = NULL, updated_at = ?
                WHERE id = ?
                """).execute(arguments: [state.rawValue, message.direction == .inbound ? nil : now, now, id.rawValue])
            return try Self.fetch(db, id)
        }
    }
}
