import Foundation
import GRDB
import WharfCore

extension StoredMessage {
    /// Reads a `message` row (all columns).
    init(row: Row) {
        let diagnosticsJSON: String? = row["diagnostics"]
        self.init(
            id: MessageID(rawValue: row["id"]),
            direction: MessageDirection(rawValue: row["direction"]) ?? .inbound,
            state: MessageState(rawValue: row["state"]) ?? .dead,
            partner: row["partner"],
            channel: row["channel"],
            transport: row["transport"],
            remote: row["remote"],
            format: row["format"],
            messageType: row["message_type"],
            controlKey: row["control_key"],
            contentHash: row["content_hash"],
            size: row["size"],
            attempts: row["attempts"],
            nextAttemptAt: (row["next_attempt_at"] as Double?).map(Date.init(timeIntervalSince1970:)),
            createdAt: Date(timeIntervalSince1970: row["created_at"]),
            updatedAt: Date(timeIntervalSince1970: row["updated_at"]),
            parent: (row["parent_id"] as Int64?).map(MessageID.init(rawValue:)),
            role: (row["role"] as String?).flatMap(MessageRole.init(rawValue:)),
            idempotencyKey: row["idempotency_key"],
            duplicateOf: (row["duplicate_of"] as Int64?).map(MessageID.init(rawValue:)),
            flagged: row["flagged"],
            lastError: row["last_error"],
            diagnostics: diagnosticsJSON.map(DiagnosticsColumn.decode) ?? []
        )
        self.sourceProblem = row["source_problem"]
    }
}

/// Diagnostics kept as a JSON array in one column.
enum DiagnosticsColumn {
    static func encode(_ diagnostics: [Diagnostic]) -> String? {
        guard !diagnostics.isEmpty, let data = try? JSONEncoder().encode(diagnostics) else { return nil }
        return String(decoding: data, as: UTF8.self)
    }

    static func decode(_ text: String) -> [Diagnostic] {
        (try? JSONDecoder().decode([Diagnostic].self, from: Data(text.utf8))) ?? []
    }
}
