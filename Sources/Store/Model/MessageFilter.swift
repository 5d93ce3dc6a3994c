import Foundation

/// Which messages a listing returns; every part is optional and they combine with "and".
public struct MessageFilter: Sendable, Hashable {
    public var partner: String?
    public var states: [MessageState]
    public var direction: MessageDirection?
    public var since: Date?
    public var until: Date?
    public var parent: MessageID?
    /// Only flagged messages (a source not released, a duplicate accepted and flagged) when `true`.
    public var flaggedOnly: Bool = false
    /// At most this many, newest first.
    public var limit: Int

    public init(partner: String? = nil, states: [MessageState] = [], direction: MessageDirection? = nil,
                since: Date? = nil, until: Date? = nil, parent: MessageID? = nil, limit: Int = 100) {
        self.partner = partner
        self.states = states
        self.direction = direction
        self.since = since
        self.until = until
        self.parent = parent
        self.limit = limit
    }
}

/// Which messages pruning removes: those in `states` last changed before `olderThan`.
public struct RetentionRule: Sendable, Hashable {
    public var states: [MessageState]
    public var olderThan: Date

    public init(states: [MessageState], olderThan: Date) {
        self.states = states
        self.olderThan = olderThan
    }
}

/// What pruning did.
public struct PruneReport: Sendable, Hashable {
    public var messages: Int
    /// The database file's size before and after (the space really returned to the file system).
    public var bytesBefore: Int64
    public var bytesAfter: Int64
}

/// Counts of messages by state, partner and format, for metrics.
public struct StateCount: Sendable, Hashable {
    public var state: MessageState
    public var direction: MessageDirection
    public var partner: String?
    public var format: String?
    public var count: Int

    public init(state: MessageState, direction: MessageDirection, partner: String?, format: String?, count: Int) {
        self.state = state
        self.direction = direction
        self.partner = partner
        self.format = format
        self.count = count
    }
}
