import HL7v2
import Testing
import WharfCore

/// Separators come from each message's own MSH: default, non-default, with the v2.7 truncation character, and
/// reported clearly when MSH-2 is short, long, repeated or alphanumeric.
@Suite struct SeparatorTests {
    @Test func defaultSeparatorsAreReadFromMSH() throws {
        let message = try #require(HL7v2Fixtures.message(HL7v2Fixtures.supplyOrder))
        #expect(message.separators == .standard)
        #expect(message.separators.encodingCharacters == Array("^~\\&".utf8))
        #expect(message.separators.truncation == nil)
        #expect(message.diagnostics.isEmpty)
    }

    @Test func nonDefaultSeparatorsSplitTheMessage() throws {
        let message = try #require(HL7v2Fixtures.message(HL7v2Fixtures.otherSeparators))
        #expect(message.separators == (try HL7v2Separators(field: "#", component: "$", repetition: "%", escape: "@",
                                                           subcomponent: "!")))
        #expect(message.value(at: "MSH-1") == "#")
        #expect(message.value(at: "MSH-2") == "$%@!")
        #expect(message.value(at: "MSH-9.2") == "O05")
        // `@T@` is the message's own subcomponent separator, `!`.
        #expect(message.value(at: "RQD-2.2") == "Syringe 3ml!luer lock")
        #expect(message.value(at: "RQD-3[2].1.2") == "Box")
        #expect(message.diagnostics.isEmpty)
    }

    @Test func truncationCharacterIsTheFifthEncodingCharacter() throws {
        let message = try #require(HL7v2Fixtures.message(HL7v2Fixtures.truncation))
        #expect(message.separators.truncation == UInt8(ascii: "#"))
        #expect(message.value(at: "MSH-2") == "^~\\&#")
        #expect(message.value(at: "RQD-2") == "LONG-DESCRIPTION-CUT#")
        #expect(message.value(at: "RQD-3") == "cost # 4")
        #expect(message.diagnostics.isEmpty)
    }

    @Test func eachMessageOfAFileKeepsItsOwnSeparators() {
        let result = HL7v2Reader.read(HL7v2Fixtures.cr(HL7v2Fixtures.named["twoMessages"]!))
        #expect(result.messages.map(\.separators.field) == [UInt8(ascii: "|"), UInt8(ascii: "#")])
        #expect(result.messages.map(\.controlID) == ["CTRL-0001", "CTRL-0002"])
        #expect(result.diagnostics.isEmpty)
    }

    /// MSH-2 with too few, too many, repeated or alphanumeric characters: an error at MSH(1)-2, never a crash, and
    /// the message is still read with what is usable.
    @Test(arguments: [
        ("", 0), ("^", 1), ("^~", 2), ("^~\\", 3), ("^~\\&#*", 5), ("^^\\&", 3), ("^~\\A", 3), ("0000", 0),
        ("^~\\\\&", 4),
    ])
    func badEncodingCharactersAreReported(_ encoding: String, usable: Int) throws {
        let text = "MSH|\(encoding)|WHARF|STORES|MMIS|HOSP|20261122||OMS^O05|C1|P|2.5.1\nRQD|1|A^B"
        let result = HL7v2Reader.read(HL7v2Fixtures.cr(text))
        let message = try #require(result.messages.first)
        let diagnostic = try #require(message.diagnostics.first)
        #expect(diagnostic.code == .hl7EncodingInvalidSeparators)
        #expect(diagnostic.severity == .error)
        #expect(diagnostic.location?.text == "MSH(1)-2")
        #expect(message.separators.encodingCharacters.count == usable)
        #expect(message.value(at: "MSH-10") == "C1")
        #expect(message.diagnostics.count == 1)
    }

    @Test func oneCharacterMSH2StillReadsComponents() throws {
        let message = try #require(HL7v2Fixtures.message("MSH|^|A|B|C|D|20261122||OMS^O05|C1|P|2.5.1\nRQD|1|X^Y~Z&W"))
        #expect(message.separators.component == UInt8(ascii: "^"))
        #expect(message.separators.repetition == nil)
        #expect(message.value(at: "RQD-2.2") == "Y~Z&W")
        #expect(message.value(at: "RQD-2[2]") == nil)
    }

    @Test(arguments: ["MSH", "MSHA^~\\&A", "MSH1^~\\&1"])
    func unusableFieldSeparatorSkipsTheMessage(_ header: String) {
        let result = HL7v2Reader.read(HL7v2Fixtures.cr(header + "\nPID|1\n" + HL7v2Fixtures.supplyOrder))
        #expect(result.messages.map(\.controlID) == ["CTRL-0001"])
        #expect(HL7v2Fixtures.codes(result) == ["hl7.encoding.invalid-separators"])
        #expect(result.diagnostics.first?.location?.text == "MSH(1)-1")
    }

    @Test(arguments: [
        ("|", "^", "^", "\\", "&"), ("|", "^", "~", "\\", "A"), ("|", "^", "~", "|", "&"), ("\r", "^", "~", "\\", "&"),
        ("|", "^", "~", "\\", "é"),
    ] as [(Unicode.Scalar, Unicode.Scalar, Unicode.Scalar, Unicode.Scalar, Unicode.Scalar)])
    func invalidSeparatorsAreRefused(_ field: Unicode.Scalar, _ component: Unicode.Scalar,
                                     _ repetition: Unicode.Scalar, _ escape: Unicode.Scalar,
                                     _ subcomponent: Unicode.Scalar) {
        #expect(throws: TranslationError.self) {
            _ = try HL7v2Separators(field: field, component: component, repetition: repetition, escape: escape,
                                    subcomponent: subcomponent)
        }
    }

    @Test func anyNonAlphanumericCharactersAreAllowed() throws {
        let separators = try HL7v2Separators(field: " ", component: "*", repetition: "+", escape: "?",
                                             subcomponent: ":", truncation: "!")
        #expect(separators.encodingCharacters == Array("*+?:!".utf8))
        #expect(separators.isComplete)
    }
}
