import HL7v2
import Testing
import WharfCore

/// Feeding an input whole, in 7-byte chunks or byte by byte gives the same events; CR, LF and CRLF terminators, blank
/// lines and a byte order mark give the same messages; offsets and lines are those of the input.
@Suite struct StreamingTests {
    static let oddInputs: [String] = [
        "", "\r", "MSH", "MSH|", "MSH|^~", "MS", "\u{FEFF}", "\u{FEFF}MSH|^~\\&|A",
        "\0\0\u{2}MSH|^~\\&|A|B|C|D|1||X|1|P|2.5",
        "garbage\rMSH|^~\\&|A|B|C|D|1||X|1|P|2.5\rPID|1", "BTS|3\rFTS|x", "FHS|^~\\&\rBHS|^~\\&\rMSH|^~\\&\rBTS|2\r",
        "MSH|^~\\&|A|B|C|D|1||X|1|P|2.5\r\r\n\n\r\rPID|a\\Qb\r   \r\0\0PV1|2", "MSH|^~\\&|\r\nMSH|\r",
    ]

    @Test(arguments: Array(HL7v2Fixtures.named.keys).sorted(), [0, 1, 2])
    func chunkingDoesNotChangeEvents(_ name: String, terminator: Int) {
        let text = HL7v2Fixtures.named[name]!
        let bytes = [HL7v2Fixtures.cr, HL7v2Fixtures.lf, HL7v2Fixtures.crlf][terminator](text)
        let whole = HL7v2Fixtures.events(bytes, chunk: bytes.count)
        #expect(whole.contains { if case .message = $0 { true } else { false } })
        #expect(HL7v2Fixtures.events(bytes, chunk: 7) == whole)
        #expect(HL7v2Fixtures.events(bytes, chunk: 1) == whole)
    }

    @Test(arguments: Self.oddInputs)
    func oddInputsStreamTheSame(_ text: String) {
        let bytes = Array(text.utf8)
        let whole = HL7v2Fixtures.events(bytes, chunk: max(1, bytes.count))
        #expect(HL7v2Fixtures.events(bytes, chunk: 1) == whole)
        #expect(HL7v2Fixtures.events(bytes, chunk: 2) == whole)
        #expect(HL7v2Fixtures.events(bytes, chunk: 7) == whole)
    }

    @Test func terminatorsGiveTheSameMessages() {
        let text = HL7v2Fixtures.named["twoMessages"]!
        let inputs = [HL7v2Fixtures.cr(text), HL7v2Fixtures.lf(text), HL7v2Fixtures.crlf(text)]
        let reads = inputs.map { HL7v2Reader.read($0) }
        let shapes = reads.map { result in
            result.messages.map { message in message.segments.map { Array($0.bytes) } }
        }
        #expect(shapes[0] == shapes[1])
        #expect(shapes[0] == shapes[2])
        #expect(shapes[0].map(\.count) == [5, 2])
        #expect(reads.allSatisfy { $0.diagnostics.isEmpty })
        // Lines count CR, LF and CRLF alike.
        #expect(reads.map { $0.messages.map(\.line) } == [[1, 6], [1, 6], [1, 6]])
        #expect(reads.map { $0.messages[1].segments[1].line } == [7, 7, 7])
    }

    @Test func offsetsAndLinesAreThoseOfTheInput() throws {
        let bytes = [0xEF, 0xBB, 0xBF] + HL7v2Fixtures.crlf("\n\n" + HL7v2Fixtures.supplyOrder + "\n\n"
            + HL7v2Fixtures.otherSeparators + "\n")
        let result = HL7v2Reader.read(bytes)
        #expect(result.diagnostics.isEmpty)
        let first = try #require(result.messages.first)
        #expect(first.byteOffset == 7)
        #expect(first.line == 3)
        #expect(Array(bytes[first.byteOffset..<(first.byteOffset + 3)]) == Array("MSH".utf8))
        let second = result.messages[1]
        #expect(second.line == 9)
        #expect(Array(bytes[second.byteOffset..<(second.byteOffset + second.bytes.count)]) == second.bytes)
        for segment in first.segments + second.segments {
            let range = segment.byteOffset..<(segment.byteOffset + segment.bytes.count)
            #expect(Array(bytes[range]) == Array(segment.bytes))
        }
    }

    @Test func blankLinesBetweenSegmentsAreTolerated() throws {
        let text = "MSH|^~\\&|A|B|C|D|1||X|1|P|2.5\r\n\r\nPID|1\r\n   \r\nPV1|1\n"
        let result = HL7v2Reader.read(Array(text.utf8))
        #expect(result.diagnostics.isEmpty)
        #expect(result.messages.first?.segments.map(\.id) == ["MSH", "PID", "PV1"])
        #expect(result.messages.first?.segments.map(\.line) == [1, 3, 5])
    }

    @Test func zSegmentsAreKeptLikeAnyOther() throws {
        let message = try #require(HL7v2Fixtures.message(HL7v2Fixtures.supplyOrder))
        #expect(message.segments.map(\.id) == ["MSH", "ORC", "RQD", "RQ1", "ZSP"])
        #expect(message.segment("ZSP")?.field(1).text == "1")
    }

    @Test func aLastSegmentWithoutTerminatorIsRead() {
        let text = "MSH|^~\\&|A|B|C|D|1||X|1|P|2.5\rPID|1|last"
        var reader = HL7v2Reader()
        reader.append(Array(text.utf8))
        #expect(reader.next() == nil)   // the last segment may still grow
        reader.finish()
        guard case .message(let message) = reader.next() else {
            Issue.record("expected a message")
            return
        }
        #expect(message.value(at: "PID-2") == "last")
        #expect(reader.next() == nil)
    }
}
