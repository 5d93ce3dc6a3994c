import Foundation
import WharfCore

/// A message as the store keeps it, without its bytes (read those with ``MessageStore/body(of:)``).
public struct StoredMessage: Sendable, Hashable {
    public var id: MessageID
    public var direction: MessageDirection
    public var state: MessageState
    /// Inbound: the sending partner. Outbound: the partner it goes to.
    public var partner: String?
    /// Inbound: the channel it came on. Outbound: the channel it goes out on (`channel` or `partner/channel`).
    public var channel: String?
    public var transport: String?
    /// The remote path or address it came from (inbound).
    public var remote: String?
    /// The format family (`x12`, `hl7v2`, `fhir`, `csv`, `canonical`).
    public var format: String?
    /// The message type (`850`, `OMS^O05`, `SupplyRequest`).
    public var messageType: String?
    /// The partner's control number used by the duplicate ledger (inbound), or the one Wharf assigned (outbound).
    public var controlKey: String?
    /// SHA-256 of the bytes, hexadecimal.
    public var contentHash: String
    /// The size of the bytes.
    public var size: Int
    /// Delivery attempts made so far (outbound).
    public var attempts: Int
    /// When the next delivery attempt is due (`failed`, `queued`).
    public var nextAttemptAt: Date?
    public var createdAt: Date
    public var updatedAt: Date
    /// The inbound message this one was produced from, and how.
    public var parent: MessageID?
    public var role: MessageRole?
    /// Sent with every delivery attempt of this message, so a receiver can drop a repeat.
    public var idempotencyKey: String?
    /// The earlier message this one duplicates.
    public var duplicateOf: MessageID?
    /// Set when the duplicate policy accepted it anyway, or an operator should look at it.
    public var flagged: Bool
    /// The last error (a delivery failure, a translation failure); never payload text.
    public var lastError: String?
    /// Why the transport could not release the message's source (the file is still in the partner's folder);
    /// cleared once it is released.
    public var sourceProblem: String? = nil
    /// Diagnostics found while translating it.
    public var diagnostics: [Diagnostic]

    public init(id: MessageID, direction: MessageDirection, state: MessageState, partner: String? = nil,
                channel: String? = nil, transport: String? = nil, remote: String? = nil, format: String? = nil,
                messageType: String? = nil, controlKey: String? = nil, contentHash: String, size: Int,
                attempts: Int = 0, nextAttemptAt: Date? = nil, createdAt: Date, updatedAt: Date,
                parent: MessageID? = nil, role: MessageRole? = nil, idempotencyKey: String? = nil,
                duplicateOf: MessageID? = nil, flagged: Bool = false, lastError: String? = nil,
                diagnostics: [Diagnostic] = []) {
        self.id = id
        self.direction = direction
        self.state = state
        self.partner = partner
        self.channel = channel
        self.transport = transport
        self.remote = remote
        self.format = format
        self.messageType = messageType
        self.controlKey = controlKey
        self.contentHash = contentHash
        self.size = size
        self.attempts = attempts
        self.nextAttemptAt = nextAttemptAt
        self.createdAt = createdAt
        self.updatedAt = updatedAt
        self.parent = parent
        self.role = role
        self.idempotencyKey = idempotencyKey
        self.duplicateOf = duplicateOf
        self.flagged = flagged
        self.lastError = lastError
        self.diagnostics = diagnostics
    }
}
