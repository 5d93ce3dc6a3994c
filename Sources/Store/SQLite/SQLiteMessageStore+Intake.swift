import Foundation
import GRDB
import WharfCore

extension SQLiteMessageStore {
    public func receive(_ batch: [(intake: Intake, policy: DuplicatePolicy)]) async throws(StoreError)
        -> [IntakeOutcome] {
        let hashes = batch.map { $0.intake.file?.contentHash ?? SHA256.hex($0.intake.bytes) }
        return try await self.writing("store inbound messages") { db in
            try zip(batch, hashes).map { item, hash in try Self.receive(db, item.intake, item.policy, hash) }
        }
    }

    /// Stores one intake inside the caller's transaction.
    static func receive(_ db: Database, _ intake: Intake, _ policy: DuplicatePolicy, _ hash: String) throws
        -> IntakeOutcome {
        if let channel = intake.channel, let remote = intake.remote,
           let earlier = try Int64.fetchOne(db.cachedStatement(sql: """
               SELECT id FROM message WHERE direction = 'inbound' AND channel = ? AND remote = ?
               AND content_hash = ? AND source_released = 0 ORDER BY id DESC LIMIT 1
               """), arguments: [channel, remote, hash]) {
            let message = try Self.fetch(db, MessageID(rawValue: earlier))
            return IntakeOutcome(id: message.id, state: message.state, duplicateOf: message.duplicateOf,
                                 redelivery: true)
        }
        let partner = intake.partner ?? ""
        var duplicate: (MessageID, DuplicateReason)?
        if let key = intake.controlKey, let first = try Self.ledgerEntry(db, partner, .controlNumber, key) {
            duplicate = (first, .controlNumber)
        } else if let first = try Self.ledgerEntry(db, partner, .contentHash, hash) {
            duplicate = (first, .contentHash)
        }
        let state: MessageState = duplicate != nil && policy != .acceptAndFlag ? .duplicate : .received
        let note = duplicate.map { "duplicate of \($0.0) (same \($0.1 == .controlNumber ? "control number" : "content"))" }
        let now = intake.receivedAt.timeIntervalSince1970
        try db.cachedStatement(sql: """
            INSERT INTO message (direction, state, partner, channel, transport, remote, format, message_type,
                control_key, content_hash, size, created_at, updated_at, duplicate_of, flagged, last_error)
            VALUES ('inbound', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [state.rawValue, intake.partner, intake.channel, intake.transport, intake.remote,
                             intake.format, intake.messageType, intake.controlKey, hash, intake.size, now,
                             now, duplicate?.0.rawValue, duplicate != nil, note])
        let id = MessageID(rawValue: db.lastInsertedRowID)
        if let file = intake.file {
            try SQLiteBodyStream.insert(db, id: id.rawValue, from: file)
        } else {
            try db.cachedStatement(sql: "INSERT INTO message_body (message_id, bytes) VALUES (?, ?)")
                .execute(arguments: [id.rawValue, Data(intake.bytes)])
        }
        if duplicate == nil {
            if let key = intake.controlKey { try Self.remember(db, partner, .controlNumber, key, id, now) }
            try Self.remember(db, partner, .contentHash, hash, id, now)
        }
        return IntakeOutcome(id: id, state: state, duplicateOf: duplicate?.0, duplicateReason: duplicate?.1)
    }

    public func releaseSources(of ids: [MessageID]) async throws(StoreError) {
        try await self.writing("release messages' sources") { db in
            for id in ids {
                // A source problem noted earlier is over: it goes with its flag (a duplicate's flag stays).
                try db.cachedStatement(sql: """
                    UPDATE message SET source_released = 1,
                        flagged = CASE WHEN source_problem IS NOT NULL AND duplicate_of IS NULL THEN 0 ELSE flagged END,
                        source_problem = NULL
                    WHERE id = ?
                    """).execute(arguments: [id.rawValue])
            }
        }
    }

    public func noteSourceProblem(of id: MessageID, _ reason: String) async throws(StoreError) {
        try await self.writing("flag a message's source") { db in
            try db.execute(sql: "UPDATE message SET flagged = 1, source_problem = ? WHERE id = ?",
                           arguments: [reason, id.rawValue])
        }
    }

    static func ledgerEntry(_ db: Database, _ partner: String, _ kind: DuplicateReason, _ key: String) throws
        -> MessageID? {
        let sql = "SELECT message_id FROM ledger WHERE partner = ? AND kind = ? AND key = ?"
        return try Int64.fetchOne(db.cachedStatement(sql: sql), arguments: [partner, kind.rawValue, key])
            .map(MessageID.init(rawValue:))
    }

    static func remember(_ db: Database, _ partner: String, _ kind: DuplicateReason, _ key: String, _ id: MessageID,
                         _ now: Double) throws {
        let sql = "INSERT OR IGNORE INTO ledger (partner, kind, key, message_id, seen_at) VALUES (?, ?, ?, ?, ?)"
        try db.cachedStatement(sql: sql).execute(arguments: [partner, kind.rawValue, key, id.rawValue, now])
    }
}
