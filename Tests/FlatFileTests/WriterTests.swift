import Foundation
import Testing
@testable import FlatFile

/// Quoting only when needed, delimiters, line endings, decimal separators and encodings.
@Suite struct WriterTests {
    private func text(_ records: [[String]], _ options: CSVWriter.Options = CSVWriter.Options()) -> String {
        var writer = CSVWriter(options: options)
        for record in records { writer.write(record: record) }
        return String(decoding: writer.takeBytes(), as: UTF8.self)
    }

    @Test func quotesOnlyWhatNeedsIt() {
        let records = [["plain", "with space", " lead", "comma,here", "quote\"here", "line\nbreak", "cr\rhere", ""]]
        #expect(self.text(records)
            == "plain,with space, lead,\"comma,here\",\"quote\"\"here\",\"line\nbreak\",\"cr\rhere\",\r\n")
    }

    @Test func quotesAnEmptyRecordAndALeadingByteOrderMark() {
        #expect(self.text([["a"], [""], ["b"]]) == "a\r\n\"\"\r\nb\r\n")
        #expect(self.text([["\u{FEFF}x", "\u{FEFF}y"]]) == "\"\u{FEFF}x\",\u{FEFF}y\r\n")
    }

    @Test(arguments: [(",", CSVLineEnding.crlf), (";", .lf), ("\t", .cr), ("|", .crlf)])
    func usesTheDelimiterAndLineEnding(delimiter: String, ending: CSVLineEnding) {
        let options = CSVWriter.Options(delimiter: Array(delimiter.utf8)[0], lineEnding: ending)
        let other = delimiter == ";" ? "," : ";"
        let text = self.text([["a", "b\(delimiter)c", "d\(other)e"]], options)
        let lineBreak = String(decoding: ending.bytes, as: UTF8.self)
        #expect(text == "a\(delimiter)\"b\(delimiter)c\"\(delimiter)d\(other)e\(lineBreak)")
    }

    @Test func escapesInsteadOfDoublingWhenAsked() {
        let options = CSVWriter.Options(escape: UInt8(ascii: "\\"), lineEnding: .lf)
        #expect(self.text([["say \"hi\"", "back\\slash", "x"]], options) == "\"say \\\"hi\\\"\",\"back\\\\slash\",x\n")
        let read = CSVReader.read(Array(self.text([["say \"hi\"", "back\\slash"]], options).utf8),
                                  dialect: CSVDialect(delimiter: UInt8(ascii: ","), escape: UInt8(ascii: "\\")))
        #expect(read.records.first?.fields == ["say \"hi\"", "back\\slash"])
    }

    @Test func writesDecimalsExactlyWithTheDecimalSeparator() throws {
        var writer = CSVWriter(options: CSVWriter.Options(delimiter: UInt8(ascii: ";"), lineEnding: .lf,
                                                          decimalSeparator: UInt8(ascii: ",")))
        let price = try #require(Decimal(string: "45.5"))
        writer.append(decimal: price, minimumFractionDigits: 2)
        writer.append(decimal: try #require(Decimal(string: "0.1")) + (try #require(Decimal(string: "0.2"))))
        writer.append(decimal: try #require(Decimal(string: "-1234567890.123456789")))
        writer.append(decimal: 12, minimumFractionDigits: 3)
        writer.endRecord()
        #expect(String(decoding: writer.takeBytes(), as: UTF8.self) == "45,50;0,3;-1234567890,123456789;12,000\n")
    }

    @Test func writesLatin1AndUTF16() {
        var latin1 = CSVWriter(options: CSVWriter.Options(lineEnding: .lf, encoding: .latin1))
        latin1.write(record: ["Müller", "€5"])
        #expect(latin1.takeBytes() == [0x4D, 0xFC, 0x6C, 0x6C, 0x65, 0x72, 0x2C, 0x3F, 0x35, 0x0A])
        #expect(latin1.unrepresentableCharacters == 1)
        var utf16 = CSVWriter(options: CSVWriter.Options(lineEnding: .lf, encoding: .utf16BigEndian))
        utf16.write(record: ["é"])
        #expect(utf16.takeBytes() == [0xFE, 0xFF, 0x00, 0xE9, 0x00, 0x0A])
        utf16.write(record: ["a"])
        #expect(utf16.takeBytes() == [0x00, 0x61, 0x00, 0x0A])
        var marked = CSVWriter(options: CSVWriter.Options(lineEnding: .lf, byteOrderMark: true))
        marked.write(record: ["a"])
        #expect(marked.takeBytes() == [0xEF, 0xBB, 0xBF, 0x61, 0x0A])
    }

    @Test func quotesEverythingWhenAsked() {
        #expect(self.text([["a", ""]], CSVWriter.Options(lineEnding: .lf, quoteAll: true)) == "\"a\",\"\"\n")
    }
}
