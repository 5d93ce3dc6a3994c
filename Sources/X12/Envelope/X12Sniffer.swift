import WharfCore

/// Recognizes X12 by its ISA segment and reads the envelope of each transaction set.
public struct X12Sniffer: EnvelopeSniffer {
    /// Creates a sniffer.
    public init() {}

    public var family: FormatFamily { .x12 }

    /// True when `bytes` start (after a byte order mark and whitespace) with `ISA`, in ASCII or EBCDIC.
    public static func looksLikeX12(_ bytes: some Collection<UInt8>) -> Bool {
        var rest = bytes[...]
        if rest.starts(with: [0xEF, 0xBB, 0xBF]) { rest = rest.dropFirst(3) }
        rest = rest.drop { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
        return rest.starts(with: Array("ISA".utf8)) || rest.starts(with: [0xC9, 0xE2, 0xC1])
    }

    public func sniff(_ payload: Payload) throws(TranslationError) -> [Envelope]? {
        guard Self.looksLikeX12(payload.bytes) else { return nil }
        var reader = X12Reader()
        reader.append(payload.bytes)
        reader.finish()
        var envelopes: [Envelope] = []
        var sender: PartyIdentity?
        var receiver: PartyIdentity?
        while let event = reader.next() {
            guard case .segment(let segment, let context) = event else { continue }
            switch segment.tag {
            case "ISA":
                sender = PartyIdentity(qualifier: Self.trim(segment.string(5)), id: Self.trim(segment.string(6)))
                receiver = PartyIdentity(qualifier: Self.trim(segment.string(7)), id: Self.trim(segment.string(8)))
            case "TA1" where context.group == nil:
                envelopes.append(Envelope(
                    format: FormatID(family: .x12, messageType: "TA1",
                                     version: context.interchangeVersion.flatMap { X12Dictionary.release(of: $0) }),
                    sender: sender, receiver: receiver, controlNumbers: ControlNumbers(interchange: context.interchange)))
            case "ST":
                envelopes.append(Envelope(
                    format: FormatID(family: .x12, messageType: context.transactionSetID,
                                     version: context.version.flatMap { X12Dictionary.release(of: $0) } ?? context.version),
                    sender: sender, receiver: receiver,
                    controlNumbers: ControlNumbers(interchange: context.interchange, group: context.group,
                                                   transaction: context.transaction)))
            default: continue
            }
        }
        return envelopes
    }

    private static func trim(_ text: String) -> String {
        String(text.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    }
}
