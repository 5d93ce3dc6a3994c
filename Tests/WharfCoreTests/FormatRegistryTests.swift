import Canonical
import Testing
import WharfCore

/// A sniffer for tests: recognizes payloads that start with its marker.
private struct MarkerSniffer: EnvelopeSniffer {
    let family: FormatFamily
    let marker: UInt8

    func sniff(_ payload: Payload) throws(TranslationError) -> [Envelope]? {
        guard payload.bytes.first == self.marker else { return nil }
        return [Envelope(format: FormatID(family: self.family, messageType: "T"), sender: nil, receiver: nil,
                         controlNumbers: ControlNumbers(message: "1"))]
    }
}

private struct NoParser: MessageParser {
    var formats: Set<FormatID> { [FormatID(family: .csv, messageType: "order-lines")] }

    func parse(_ payload: Payload, context: TranslationContext, diagnostics: inout Diagnostics)
        throws(TranslationError) -> [CanonicalDocument] { [] }
}

@Suite struct FormatRegistryTests {
    @Test func firstRecognizingSnifferWins() throws {
        var registry = FormatRegistry()
        registry.register(sniffer: MarkerSniffer(family: .x12, marker: 0x49))
        registry.register(sniffer: MarkerSniffer(family: .hl7v2, marker: 0x4D))
        #expect(try registry.sniff(Payload(bytes: Array("MSH|".utf8))).first?.format.family == .hl7v2)
        #expect(try registry.sniff(Payload(bytes: Array("ISA*".utf8))).first?.format.family == .x12)
        #expect(throws: TranslationError.self) { try registry.sniff(Payload(bytes: Array("{}".utf8))) }
        do {
            _ = try registry.sniff(Payload(bytes: [0x7B]))
        } catch {
            #expect(error.code == .formatUnrecognized)
            #expect(error.message.contains("x12, hl7v2"))
        }
    }

    @Test func parsersAreFoundByFormat() throws {
        var registry = FormatRegistry()
        registry.register(parser: NoParser())
        #expect(registry.parser(for: try FormatID(parsing: "csv:order-lines@1")) != nil)
        #expect(registry.parser(for: try FormatID(parsing: "csv:item-master")) == nil)
        #expect(registry.parsableFormats.map(\.description) == ["csv:order-lines"])
    }
}
