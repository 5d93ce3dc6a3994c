import Foundation

/// Wharf's durable memory: every message's bytes and life, the duplicate ledger and the control-number sequences.
///
/// Every method is one transaction: after it returns, what it recorded survives a crash (the SQLite store commits
/// with `synchronous=FULL`). Implementations: ``SQLiteMessageStore`` (embedded default); a PostgreSQL one can
/// follow the same contract, which is why work is handed out by leases rather than by in-process locks.
public protocol MessageStore: Sendable {
    /// Stores an inbound payload. Checks the ledger (per partner: control key, then content hash) and applies
    /// `policy`; a file from the same channel and path with the same hash whose source was never released is a
    /// redelivery and stores nothing new.
    func receive(_ intake: Intake, policy: DuplicatePolicy) async throws(StoreError) -> IntakeOutcome

    /// Records that the transport released the source of `id` (moved or deleted the file, answered the sender).
    func releaseSource(of id: MessageID) async throws(StoreError)

    /// Leases up to `limit` inbound messages waiting for translation (`received`, lease free or expired), oldest
    /// first, for `lease` seconds.
    func claimForTranslation(limit: Int, lease: TimeInterval, now: Date) async throws(StoreError) -> [StoredMessage]

    /// Records a translation: the inbound message's new state and diagnostics, and its outputs queued for delivery
    /// (each with its own idempotency key), in one transaction. Returns the outputs' ids.
    @discardableResult
    func recordTranslation(of id: MessageID, _ record: TranslationRecord, now: Date) async throws(StoreError)
        -> [MessageID]

    /// Leases up to `limit` outbound messages due for delivery (`queued` or `failed` with `nextAttemptAt` ≤ now).
    func claimForDelivery(limit: Int, lease: TimeInterval, now: Date) async throws(StoreError) -> [StoredMessage]

    /// Records one delivery attempt and its outcome (`delivered`, `failed` with the next time, or `dead`).
    func recordAttempt(of id: MessageID, outcome: DeliveryOutcome, status: Int?, detail: String?, now: Date)
        async throws(StoreError)

    /// Frees every lease (on start-up of the only instance; a crashed run's leases would otherwise wait to expire).
    func releaseLeases() async throws(StoreError)

    /// Puts a `dead`, `rejected`, `duplicate` or `failed` message back to work: inbound to `received`, outbound to
    /// `queued` with its attempts reset (the idempotency key stays).
    func replay(_ id: MessageID, now: Date) async throws(StoreError) -> StoredMessage

    func message(_ id: MessageID) async throws(StoreError) -> StoredMessage?
    func body(of id: MessageID) async throws(StoreError) -> [UInt8]?
    func messages(matching filter: MessageFilter) async throws(StoreError) -> [StoredMessage]
    func attempts(of id: MessageID) async throws(StoreError) -> [DeliveryAttempt]
    func stateCounts() async throws(StoreError) -> [StateCount]

    /// Removes messages matching `rule` (with their bodies and attempts; ledger entries stay) and returns the space
    /// to the file system.
    func prune(_ rule: RetentionRule) async throws(StoreError) -> PruneReport

    /// Reserves `count` consecutive values of the named sequence and returns the first; after `maximum` it starts
    /// again at 1.
    func nextSequenceValue(_ name: String, count: Int, maximum: Int) throws(StoreError) -> Int
}
