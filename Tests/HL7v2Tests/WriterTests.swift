import HL7v2
import Testing
import WharfCore

/// The writer escapes text, trims trailing empties, writes MSH-1/MSH-2 from its separators and ends segments as told.
@Suite struct WriterTests {
    static func header() -> HL7v2OutputSegment {
        var msh = HL7v2OutputSegment("MSH")
        msh[3] = "WHARF"
        msh[9] = HL7v2OutputField(components: ["OMS", "O05", "OMS_O05"])
        msh[10] = "C1"
        msh[11] = "P"
        msh[12] = "2.5.1"
        return msh
    }

    @Test(arguments: HL7v2SegmentTerminator.allCases)
    func messagesAreWrittenWithTheChosenTerminator(_ terminator: HL7v2SegmentTerminator) throws {
        let bytes = try HL7v2Writer.message([Self.header(), HL7v2OutputSegment("RQD", ["1", "GZ-44"])],
                                            terminator: terminator)
        let end = String(decoding: terminator.bytes, as: UTF8.self)
        #expect(String(decoding: bytes, as: UTF8.self)
            == "MSH|^~\\&|WHARF||||||OMS^O05^OMS_O05|C1|P|2.5.1\(end)RQD|1|GZ-44\(end)")
    }

    @Test func trailingEmptiesAreLeftOut() throws {
        let segment = HL7v2OutputSegment("RQD", [
            "1", HL7v2OutputField(components: ["A", "", "C", "", ""]),
            HL7v2OutputField(repetitions: [["X"], [""], ["Y", ""], [""]]),
            HL7v2OutputField(nested: [[["a", "", ""], ["", ""]]]), "", .empty,
        ])
        let bytes = try HL7v2Writer.message([segment])
        #expect(String(decoding: bytes, as: UTF8.self) == "RQD|1|A^^C|X~~Y|a\r")
    }

    @Test func middleEmptiesAndNullAreKept() throws {
        let bytes = try HL7v2Writer.message([HL7v2OutputSegment("RQD", ["", .null, "", "4"])])
        #expect(String(decoding: bytes, as: UTF8.self) == "RQD||\"\"||4\r")
    }

    @Test func nonDefaultSeparatorsAreWrittenInTheHeader() throws {
        let separators = try HL7v2Separators(field: "#", component: "$", repetition: "%", escape: "@",
                                             subcomponent: "!")
        let bytes = try HL7v2Writer.message([Self.header(), HL7v2OutputSegment("RQD", ["a#b$c"])],
                                            separators: separators, terminator: .lineFeed)
        #expect(String(decoding: bytes, as: UTF8.self)
            == "MSH#$%@!#WHARF######OMS$O05$OMS_O05#C1#P#2.5.1\nRQD#a@F@b@S@c\n")
        let message = try #require(HL7v2Reader.read(bytes).messages.first)
        #expect(message.value(at: "RQD-1") == "a#b$c")
    }

    @Test func headerSeparatorsGivenMustMatch() throws {
        var same = Self.header()
        same[1] = "|"
        same[2] = "^~\\&"
        #expect(try HL7v2Writer.message([same]) == HL7v2Writer.message([Self.header()]))
        var other = Self.header()
        other[2] = "^~\\&#"
        #expect(throws: TranslationError.self) { try HL7v2Writer.message([other]) }
    }

    @Test(arguments: ["", "pid", "PIDX", "1AB", "P-D"])
    func invalidSegmentIdentifiersAreRefused(_ id: String) {
        var writer = HL7v2Writer()
        #expect(throws: TranslationError.self) { try writer.write(HL7v2OutputSegment(id, ["1"])) }
        #expect(writer.bytes.isEmpty)
    }

    @Test func encodedValuesAreWrittenAsTheyAre() throws {
        let note = HL7v2OutputField(encoded: "\\H\\Note\\N\\^x")
        let bytes = try HL7v2Writer.message([HL7v2OutputSegment("NTE", ["1", note])])
        #expect(String(decoding: bytes, as: UTF8.self) == "NTE|1|\\H\\Note\\N\\^x\r")
        var writer = HL7v2Writer()
        #expect(throws: TranslationError.self) {
            try writer.write(HL7v2OutputSegment("NTE", [HL7v2OutputField(encoded: "a|b")]))
        }
        #expect(throws: TranslationError.self) {
            try writer.write(HL7v2OutputSegment("NTE", [HL7v2OutputField(encoded: "a\rb")]))
        }
    }

    @Test func incompleteSeparatorsCannotWrite() throws {
        let message = try #require(HL7v2Fixtures.message("MSH|^~|A|B|C|D|1||X|1|P|2.5"))
        var writer = HL7v2Writer(separators: message.separators)
        #expect(throws: TranslationError.self) { try writer.write(HL7v2OutputSegment("PID", ["1"])) }
    }

    /// A segment as read, written with other separators, reads back to the same values.
    @Test func readSegmentsAreTranslatedToTheWritersSeparators() throws {
        let order = try #require(HL7v2Fixtures.message(HL7v2Fixtures.supplyOrder))
        let separators = try HL7v2Separators(field: "#", component: "$", repetition: "%", escape: "@",
                                             subcomponent: "!")
        let bytes = try HL7v2Writer.message(order.segments.map(HL7v2OutputSegment.init), separators: separators)
        let reread = try #require(HL7v2Reader.read(bytes).messages.first)
        #expect(reread.diagnostics.isEmpty)
        #expect(reread.separators == separators)
        for path in ["MSH-9.2", "RQD-2.2", "RQD-3[2].1.2", "RQD-5", "RQD-6", "RQ1-3", "ZSP-2", "ZSP-3"] {
            #expect(reread.value(at: HL7v2Path(path)!) == order.value(at: HL7v2Path(path)!), "\(path)")
        }
        // Written back with the original separators, the message is byte for byte the same.
        let back = try HL7v2Writer.message(reread.segments.map(HL7v2OutputSegment.init))
        #expect(back == HL7v2Fixtures.cr(HL7v2Fixtures.supplyOrder.replacing("||||||||||", with: "")) + [0x0D])
    }
}
