import X12

/// How Wharf writes an X12 interchange for a partner: ISA/GS values, delimiters and line breaks from the profile's
/// `envelope.x12`, control numbers from the partner's sequences.
public struct PartnerX12Envelope: Sendable {
    /// ISA and GS values.
    public var settings: X12EnvelopeSettings
    /// The delimiters.
    public var delimiters: X12Delimiters
    /// Whether segments end with a line break.
    public var lineBreaks: Bool
    /// The release (`004010`, `005010`).
    public var release: String

    /// The envelope for `profile`, dated `date`/`time`, numbered from `sequence` (ISA13, GS06, and a block of
    /// `transactionSets` ST02 numbers). Usage is `T` for a partner in test and `P` in production, unless the profile
    /// says otherwise.
    public init(profile: PartnerProfile, date: String, time: String, transactionSets: Int = 1,
                sequence: (any ControlNumberSequence)?) throws(ControlNumberError) {
        let values = profile.envelope.x12
        var settings = X12EnvelopeSettings.neutral(date: date, time: time)
        settings.senderQualifier = values?.senderQualifier ?? settings.senderQualifier
        settings.senderID = values?.senderID ?? settings.senderID
        if case .x12(let qualifier, let id, _) = profile.identities.first(where: {
            if case .x12 = $0 { return true }
            return false
        }) {
            settings.receiverQualifier = qualifier
            settings.receiverID = id
        }
        settings.receiverQualifier = values?.receiverQualifier ?? settings.receiverQualifier
        settings.receiverID = values?.receiverID ?? settings.receiverID
        settings.applicationSender = values?.applicationSender
        settings.applicationReceiver = values?.applicationReceiver
        settings.usageIndicator = values?.usage ?? (profile.status == .production ? "P" : "T")
        settings.acknowledgmentRequested = values?.acknowledgmentRequested ?? false
        if let sequence {
            settings.interchangeControlNumber = try sequence.next(.interchange, partner: profile.id)
            settings.groupControlNumber = try sequence.next(.group, partner: profile.id)
            settings.firstTransactionControlNumber = try sequence.next(.transactionSet, partner: profile.id,
                                                                       count: transactionSets)
        }
        self.release = values?.release ?? "004010"
        if self.release.hasPrefix("005") { settings.interchangeVersion = "00501" }
        self.settings = settings
        let byte = { (text: String?, fallback: UInt8) -> UInt8 in text?.utf8.first ?? fallback }
        let standard = X12Delimiters.standard
        self.delimiters = X12Delimiters(
            element: byte(values?.elementSeparator, standard.element),
            component: byte(values?.componentSeparator, standard.component ?? UInt8(ascii: ">")),
            repetition: byte(values?.repetitionSeparator, standard.repetition ?? UInt8(ascii: "^")),
            segment: [byte(values?.segmentTerminator, standard.terminatorByte(0))])
        self.lineBreaks = values?.lineBreaks ?? true
    }
}
