import Foundation

/// An inbound payload to store, with what the transport and a quick sniff know about it.
public struct Intake: Sendable {
    /// The payload's bytes, exactly as received; when ``file`` holds them, only their head (what was sniffed).
    public var bytes: [UInt8]
    /// A local file holding the bytes instead (a payload too big for memory): the store copies it in pieces.
    public var file: BodyFile?
    /// The partner, when the channel belongs to one (duplicates are detected per partner).
    public var partner: String?
    /// The inbound channel's name.
    public var channel: String?
    /// `directory`, `sftp`, `http`, `mllp`.
    public var transport: String
    /// The remote path or address it came from.
    public var remote: String?
    /// The format family when sniffed (`x12`, `hl7v2`, `fhir`, `csv`).
    public var format: String?
    /// The message type when sniffed (`850`, `OMS^O05`).
    public var messageType: String?
    /// The partner's control number that identifies the message for duplicate detection (`ISA13 000000905`,
    /// `MSH-10 MSG00001`); `nil` when the format has none.
    public var controlKey: String?
    /// When it was received.
    public var receivedAt: Date

    /// Creates an intake.
    public init(bytes: [UInt8], partner: String? = nil, channel: String? = nil, transport: String,
                remote: String? = nil, format: String? = nil, messageType: String? = nil,
                controlKey: String? = nil, receivedAt: Date = Date()) {
        self.bytes = bytes
        self.partner = partner
        self.channel = channel
        self.transport = transport
        self.remote = remote
        self.format = format
        self.messageType = messageType
        self.controlKey = controlKey
        self.receivedAt = receivedAt
    }

    /// The number of bytes.
    public var size: Int { self.file?.size ?? self.bytes.count }
}

/// A payload's bytes in a local file, with their size and content hash already computed by whoever wrote it.
public struct BodyFile: Sendable, Hashable {
    /// The file's path.
    public var path: String
    /// The number of bytes; the store refuses a file of another size.
    public var size: Int
    /// SHA-256 of the bytes, 64 lowercase hexadecimal digits.
    public var contentHash: String

    /// Creates a body file.
    public init(path: String, size: Int, contentHash: String) {
        self.path = path
        self.size = size
        self.contentHash = contentHash
    }
}

/// What storing an ``Intake`` did.
public struct IntakeOutcome: Sendable, Hashable {
    /// The stored message (new, or the earlier one for a redelivery).
    public var id: MessageID
    /// Its state after intake: `received`, or `duplicate` when the policy keeps it out of translation.
    public var state: MessageState
    /// The earlier message this one duplicates, and why.
    public var duplicateOf: MessageID?
    public var duplicateReason: DuplicateReason?
    /// True when this is the same file from the same channel and path as a message whose source was never
    /// released (the transport crashed between commit and move): nothing new was stored; release the source.
    public var redelivery: Bool

    public init(id: MessageID, state: MessageState, duplicateOf: MessageID? = nil,
                duplicateReason: DuplicateReason? = nil, redelivery: Bool = false) {
        self.id = id
        self.state = state
        self.duplicateOf = duplicateOf
        self.duplicateReason = duplicateReason
        self.redelivery = redelivery
    }
}
