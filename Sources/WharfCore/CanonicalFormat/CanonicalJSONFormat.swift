import Canonical

/// Wharf's canonical JSON as a format like the others: recognized by its `canonicalVersion` member, read and written
/// through ``CanonicalJSON``.
public struct CanonicalJSONFormat: EnvelopeSniffer, MessageParser, MessageSerializer {
    /// Creates the format.
    public init() {}

    public var family: FormatFamily { .canonical }
    public var format: FormatID { FormatID(family: .canonical) }
    public var formats: Set<FormatID> { [FormatID(family: .canonical)] }

    /// True when `bytes` start (after whitespace and a byte order mark) with `{` and name `canonicalVersion` early on.
    public static func looksLikeCanonical(_ bytes: some Collection<UInt8>) -> Bool {
        var rest = bytes[...]
        if rest.starts(with: [0xEF, 0xBB, 0xBF]) { rest = rest.dropFirst(3) }
        rest = rest.drop { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
        guard rest.first == UInt8(ascii: "{") else { return false }
        let marker = Array("\"canonicalVersion\"".utf8)
        let window = Array(rest.prefix(4096))
        guard window.count >= marker.count else { return false }
        return (0...(window.count - marker.count)).contains { window[$0..<($0 + marker.count)].elementsEqual(marker) }
    }

    public func sniff(_ payload: Payload) throws(TranslationError) -> [Envelope]? {
        guard Self.looksLikeCanonical(payload.bytes) else { return nil }
        return [Envelope(format: self.format, sender: nil, receiver: nil, controlNumbers: ControlNumbers())]
    }

    public func parse(_ payload: Payload, context: TranslationContext, diagnostics: inout Diagnostics)
        throws(TranslationError) -> [CanonicalDocument] {
        do {
            return try CanonicalJSON.decode(payload.bytes)
        } catch {
            throw TranslationError(code: DiagnosticCode(error.code.rawValue), message: error.message,
                                   location: .jsonPointer(error.path))
        }
    }

    public func serialize(_ documents: [CanonicalDocument], context: TranslationContext, diagnostics: inout Diagnostics)
        throws(TranslationError) -> Payload {
        do {
            return Payload(bytes: try CanonicalJSON.encode(documents))
        } catch {
            throw TranslationError(code: DiagnosticCode(error.code.rawValue), message: error.message,
                                   location: .jsonPointer(error.path))
        }
    }
}
