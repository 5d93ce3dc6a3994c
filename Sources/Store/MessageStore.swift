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
    ///
    /// A batch is one transaction: all of it is stored, or none.
    func receive(_ batch: [(intake: Intake, policy: DuplicatePolicy)]) async throws(StoreError) -> [IntakeOutcome]

    /// Records that the transport released the sources of `ids` (moved or deleted the files, answered the senders);
    /// a source problem noted earlier (``noteSourceProblem(of:_:)``) is cleared with its flag.
    func releaseSources(of ids: [MessageID]) async throws(StoreError)

    /// Flags `id` with why its source could not be released (its state does not change; `messages list` marks it,
    /// `messages show` says why).
    func noteSourceProblem(of id: MessageID, _ reason: String) async throws(StoreError)

    /// Leases up to `limit` inbound messages waiting for translation (`received`, lease free or expired), oldest
    /// first, for `lease` seconds.
    func claimForTranslation(limit: Int, lease: TimeInterval, now: Date) async throws(StoreError) -> [StoredMessage]

    /// Records translations: each inbound message's new state and diagnostics, and its outputs queued for delivery
    /// (each with its own idempotency key), all in one transaction. Returns each one's outputs' ids.
    @discardableResult
    func recordTranslations(_ batch: [(id: MessageID, record: TranslationRecord)], now: Date)
        async throws(StoreError) -> [[MessageID]]

    /// Queues outbound messages produced for `parent` without translating it (a rejection of a duplicate, say).
    @discardableResult
    func queue(_ drafts: [OutboundDraft], for parent: MessageID, now: Date) async throws(StoreError) -> [MessageID]

    /// Leases up to `limit` outbound messages due for delivery (`queued` or `failed` with `nextAttemptAt` ≤ now).
    func claimForDelivery(limit: Int, lease: TimeInterval, now: Date) async throws(StoreError) -> [StoredMessage]

    /// Records delivery attempts and their outcomes (`delivered`, `failed` with the next time, or `dead`), all in one
    /// transaction.
    func recordAttempts(_ batch: [AttemptRecord], now: Date) async throws(StoreError)

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

    /// Expected acknowledgments not received by their deadline, oldest first.
    func overdueAcknowledgments(now: Date) async throws(StoreError) -> [OverdueAcknowledgment]

    /// Removes messages matching `rule` (with their bodies and attempts; ledger entries stay) and returns the space
    /// to the file system.
    func prune(_ rule: RetentionRule) async throws(StoreError) -> PruneReport

    /// Reserves `count` consecutive values of the named sequence and returns the first; after `maximum` it starts
    /// again at 1.
    func nextSequenceValue(_ name: String, count: Int, maximum: Int) throws(StoreError) -> Int
}

/// One delivery attempt to record.
public struct AttemptRecord: Sendable {
    public var id: MessageID
    public var outcome: DeliveryOutcome
    public var status: Int?
    public var detail: String?
    /// When the attempt ended; `nil` for the time it is recorded. Attempts made together are recorded in one
    /// transaction once the slowest has ended: each keeps its own time, from which its retry was also scheduled.
    public var at: Date?

    public init(id: MessageID, outcome: DeliveryOutcome, status: Int? = nil, detail: String? = nil, at: Date? = nil) {
        self.id = id
        self.outcome = outcome
        self.status = status
        self.detail = detail
        self.at = at
    }
}

extension MessageStore {
    /// Stores one inbound payload (see ``receive(_:)``).
    public func receive(_ intake: Intake, policy: DuplicatePolicy) async throws(StoreError) -> IntakeOutcome {
        try await self.receive([(intake, policy)])[0]
    }

    /// Records that the transport released the source of `id`.
    public func releaseSource(of id: MessageID) async throws(StoreError) { try await self.releaseSources(of: [id]) }

    /// Records one translation (see ``recordTranslations(_:now:)``).
    @discardableResult
    public func recordTranslation(of id: MessageID, _ record: TranslationRecord, now: Date) async throws(StoreError)
        -> [MessageID] {
        try await self.recordTranslations([(id, record)], now: now)[0]
    }

    /// Records one delivery attempt.
    public func recordAttempt(of id: MessageID, outcome: DeliveryOutcome, status: Int?, detail: String?, now: Date)
        async throws(StoreError) {
        try await self.recordAttempts([AttemptRecord(id: id, outcome: outcome, status: status, detail: detail)], now: now)
    }
}
