/// What a sniffer reads from a payload to route it, without parsing its content.
///
/// For X12 there is one envelope per transaction set; for HL7 v2 one per message.
public struct Envelope: Hashable, Sendable, Codable {
    /// The concrete format, e.g. `x12:850@004010`.
    public var format: FormatID
    /// The sender's identity (ISA06 with ISA05, MSH-4).
    public var sender: PartyIdentity?
    /// The receiver's identity (ISA08 with ISA07, MSH-6).
    public var receiver: PartyIdentity?
    /// The control numbers that identify this message for duplicate detection and acknowledgment.
    public var controlNumbers: ControlNumbers

    /// Creates an envelope.
    public init(format: FormatID, sender: PartyIdentity?, receiver: PartyIdentity?, controlNumbers: ControlNumbers) {
        self.format = format
        self.sender = sender
        self.receiver = receiver
        self.controlNumbers = controlNumbers
    }
}

/// Control numbers of one message: X12 ISA13/GS06/ST02, or HL7 MSH-10.
public struct ControlNumbers: Hashable, Sendable, Codable {
    /// ISA13 (X12 interchange control number).
    public var interchange: String?
    /// GS06 (X12 group control number).
    public var group: String?
    /// ST02 (X12 transaction set control number).
    public var transaction: String?
    /// MSH-10 (HL7 message control id) or another format's message id.
    public var message: String?

    /// Creates control numbers; every part is optional.
    public init(interchange: String? = nil, group: String? = nil, transaction: String? = nil, message: String? = nil) {
        self.interchange = interchange
        self.group = group
        self.transaction = transaction
        self.message = message
    }
}
