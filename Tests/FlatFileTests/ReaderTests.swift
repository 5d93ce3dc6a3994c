import Testing
import WharfCore
@testable import FlatFile

/// RFC 4180 and the variants met in practice, read from bytes.
@Suite struct ReaderTests {
    private typealias F = FlatFileFixtures

    @Test func readsRFC4180WithQuotedDelimitersQuotesAndLineBreaks() {
        let bytes = F.crlf("id,text,amount\n1,\"a, b\",2.5\n2,\"say \"\"hi\"\"\",3\n3,\"two\nlines\",4\n")
        let result = CSVReader.read(bytes)
        #expect(result.diagnostics.isEmpty)
        #expect(result.records.map(\.fields) == [
            ["id", "text", "amount"], ["1", "a, b", "2.5"], ["2", "say \"hi\"", "3"], ["3", "two\r\nlines", "4"],
        ])
        #expect(result.records.map(\.number) == [1, 2, 3, 4])
        #expect(result.header?[column: 2] == "text")
        #expect(result.dataRecords.count == 3)
        #expect(result.delimiter == UInt8(ascii: ","))
    }

    @Test(arguments: [",", ";", "\t", "|"])
    func detectsAndUsesEachDelimiter(delimiter: String) {
        let text = ["a", "b", "c"].joined(separator: delimiter) + "\n"
            + ["1", "\"x\(delimiter)y\"", "3"].joined(separator: delimiter) + "\n"
        let detected = CSVReader.read(Array(text.utf8))
        #expect(detected.delimiter == Array(delimiter.utf8)[0])
        #expect(detected.records.map(\.fields) == [["a", "b", "c"], ["1", "x\(delimiter)y", "3"]])
        let given = CSVReader.read(Array(text.utf8), dialect: CSVDialect(delimiter: Array(delimiter.utf8)[0]))
        #expect(given.records == detected.records)
    }

    @Test func detectionPrefersTheDelimiterFoundAlikeInEveryRecord() {
        // Decimal commas make commas frequent in the data, but only ';' is on every record the same number of times.
        let text = "item;price;qty\nA;1,50;2\nB;2,75,0;3\n"
        #expect(CSVReader.read(Array(text.utf8)).delimiter == UInt8(ascii: ";"))
        // Delimiters inside quotes do not count.
        #expect(CSVReader.read(Array("\"a,b,c\";d\n\"e,f\";g\n".utf8)).delimiter == UInt8(ascii: ";"))
        // A single column falls back to the comma.
        #expect(CSVReader.read(Array("one\ntwo\n".utf8)).delimiter == UInt8(ascii: ","))
    }

    @Test(arguments: [("\r\n", "CRLF"), ("\n", "LF"), ("\r", "CR")])
    func readsEveryLineEnding(ending: String, name: String) {
        let text = "a,b\(ending)\"x\(ending)y\",2\(ending)3,4"
        let result = CSVReader.read(Array(text.utf8))
        #expect(result.records.map(\.fields) == [["a", "b"], ["x\(ending)y", "2"], ["3", "4"]], "\(name)")
        #expect(result.diagnostics.isEmpty)
    }

    @Test func readsMixedLineEndingsAndSkipsEmptyLinesButCountsThem() {
        let result = CSVReader.read(Array("a,b\r\n\r\n1,2\n\n\r3,4\r".utf8))
        #expect(result.records.map(\.fields) == [["a", "b"], ["1", "2"], ["3", "4"]])
        #expect(result.records.map(\.number) == [1, 3, 6])
        // A quoted empty field is a record, not an empty line.
        #expect(CSVReader.read(Array("a\n\"\"\n".utf8)).records.map(\.fields) == [["a"], [""]])
    }

    @Test func readsWithoutHeader() {
        let result = CSVReader.read(Array("1,2\n3,4\n".utf8), dialect: CSVDialect(hasHeader: false))
        #expect(result.header == nil)
        #expect(result.dataRecords.map(\.fields) == [["1", "2"], ["3", "4"]])
    }

    @Test func readsAnEscapeCharacterAndNoQuoting() {
        let text = #"a,b\n"x \"y\" z",p\,q\n"#.replacingOccurrences(of: "\\n", with: "\n")
        let escaped = CSVReader.read(Array(text.utf8),
                                     dialect: CSVDialect(delimiter: UInt8(ascii: ","), escape: UInt8(ascii: "\\")))
        #expect(escaped.records.map(\.fields) == [["a", "b"], ["x \"y\" z", "p,q"]])
        let unquoted = CSVReader.read(Array("a,b\n\"x,y\"\n".utf8),
                                      dialect: CSVDialect(delimiter: UInt8(ascii: ","), quote: nil))
        #expect(unquoted.records.map(\.fields) == [["a", "b"], ["\"x", "y\""]])
    }

    @Test func readsAnotherQuoteCharacter() {
        let dialect = CSVDialect(delimiter: UInt8(ascii: ";"), quote: UInt8(ascii: "'"))
        let result = CSVReader.read(Array("a;b\n'x;y';'it''s'\n\"q\";2\n".utf8), dialect: dialect)
        #expect(result.records.map(\.fields) == [["a", "b"], ["x;y", "it's"], ["\"q\"", "2"]])
        #expect(result.diagnostics.isEmpty)
    }

    @Test func skipsAUTF8ByteOrderMark() {
        let result = CSVReader.read([0xEF, 0xBB, 0xBF] + Array("foo,bar\n1,é\n".utf8))
        #expect(result.encoding == .utf8)
        #expect(result.records.map(\.fields) == [["foo", "bar"], ["1", "é"]])
        #expect(result.diagnostics.isEmpty)
    }

    @Test func readsLatin1GivenOrAssumed() {
        let bytes: [UInt8] = Array("a,b\n1,".utf8) + [0x4D, 0xFC, 0x6C, 0x6C, 0x65, 0x72] + Array("\n".utf8)
        let given = CSVReader.read(bytes, dialect: CSVDialect(encoding: .latin1))
        #expect(given.records.map(\.fields) == [["a", "b"], ["1", "Müller"]])
        #expect(given.diagnostics.isEmpty)
        let assumed = CSVReader.read(bytes + Array("2,".utf8) + [0xE9] + Array("\n".utf8))
        #expect(assumed.records.map(\.fields) == [["a", "b"], ["1", "Müller"], ["2", "é"]])
        #expect(F.codes(assumed.diagnostics) == ["csv.encoding.invalid"])
        #expect(assumed.diagnostics.first?.severity == .warning)
        #expect(assumed.diagnostics.first.flatMap(F.csvLocation)?.record == 2)
    }

    @Test func reportsInvalidUTF8AsAnErrorWhenUTF8IsNamed() {
        let bytes: [UInt8] = Array("a,b\n1,x".utf8) + [0xC3, 0x28] + Array("\n".utf8)
        let result = CSVReader.read(bytes, dialect: CSVDialect(encoding: .utf8))
        #expect(result.records.last?.fields == ["1", "x\u{FFFD}("])
        #expect(F.codes(result.diagnostics) == ["csv.encoding.invalid"])
        #expect(result.diagnostics.first?.severity == .error)
        #expect(result.diagnostics.first.flatMap(F.csvLocation) == CSVLocation(record: 2, column: 2, header: "b"))
    }

    @Test(arguments: [CSVEncoding.utf16LittleEndian, .utf16BigEndian])
    func readsUTF16WithAndWithoutByteOrderMark(encoding: CSVEncoding) {
        let text = "name;qty\n\"Gaze, steril\";2\nSpritze 💉;1\n"
        var writer = CSVWriter(options: CSVWriter.Options(encoding: encoding))
        writer.write(record: ["x"])
        let bom = Array(writer.takeBytes().prefix(2))
        let body: [UInt8] = text.utf16.flatMap { unit -> [UInt8] in
            let high = UInt8(unit >> 8)
            let low = UInt8(unit & 0xFF)
            return encoding == .utf16BigEndian ? [high, low] : [low, high]
        }
        let expected = [["name", "qty"], ["Gaze, steril", "2"], ["Spritze 💉", "1"]]
        let withMark = CSVReader.read(bom + body)
        #expect(withMark.encoding == encoding)
        #expect(withMark.records.map(\.fields) == expected)
        #expect(withMark.delimiter == UInt8(ascii: ";"))
        let detected = CSVReader.read(body)
        #expect(detected.encoding == encoding)
        #expect(detected.records.map(\.fields) == expected)
        let named = CSVReader.read(bom + body, dialect: CSVDialect(encoding: encoding))
        #expect(named.records.map(\.fields) == expected)
        #expect(named.diagnostics.isEmpty)
    }

    @Test func reportsBrokenUTF16() {
        // A lone high surrogate, then an odd last byte.
        let bytes: [UInt8] = [0xFF, 0xFE, 0x61, 0x00, 0x0A, 0x00, 0x00, 0xD8, 0x62, 0x00, 0x0A, 0x00, 0x63]
        let result = CSVReader.read(bytes)
        #expect(result.records.map(\.fields) == [["a"], ["\u{FFFD}b"], ["\u{FFFD}"]])
        #expect(F.codes(result.diagnostics) == ["csv.encoding.invalid", "csv.encoding.invalid"])
        #expect(result.diagnostics.map { F.csvLocation($0)?.record } == [2, 3])
    }

    @Test func reportsRaggedRecordsWithoutStopping() {
        let result = CSVReader.read(Array("a,b,c\n1,2,3,4\n5\n6,7,8\n".utf8))
        #expect(result.records.map(\.count) == [3, 4, 1, 3])
        #expect(F.codes(result.diagnostics) == ["csv.record.ragged", "csv.record.ragged"])
        #expect(result.diagnostics.map { F.csvLocation($0)?.record } == [2, 3])
        #expect(result.diagnostics.allSatisfy { $0.severity == .warning })
    }

    @Test func dropsAndReportsNulBytes() {
        let result = CSVReader.read(Array("a,b\n".utf8) + [0x00] + Array("x,\"y".utf8) + [0x00] + Array("\"\n".utf8))
        #expect(result.records.last?.fields == ["x", "y"])
        #expect(F.codes(result.diagnostics) == ["csv.record.nul-byte"])
        #expect(result.diagnostics.first.flatMap(F.csvLocation) == CSVLocation(record: 2, column: 1, header: "a"))
    }

    @Test func keepsStrayQuotesAndReportsThem() {
        let result = CSVReader.read(Array("a,b\n5\" tube,\"x\"y\n".utf8))
        #expect(result.records.last?.fields == ["5\" tube", "xy"])
        #expect(F.codes(result.diagnostics) == ["csv.quote.stray"])
        #expect(result.diagnostics.first.flatMap(F.csvLocation)?.column == 1)
    }

    @Test func reportsAnUnterminatedQuote() {
        let result = CSVReader.read(Array("a,b\n1,\"open\n2,3\n".utf8))
        #expect(result.records.last?.fields == ["1", "open\n2,3\n"])
        #expect(F.codes(result.diagnostics) == ["csv.quote.unterminated"])
        #expect(result.diagnostics.first.flatMap(F.csvLocation) == CSVLocation(record: 2, column: 2, header: "b"))
    }

    @Test func skipsARecordLongerThanTheLimit() {
        let long = String(repeating: "x", count: 500)
        let result = CSVReader.read(Array("a,b\n1,\(long)\n2,3\n".utf8), maximumRecordSize: 100)
        #expect(result.records.map(\.fields) == [["a", "b"], ["2", "3"]])
        #expect(F.codes(result.diagnostics) == ["csv.record.too-large"])
        #expect(result.diagnostics.first.flatMap(F.csvLocation)?.record == 2)
        // A line of nothing but delimiters is as large as its field table.
        let commas = CSVReader.read(Array((String(repeating: ",", count: 400) + "\n1\n").utf8), maximumRecordSize: 100)
        #expect(F.codes(commas.diagnostics) == ["csv.record.too-large"])
    }

    @Test func readsEmptyAndAlmostEmptyInputs() {
        #expect(CSVReader.read([]).records.isEmpty)
        #expect(CSVReader.read([0xEF, 0xBB, 0xBF]).records.isEmpty)
        #expect(CSVReader.read(Array("\n\r\n".utf8)).records.isEmpty)
        #expect(CSVReader.read(Array("a".utf8)).records.map(\.fields) == [["a"]])
        #expect(CSVReader.read(Array("a,".utf8)).records.map(\.fields) == [["a", ""]])
        #expect(CSVReader.read(Array(",\n".utf8)).records.map(\.fields) == [["", ""]])
        #expect(CSVReader.read(Array(",,\n".utf8)).records.first?.isBlank == true)
    }

    @Test func recordAccessIsOneBased() {
        let record = CSVRecord(number: 2, fields: ["a", "", "ç"])
        #expect(record[column: 1] == "a")
        #expect(record[column: 2] == "")
        #expect(record[column: 3] == "ç")
        #expect(record[column: 0] == nil)
        #expect(record[column: 4] == nil)
        #expect(record.utf8(column: 3).map(Array.init) == [0xC3, 0xA7])
        #expect(record.description == "record 2 (3 fields)")
    }
}
