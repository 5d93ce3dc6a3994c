/// Where a stored message is in its life. Every change is one store transaction.
///
/// Inbound: `received → translated`, or `rejected` (invalid; its acknowledgment was produced), `duplicate` (the
/// ledger knew it and the partner's policy said skip or reject), `dead` (it cannot be translated, e.g. no route;
/// replayable once the profile is fixed). Outbound: `queued → delivered`, or `failed` (will retry at
/// `nextAttemptAt`) and `dead` (gave up after the partner's limit or a permanent refusal; replayable).
public enum MessageState: String, Sendable, Hashable, Codable, CaseIterable {
    case received
    case translated
    case rejected
    case duplicate
    case queued
    case delivered
    case failed
    case dead

    /// States in which a message still has work ahead of it.
    public var isPending: Bool { self == .received || self == .queued || self == .failed }
}

/// Whether a message came in from a partner or goes out to one.
public enum MessageDirection: String, Sendable, Hashable, Codable, CaseIterable {
    case inbound
    case outbound
}

/// Why an outbound message exists: a translation of its parent, or an acknowledgment of it.
public enum MessageRole: String, Sendable, Hashable, Codable, CaseIterable {
    case output
    case acknowledgment
}
