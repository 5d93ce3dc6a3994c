/// What Wharf writes in the envelopes it sends a partner; `nil` members fall back to Wharf's defaults.
public struct PartnerEnvelope: Sendable, Hashable {
    /// X12 interchange and group values.
    public struct X12: Sendable, Hashable {
        public var senderQualifier: String?
        public var senderID: String?
        public var receiverQualifier: String?
        public var receiverID: String?
        public var applicationSender: String?
        public var applicationReceiver: String?
        public var release: String?
        public var usage: String?
        public var elementSeparator: String?
        public var componentSeparator: String?
        public var repetitionSeparator: String?
        public var segmentTerminator: String?
        public var lineBreaks: Bool?
        public var acknowledgmentRequested: Bool?
    }

    /// HL7 v2 MSH values.
    public struct HL7v2: Sendable, Hashable {
        public var sendingApplication: String?
        public var sendingFacility: String?
        public var receivingApplication: String?
        public var receivingFacility: String?
        public var version: String?
        public var processingID: String?
    }

    /// X12 values, if the partner exchanges X12.
    public var x12: X12?
    /// HL7 v2 values, if the partner exchanges HL7 v2.
    public var hl7v2: HL7v2?
}

/// Which acknowledgments Wharf sends a partner and which it expects back, and within how long.
public struct AcknowledgmentPolicy: Sendable, Hashable {
    /// An acknowledgment Wharf waits for.
    public struct Expected: Sendable, Hashable {
        /// `997`, `999`, `855` or `ACK`.
        public var type: String
        /// How long until it is overdue.
        public var within: Duration
    }

    /// The functional acknowledgment sent for X12 input: `997`, `999`, or `nil` for none.
    public var x12: String?
    /// Whether a TA1 is sent for each interchange.
    public var ta1: Bool
    /// The HL7 v2 acknowledgment mode: `original`, `enhanced`, or `nil` for none.
    public var hl7v2: String?
    /// The acknowledgments expected back.
    public var expected: [Expected]
}
