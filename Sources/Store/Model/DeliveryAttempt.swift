import Foundation

/// How one delivery attempt ended.
public enum DeliveryOutcome: Sendable, Hashable {
    /// The receiver took it.
    case delivered
    /// It failed and will be tried again at the given time.
    case retry(at: Date)
    /// It failed for good (permanent refusal, or the partner's attempt limit): dead-lettered.
    case dead
}

/// One delivery attempt of an outbound message, as recorded.
public struct DeliveryAttempt: Sendable, Hashable {
    public var message: MessageID
    /// 1 for the first attempt.
    public var number: Int
    public var at: Date
    /// `delivered`, `retry` or `dead`.
    public var outcome: String
    /// The HTTP status, when there was one.
    public var status: Int?
    /// What happened, in one line (a status line, a network error); kept short and free of payload text.
    public var detail: String?
    /// The idempotency key sent with it.
    public var idempotencyKey: String?

    public init(message: MessageID, number: Int, at: Date, outcome: String, status: Int? = nil,
                detail: String? = nil, idempotencyKey: String? = nil) {
        self.message = message
        self.number = number
        self.at = at
        self.outcome = outcome
        self.status = status
        self.detail = detail
        self.idempotencyKey = idempotencyKey
    }
}
