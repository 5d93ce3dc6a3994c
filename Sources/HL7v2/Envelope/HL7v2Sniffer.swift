import WharfCore

/// Recognizes HL7 v2 (a message or a batch starting with MSH, FHS or BHS, after an optional BOM and blank lines)
/// and reads each message's envelope: `hl7v2:OMS^O05@2.5.1`, sender `MSH-4:MSH-3` (facility and application),
/// receiver `MSH-6:MSH-5`, control number MSH-10.
public struct HL7v2Sniffer: EnvelopeSniffer {
    /// Creates a sniffer.
    public init() {}

    public var family: FormatFamily { .hl7v2 }

    /// True when `prefix` starts like HL7 v2: MSH, FHS or BHS after an optional BOM, blank lines, MLLP's start byte,
    /// and comment lines (`/*`, ` *`, `*/`, `//`, as test files and exports sometimes carry).
    public static func looksLikeHL7v2(_ prefix: ArraySlice<UInt8>) -> Bool {
        var bytes = prefix.prefix(4096)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        while true {
            // Control bytes (NUL padding, a stray MLLP start byte) are the reader's to report, not a reason to refuse.
            while let first = bytes.first, first <= 0x20 {
                bytes = bytes.dropFirst()
            }
            let start = Array(bytes.prefix(3))
            if start == Array("MSH".utf8) || start == Array("FHS".utf8) || start == Array("BHS".utf8) {
                return bytes.count >= 4
            }
            let comment = [Array("/*".utf8), Array("*/".utf8), Array("//".utf8), Array("*".utf8)]
                .contains { bytes.starts(with: $0) }
            guard comment, let end = bytes.firstIndex(where: { $0 == 0x0A || $0 == 0x0D }) else { return false }
            bytes = bytes[end...]
        }
    }

    public func sniff(_ payload: Payload) throws(TranslationError) -> [Envelope]? {
        guard Self.looksLikeHL7v2(payload.bytes.prefix(64)) else { return nil }
        let result = HL7v2Reader.read(payload.bytes)
        guard !result.messages.isEmpty else {
            throw TranslationError(code: .hl7MessageNoMSH, message: "the input holds no HL7 v2 message",
                                   diagnostics: result.diagnostics)
        }
        return result.messages.map(Self.envelope)
    }

    /// The envelope of one message.
    public static func envelope(_ message: HL7v2Message) -> Envelope {
        let header = message.header
        let type = header.field(9)
        let code = type.component(1).text
        let event = type.component(2).text
        func party(_ application: Int, _ facility: Int) -> PartyIdentity? {
            let id = header.field(application).component(1).text
            guard !id.isEmpty else { return nil }
            return PartyIdentity(qualifier: header.field(facility).component(1).text, id: id)
        }
        return Envelope(
            format: FormatID(family: .hl7v2, messageType: event.isEmpty ? code : "\(code)^\(event)",
                             version: message.version),
            sender: party(3, 4), receiver: party(5, 6),
            controlNumbers: ControlNumbers(message: message.controlID))
    }
}
