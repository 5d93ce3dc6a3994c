import Foundation

/// Where an inbound payload came from: the transport and channel, the remote peer or file, and when.
public struct Origin: Sendable, Hashable, Codable {
    /// `mllp`, `sftp`, `http`, `directory`.
    public var transport: String
    /// The partner's id, when the channel belongs to one.
    public var partner: String?
    /// The channel's name in the partner's profile.
    public var channel: String?
    /// The remote address (`127.0.0.1:50412`) or remote path.
    public var remote: String?
    /// When the payload was received.
    public var receivedAt: Date

    /// Creates an origin.
    public init(transport: String, partner: String? = nil, channel: String? = nil, remote: String? = nil,
                receivedAt: Date = Date()) {
        self.transport = transport
        self.partner = partner
        self.channel = channel
        self.remote = remote
        self.receivedAt = receivedAt
    }
}

/// The proof that an inbound payload is stored durably: only with a receipt may a transport acknowledge, delete or
/// move the remote copy.
public struct Receipt: Sendable, Hashable, Codable {
    /// The stored message's id.
    public var id: String
    /// True when the payload was already stored (a redelivery); it was not stored twice.
    public var duplicate: Bool

    /// Creates a receipt.
    public init(id: String, duplicate: Bool = false) {
        self.id = id
        self.duplicate = duplicate
    }
}
