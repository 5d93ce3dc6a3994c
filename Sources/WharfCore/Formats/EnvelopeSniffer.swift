/// Reads just enough of a payload to route it: family, message type, version, sender, receiver and control numbers.
///
/// A sniffer must be cheap and must not throw for payloads of another family: it returns `nil` instead.
public protocol EnvelopeSniffer: Sendable {
    /// The family this sniffer recognizes.
    var family: FormatFamily { get }

    /// Returns the envelopes of `payload`, or `nil` when the payload is not of this sniffer's family.
    /// - Throws: ``TranslationError`` when the payload is of this family but its envelope cannot be read.
    func sniff(_ payload: Payload) throws(TranslationError) -> [Envelope]?

    /// Returns the envelopes of a payload of which only the first bytes are at hand (a large file spooled to disk),
    /// or `nil` when it is not of this sniffer's family. By default the same as ``sniff(_:)``: enough for formats
    /// whose envelope comes first (X12, HL7 v2).
    func sniff(head payload: Payload) throws(TranslationError) -> [Envelope]?
}

extension EnvelopeSniffer {
    /// The envelopes of the payload's first bytes, read as if they were the whole payload.
    public func sniff(head payload: Payload) throws(TranslationError) -> [Envelope]? { try self.sniff(payload) }
}
