import HL7v2
import Testing
import WharfCore

/// Escape sequences are resolved on read, produced on write, and reported (then kept as text) when invalid.
@Suite struct EscapeTests {
    /// A message whose RQD-2 is `raw`, read back.
    static func rqd2(_ raw: String, encoding: String = "^~\\&") -> (String?, [Diagnostic]) {
        let text = "MSH|\(encoding)|A|B|C|D|20261122||OMS^O05|C1|P|2.7\nRQD|1|\(raw)|end"
        let result = HL7v2Reader.read(HL7v2Fixtures.cr(text))
        return (result.messages.first?.value(at: "RQD-2"), result.diagnostics)
    }

    @Test(arguments: [
        ("a\\F\\b", "a|b"), ("a\\S\\b", "a^b"), ("a\\T\\b", "a&b"), ("a\\R\\b", "a~b"), ("a\\E\\b", "a\\b"),
        ("a\\P\\b", "a#b"), ("\\X41\\\\X4243\\", "ABC"), ("\\Xc3a9\\t\\XC3A9\\", "été"),
        ("line\\.br\\next", "line\nnext"),
        ("\\.sp 2\\x", "\n\nx"), ("\\H\\bold\\N\\ text", "bold text"), ("keep \\Zlocal\\ it", "keep \\Zlocal\\ it"),
        ("\\C2842\\x\\M2442\\", "\\C2842\\x\\M2442\\"), ("\\.in +4\\x\\.fi\\", "\\.in +4\\x\\.fi\\"),
        ("no escapes", "no escapes"), ("\\E\\\\E\\", "\\\\"),
    ])
    func knownEscapesAreResolved(_ raw: String, _ decoded: String) {
        let (value, diagnostics) = Self.rqd2(raw)
        #expect(value == decoded)
        #expect(diagnostics.isEmpty)
    }

    @Test(arguments: [
        ("a\\Q\\b", "a\\Q\\b"), ("unterminated\\F", "unterminated\\F"), ("\\\\", "\\\\"), ("\\X4\\", "\\X4\\"),
        ("\\XZZ\\", "\\XZZ\\"), ("\\.xx\\", "\\.xx\\"), ("C:\\temp\\x", "C:\\temp\\x"), ("\\C12\\", "\\C12\\"),
    ])
    func invalidEscapesAreKeptAndReported(_ raw: String, _ kept: String) throws {
        let (value, diagnostics) = Self.rqd2(raw)
        #expect(value == kept)
        let diagnostic = try #require(diagnostics.first)
        #expect(diagnostic.code == .hl7EscapeInvalid)
        #expect(diagnostic.location?.text == "RQD(1)-2")
        #expect(diagnostics.count == 1)
        #expect(!diagnostic.message.contains(raw))
    }

    @Test func anEscapeCannotSpanASeparator() throws {
        let (value, diagnostics) = Self.rqd2("a\\F^b\\c")
        #expect(value == "a\\F^b\\c")
        #expect(diagnostics.first?.location?.text == "RQD(1)-2.1")
        let message = try #require(HL7v2Fixtures.message("MSH|^~\\&|A|B|C|D|1||X^Y|C1|P|2.5\nRQD|1|x~y^a\\Q\\b"))
        #expect(message.diagnostics.map(\.location?.text) == ["RQD(1)-2[2].2"])
    }

    @Test func escapesUseTheMessagesOwnEscapeCharacter() {
        let (value, diagnostics) = Self.rqd2("a@F@b\\F\\", encoding: "^~@&")
        #expect(value == "a|b\\F\\")
        #expect(diagnostics.isEmpty)
    }

    @Test func headerFieldsAreNeverUnescaped() throws {
        let message = try #require(HL7v2Fixtures.message(HL7v2Fixtures.supplyOrder))
        #expect(message.value(at: "MSH-2") == "^~\\&")
        #expect(message.header.field(2).componentCount == 1)
        #expect(message.value(at: "RQD-2.2") == "Gauze pad 4&4 sterile")
        #expect(message.value(at: "RQD-6") == "Aisle 3|Bin 7")
        #expect(message.value(at: "RQ1-3") == "Acme\\Medical")
        #expect(message.value(at: "ZSP-2") == "Note: deliver to dock \n ring bell")
        #expect(message.value(at: "ZSP-3") == "urgent")
    }

    @Test(arguments: [
        ("a|b", "a\\F\\b"), ("a^b", "a\\S\\b"), ("a&b", "a\\T\\b"), ("a~b", "a\\R\\b"), ("a\\b", "a\\E\\b"),
        ("one\r\ntwo\rthree\nfour", "one\\.br\\two\\.br\\three\\.br\\four"), ("\"\"", "\\X22\\\""), ("plain", "plain"),
    ])
    func writingEscapesSeparatorsAndLineBreaks(_ text: String, _ encoded: String) throws {
        let bytes = try HL7v2Writer.message([HL7v2OutputSegment("ZZZ", [HL7v2OutputField(text)])])
        #expect(String(decoding: bytes, as: UTF8.self) == "ZZZ|\(encoded)\r")
    }

    @Test func writingEscapesTheTruncationCharacter() throws {
        let separators = try HL7v2Separators(truncation: "#")
        let bytes = try HL7v2Writer.message([HL7v2OutputSegment("ZZZ", ["cut#"])], separators: separators)
        #expect(String(decoding: bytes, as: UTF8.self) == "ZZZ|cut\\P\\\r")
    }

    @Test func nullAndEmptyAreToldApart() throws {
        let message = try #require(HL7v2Fixtures.message(HL7v2Fixtures.supplyOrder))
        #expect(message.value(at: "RQD-5") == "")
        #expect(message.part(at: "RQD-5")?.isNull == true)
        #expect(message.value(at: "ORC-3") == nil)
        #expect(message.part(at: "ORC-3")?.isEmpty == true)
        #expect(message.value(at: "ORC-40") == nil)
        let quoted = try #require(HL7v2Fixtures.message("MSH|^~\\&|A|B|C|D|1||X|C1|P|2.5\nZZZ|\\X22\\\""))
        #expect(quoted.value(at: "ZZZ-1") == "\"\"")
        #expect(quoted.part(at: "ZZZ-1")?.isNull == false)
    }
}
