import GRDB

/// The SQLite schema of the message store, as ordered migrations (a store file created by an older Wharf is
/// brought up to date when it opens).
enum SQLiteSchema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("1-messages") { db in
            try db.execute(sql: """
                CREATE TABLE message (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    direction TEXT NOT NULL,
                    state TEXT NOT NULL,
                    partner TEXT,
                    channel TEXT,
                    transport TEXT,
                    remote TEXT,
                    format TEXT,
                    message_type TEXT,
                    control_key TEXT,
                    content_hash TEXT NOT NULL,
                    size INTEGER NOT NULL,
                    attempts INTEGER NOT NULL DEFAULT 0,
                    next_attempt_at REAL,
                    created_at REAL NOT NULL,
                    updated_at REAL NOT NULL,
                    parent_id INTEGER REFERENCES message(id) ON DELETE SET NULL,
                    role TEXT,
                    idempotency_key TEXT,
                    duplicate_of INTEGER,
                    flagged INTEGER NOT NULL DEFAULT 0,
                    last_error TEXT,
                    diagnostics TEXT,
                    lease_until REAL,
                    source_released INTEGER NOT NULL DEFAULT 0
                );
                CREATE INDEX message_work ON message(state, next_attempt_at);
                CREATE INDEX message_partner ON message(partner, updated_at);
                CREATE INDEX message_parent ON message(parent_id);
                CREATE INDEX message_source ON message(channel, remote, content_hash) WHERE direction = 'inbound';
                CREATE TABLE message_body (
                    message_id INTEGER PRIMARY KEY REFERENCES message(id) ON DELETE CASCADE,
                    bytes BLOB NOT NULL
                );
                CREATE TABLE delivery_attempt (
                    message_id INTEGER NOT NULL REFERENCES message(id) ON DELETE CASCADE,
                    number INTEGER NOT NULL,
                    at REAL NOT NULL,
                    outcome TEXT NOT NULL,
                    status INTEGER,
                    detail TEXT,
                    idempotency_key TEXT,
                    PRIMARY KEY (message_id, number)
                );
                CREATE TABLE ledger (
                    partner TEXT NOT NULL,
                    kind TEXT NOT NULL,
                    key TEXT NOT NULL,
                    message_id INTEGER NOT NULL,
                    seen_at REAL NOT NULL,
                    PRIMARY KEY (partner, kind, key)
                );
                CREATE TABLE sequence (
                    name TEXT PRIMARY KEY,
                    last INTEGER NOT NULL
                );
                """)
        }
        migrator.registerMigration("2-expected-acknowledgments") { db in
            try db.execute(sql: """
                CREATE TABLE expected_acknowledgment (
                    message_id INTEGER NOT NULL REFERENCES message(id) ON DELETE CASCADE,
                    partner TEXT NOT NULL,
                    kind TEXT NOT NULL,
                    key TEXT NOT NULL,
                    due_at REAL NOT NULL,
                    satisfied_by INTEGER,
                    satisfied_at REAL,
                    PRIMARY KEY (message_id, kind, key)
                );
                CREATE INDEX expected_acknowledgment_open ON expected_acknowledgment(partner, kind, key)
                    WHERE satisfied_at IS NULL;
                """)
        }
        migrator.registerMigration("3-source-problem") { db in
            // Why a stored message's source could not be released; cleared (with its flag) once it is. Messages an
            // older Wharf flagged for it keep their reason here.
            try db.execute(sql: """
                ALTER TABLE message ADD COLUMN source_problem TEXT;
                UPDATE message SET source_problem = last_error
                    WHERE flagged = 1 AND source_released = 0
                    AND last_error LIKE 'stored, but the remote file could not be%';
                """)
        }
        return migrator
    }
}
