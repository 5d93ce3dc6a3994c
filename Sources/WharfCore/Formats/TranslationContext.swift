/// What a parser or serializer knows about the translation at hand besides the payload.
public struct TranslationContext: Sendable {
    /// The partner profile id, when the translation runs for a partner (used in diagnostics and logs).
    public var partner: String?
    /// The envelope found by sniffing, when known.
    public var envelope: Envelope?

    /// Creates a context.
    public init(partner: String? = nil, envelope: Envelope? = nil) {
        self.partner = partner
        self.envelope = envelope
    }
}
