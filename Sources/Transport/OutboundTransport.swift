/// Delivers an outbound message's bytes to where a channel says.
public protocol OutboundTransport: Sendable {
    /// Sends `delivery`; returns normally only when the receiver has it.
    func deliver(_ delivery: OutboundDelivery) async throws(DeliveryError)
}

/// One outbound message as a transport sees it.
public struct OutboundDelivery: Sendable {
    /// The bytes to send.
    public var bytes: [UInt8]
    /// The stored message's id (`m42`), usable in file names.
    public var messageID: String
    /// Sent with every attempt so the receiver can drop repeats.
    public var idempotencyKey: String
    /// A suggested file name (`m42-850.edi`).
    public var fileName: String

    public init(bytes: [UInt8], messageID: String, idempotencyKey: String, fileName: String) {
        self.bytes = bytes
        self.messageID = messageID
        self.idempotencyKey = idempotencyKey
        self.fileName = fileName
    }
}

/// A delivery that did not reach its receiver.
public struct DeliveryError: Error, Sendable, CustomStringConvertible {
    /// True when trying again later may succeed (network, 5xx, 408, 429); false for a permanent refusal.
    public var isRetryable: Bool
    /// The status the receiver answered, when it answered.
    public var status: Int?
    /// Seconds the receiver asked to wait (`Retry-After`).
    public var retryAfter: Double?
    /// One line: what happened, without payload text.
    public var message: String

    public init(retryable: Bool, status: Int? = nil, retryAfter: Double? = nil, _ message: String) {
        self.isRetryable = retryable
        self.status = status
        self.retryAfter = retryAfter
        self.message = message
    }

    public var description: String { self.message }
}
