/// Reads just enough of a payload to route it: family, message type, version, sender, receiver and control numbers.
///
/// A sniffer must be cheap and must not throw for payloads of another family: it returns `nil` instead.
public protocol EnvelopeSniffer: Sendable {
    /// The family this sniffer recognizes.
    var family: FormatFamily { get }

    /// Returns the envelopes of `payload`, or `nil` when the payload is not of this sniffer's family.
    /// - Throws: ``TranslationError`` when the payload is of this family but its envelope cannot be read.
    func sniff(_ payload: Payload) throws(TranslationError) -> [Envelope]?
}
