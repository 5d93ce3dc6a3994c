@testable import HL7v2
import Testing
import WharfCore

/// Bad inputs give diagnostics, never crashes, and never echo payload text.
@Suite struct BadInputTests {
    @Test(arguments: ["", "\r\n\r\n", "   ", "\u{FEFF}"])
    func emptyInputHasNoMessage(_ text: String) {
        let result = HL7v2Reader.read(Array(text.utf8))
        #expect(result.messages.isEmpty)
        #expect(HL7v2Fixtures.codes(result) == ["hl7.message.no-msh"])
        #expect(result.diagnostics.first?.location == nil)
    }

    @Test func dataWithoutMSHIsReportedOncePerRun() {
        let text = "PID|1|SECRET-NAME\nPV1|1\n" + HL7v2Fixtures.supplyOrder + "\nBTS|1\njunk line\nmore junk"
        let result = HL7v2Reader.read(HL7v2Fixtures.cr(text))
        #expect(result.messages.count == 1)
        #expect(HL7v2Fixtures.codes(result) == [
            "hl7.message.no-msh", "hl7.batch.unexpected-segment", "hl7.message.no-msh",
        ])
        #expect(result.diagnostics.allSatisfy { !$0.text.contains("SECRET") && !$0.text.contains("junk") })
        #expect(result.diagnostics[0].message.contains("line 1"))
    }

    @Test func leadingNULBytesAreAnErrorNotACrash() throws {
        let bytes: [UInt8] = [0, 0, 0, 2] + HL7v2Fixtures.cr(HL7v2Fixtures.supplyOrder)
        let result = HL7v2Reader.read(bytes)
        #expect(HL7v2Fixtures.codes(result) == ["hl7.syntax.control-bytes"])
        #expect(result.diagnostics.first?.severity == .error)
        let message = try #require(result.messages.first)
        #expect(message.byteOffset == 4)
        #expect(message.controlID == "CTRL-0001")
    }

    @Test func controlBytesBetweenSegmentsBelongToTheirMessage() throws {
        let text = "MSH|^~\\&|A|B|C|D|1||X|1|P|2.5\r\0\0PID|1\r\0\r" + "MSH|^~\\&|A|B|C|D|1||X|2|P|2.5"
        let result = HL7v2Reader.read(Array(text.utf8))
        #expect(result.messages.map(\.diagnostics.count) == [1, 0])
        #expect(HL7v2Fixtures.codes(result) == ["hl7.syntax.control-bytes", "hl7.syntax.control-bytes"])
        #expect(result.messages[0].segments.map(\.id) == ["MSH", "PID"])
    }

    @Test(arguments: [
        "MSH|^~\\&|WHARF|STORES", "MSH|^~\\&|A|B|C|D|1||OMS^O05", "MSH|^~\\&|A|B|C|D|1||OMS^O05|C1|P|",
    ])
    func truncatedHeadersAreReported(_ text: String) throws {
        let result = HL7v2Reader.read(Array(text.utf8))
        let message = try #require(result.messages.first)
        #expect(!message.diagnostics.isEmpty)
        #expect(message.diagnostics.allSatisfy { $0.code == .hl7HeaderFieldMissing })
        #expect(message.diagnostics.last?.location?.text == "MSH(1)-12")
    }

    @Test func invalidSegmentIdentifiersAreReportedWithoutTheirText() throws {
        let text = HL7v2Fixtures.supplyOrder + "\nsmith|x\nPI|1\nPIDX|1\n /* comment */"
        let result = HL7v2Reader.read(HL7v2Fixtures.cr(text))
        let message = try #require(result.messages.first)
        #expect(message.diagnostics.map(\.code) == Array(repeating: .hl7SegmentInvalidID, count: 4))
        #expect(message.diagnostics.allSatisfy { !$0.message.contains("smith") && !$0.message.contains("comment") })
        #expect(message.segments.count == 9)
        #expect(message.segments[5].validID == nil)
    }

    @Test func aOneMegabyteFieldIsReadWhole() throws {
        let big = String(repeating: "ABCDEFGH\\F\\", count: 100_000)
        let text = "MSH|^~\\&|A|B|C|D|1||X|1|P|2.5\rOBX|1|ED|||\(big)|end\r"
        let bytes = Array(text.utf8)
        let result = HL7v2Reader.read(bytes)
        #expect(result.diagnostics.isEmpty)
        let value = try #require(result.messages.first?.value(at: "OBX-5"))
        #expect(value.utf8.count == 900_000)
        #expect(value.hasPrefix("ABCDEFGH|ABCDEFGH|"))
        #expect(result.messages.first?.value(at: "OBX-6") == "end")
        // Chunked, the same (in 64 KiB chunks; byte by byte would be slow only because of the test's own copying).
        #expect(HL7v2Fixtures.events(bytes, chunk: 65_536) == HL7v2Fixtures.events(bytes, chunk: bytes.count))
    }

    @Test(arguments: [1, 7, 4096, 1 << 20])
    func messagesOverTheLimitAreSkipped(_ chunk: Int) {
        let big = String(repeating: "x", count: 5_000)
        let text = [HL7v2Fixtures.supplyOrder, "OBX|1|\(big)", "OBX|2", HL7v2Fixtures.otherSeparators,
                    "MSH|^~\\&|\(big)", "PID|1", HL7v2Fixtures.supplyOrder].joined(separator: "\n")
        let events = HL7v2Fixtures.events(HL7v2Fixtures.cr(text), chunk: chunk, maximumMessageSize: 2_000)
        #expect(events == HL7v2Fixtures.events(HL7v2Fixtures.cr(text), chunk: 1 << 20, maximumMessageSize: 2_000))
        let messages = events.compactMap { if case .message(let message) = $0 { message.controlID } else { nil } }
        #expect(messages == ["CTRL-0002", "CTRL-0001"])
        let codes = events.compactMap { event -> String? in
            if case .diagnostic(let diagnostic) = event { diagnostic.code.rawValue } else { nil }
        }
        #expect(codes == ["hl7.message.too-large", "hl7.message.too-large"])
    }

    @Test(arguments: [
        "MSH|^~\\&|\0\0\0|\u{1}\u{2}", "MSH|||||||||||||||||||||||||||||||||||",
        "MSH|0~00||0|||||000|||2.8.10000^MOBX||RMC|||~", "MSH|^|||||||\u{1}|||2.2\r\u{1}\u{1}", "\u{FF}\u{FE}M\0S\0H\0",
        "MSH|^~\\&|\\X\\|\\", "BHS|\rBHS\rFHS\rFTS\rFTS|",
        "MSH|^~\\&|A\rMSH|^~\\&|B\rMSH", "\r\r\r\rMSH\r\r\r",
    ])
    func fuzzLikeInputsDoNotCrash(_ text: String) {
        let bytes = Array(text.utf8)
        let result = HL7v2Reader.read(bytes)
        #expect(result.hasErrors)
        #expect(HL7v2Fixtures.events(bytes, chunk: 1) == HL7v2Fixtures.events(bytes, chunk: bytes.count))
        for message in result.messages {
            for segment in message.segments {
                for field in segment.fields { _ = (field.text, field.repetitions.map(\.components)) }
            }
        }
    }
}

/// The fast checks of NM, SI, DT, DTM and TM agree with the patterns of specs/hl7v2 on random values.
@Suite struct PrimitiveFormTests {
    @Test func fastChecksAgreeWithThePatterns() throws {
        let dictionary = try #require(HL7v2Dictionary.forVersion("2.5.1"))
        var generator = SystemRandomNumberGenerator()
        let alphabet = Array("0123456789012345678901234567890123456789.+-Z ")
        var samples = ["2026", "202611", "20261124", "2026112408", "202611240830", "20261124083015",
                       "20261124083015.1234", "20261124083015+0100", "202613", "20261132", "2026112425", "1.5", "-.5",
                       "+12.", ".", "", "12a", "0830", "083060", "235959.99", "24", "20261124083015.12345"]
        for _ in 0..<3000 {
            let length = Int.random(in: 1...22, using: &generator)
            samples.append(String((0..<length).map { _ in alphabet.randomElement(using: &generator)! }))
        }
        for type in ["NM", "SI", "DT", "DTM", "TM"] {
            for sample in samples {
                #expect(dictionary.matches(sample, type: type) == dictionary.matchesPattern(sample, type: type),
                        "\(type) \(sample)")
            }
        }
    }
}
