import Testing
import WharfCore
@testable import FlatFile

/// Whole, in chunks or byte by byte: the same records and diagnostics.
@Suite struct StreamingTests {
    private typealias F = FlatFileFixtures

    /// Inputs that stress every state that can span a chunk boundary: CRLF, doubled quotes, escapes, byte order
    /// marks, UTF-8 sequences, UTF-16 units and surrogate pairs, delimiter detection, problems.
    static let inputs: [(name: String, bytes: [UInt8], dialect: CSVDialect)] = [
        ("crlf with quotes", F.crlf("a,b,c\n\"x\"\"y\",\"1\n2\",3\n4,5,6\n"), CSVDialect()),
        ("cr only", Array("a,b,c\r1,2,3\r\"Once upon\ra time\",5,6\r".utf8), CSVDialect()),
        ("semicolon detected", Array("a;b\n\"1;2\";3\n4;5\n6;7\n8;9\n10;11\n".utf8), CSVDialect()),
        ("bom and accents", [0xEF, 0xBB, 0xBF] + Array("foo,bar\n1,ʤé€\n".utf8), CSVDialect()),
        ("latin-1 fallback", Array("a,b\n1,".utf8) + [0xE9, 0x0A, 0x32, 0x2C, 0xFC], CSVDialect()),
        ("utf-16le emoji", [0xFF, 0xFE] + Array("a,💉\n1,2\n".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] },
         CSVDialect()),
        ("utf-16be", [0xFE, 0xFF] + Array("a|b\n1|2\n".utf16).flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] },
         CSVDialect()),
        ("escape", Array(#"a,b\,c,"d\"e""#.utf8) + [0x0A, 0x5C], CSVDialect(escape: UInt8(ascii: "\\"))),
        ("problems", Array("a,b,c\n1,2\n\"x\"y,\0,3,4\n\"open,".utf8), CSVDialect()),
        ("no header tabs", Array("1\t2\r\n\r\n3\t\"4\t5\"\r\n".utf8), CSVDialect(hasHeader: false)),
        ("empty", [], CSVDialect()),
    ]

    @Test(arguments: 0..<StreamingTests.inputs.count)
    func chunkingDoesNotChangeTheEvents(index: Int) {
        let input = Self.inputs[index]
        let whole = F.events(input.bytes, dialect: input.dialect, chunk: max(input.bytes.count, 1))
        #expect(!whole.isEmpty || input.bytes.isEmpty, "\(input.name)")
        for chunk in [1, 2, 3, 5, 7, 16, 64] {
            let chunked = F.events(input.bytes, dialect: input.dialect, chunk: chunk)
            #expect(chunked == whole, "\(input.name), chunk \(chunk)")
        }
    }

    @Test func chunkingDoesNotChangeDetectionPastTheSample() {
        // Longer than the detection sample: the delimiter must not depend on where the chunks end.
        let row = "\"value, with comma\";2;3\r\n"
        let bytes = Array(String(repeating: row, count: 5000).utf8)
        let whole = F.events(bytes, chunk: bytes.count)
        #expect(F.events(bytes, chunk: 4093) == whole)
        #expect(F.events(bytes, chunk: 65_537) == whole)
        guard case .record(let record) = whole.first else {
            Issue.record("no record")
            return
        }
        #expect(record.fields == ["value, with comma", "2", "3"])
    }

    @Test func recordsComeOutAsSoonAsTheyAreComplete() {
        var reader = CSVReader(dialect: CSVDialect(delimiter: UInt8(ascii: ",")))
        reader.append(Array("a,b\n1,".utf8))
        guard case .record(let first) = reader.next() else {
            Issue.record("the header should be out")
            return
        }
        #expect(first.fields == ["a", "b"])
        #expect(reader.next() == nil)
        reader.append(Array("2\r".utf8))
        // The CR ends the record; an LF after it would belong to the same line break.
        guard case .record(let second) = reader.next() else {
            Issue.record("the record should be out")
            return
        }
        #expect(second.fields == ["1", "2"])
        reader.append(Array("\n3,4".utf8))
        #expect(reader.next() == nil)
        reader.finish()
        guard case .record(let third) = reader.next() else {
            Issue.record("the last record should be out")
            return
        }
        #expect(third.number == 3)
        #expect(reader.next() == nil)
    }
}
