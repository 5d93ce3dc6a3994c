/// What a writer puts in ISA and GS: identities, control numbers, dates and versions.
///
/// Without a partner profile, ``neutral`` applies: `ZZ` qualifiers with ids `WHARF` and `PARTNER`, control number 1,
/// production usage, no acknowledgment requested, version 00401.
public struct X12EnvelopeSettings: Hashable, Sendable {
    /// ISA05.
    public var senderQualifier: String
    /// ISA06 (padded to 15 when written).
    public var senderID: String
    /// ISA07.
    public var receiverQualifier: String
    /// ISA08 (padded to 15 when written).
    public var receiverID: String
    /// GS02; defaults to the sender id.
    public var applicationSender: String?
    /// GS03; defaults to the receiver id.
    public var applicationReceiver: String?
    /// ISA13 (zero-padded to 9 digits when written).
    public var interchangeControlNumber: Int
    /// GS06.
    public var groupControlNumber: Int
    /// ST02 of the first set; each further set adds one. Written with at least 4 digits.
    public var firstTransactionControlNumber: Int
    /// The date written in ISA09 (`YYMMDD`, from it) and GS04, as `CCYYMMDD`.
    public var date: String
    /// The time written in ISA10 and GS05, as `HHMM`.
    public var time: String
    /// ISA12 (`00401`, `00501`).
    public var interchangeVersion: String
    /// ISA14: request a TA1.
    public var acknowledgmentRequested: Bool
    /// ISA15: `P` production, `T` test.
    public var usageIndicator: String

    /// Creates settings.
    public init(senderQualifier: String, senderID: String, receiverQualifier: String, receiverID: String,
                applicationSender: String? = nil, applicationReceiver: String? = nil, interchangeControlNumber: Int = 1,
                groupControlNumber: Int = 1, firstTransactionControlNumber: Int = 1, date: String, time: String,
                interchangeVersion: String = "00401", acknowledgmentRequested: Bool = false,
                usageIndicator: String = "P") {
        self.senderQualifier = senderQualifier
        self.senderID = senderID
        self.receiverQualifier = receiverQualifier
        self.receiverID = receiverID
        self.applicationSender = applicationSender
        self.applicationReceiver = applicationReceiver
        self.interchangeControlNumber = interchangeControlNumber
        self.groupControlNumber = groupControlNumber
        self.firstTransactionControlNumber = firstTransactionControlNumber
        self.date = date
        self.time = time
        self.interchangeVersion = interchangeVersion
        self.acknowledgmentRequested = acknowledgmentRequested
        self.usageIndicator = usageIndicator
    }

    /// Neutral defaults for a translation without a partner, dated `date` (`CCYYMMDD`) and `time` (`HHMM`).
    public static func neutral(date: String, time: String) -> X12EnvelopeSettings {
        X12EnvelopeSettings(senderQualifier: "ZZ", senderID: "WHARF", receiverQualifier: "ZZ", receiverID: "PARTNER",
                            date: date, time: time)
    }
}
