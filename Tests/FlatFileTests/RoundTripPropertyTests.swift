import Foundation
import PropertyBased
import Testing
import WharfCore
@testable import FlatFile

/// Property: whatever the fields hold (delimiters, quotes, escape characters, CR, LF, tabs, spaces, non-ASCII),
/// writing records and reading them back gives the same fields, with no diagnostics, fed whole and byte by byte,
/// in every delimiter, line ending, quoting style and encoding.
@Suite struct RoundTripPropertyTests {
    private typealias F = FlatFileFixtures

    /// What fields are made of.
    static let alphabet: [Character] = Array("AZaz09 .-/\"'\\é€ß\t,;|💉") + ["\n", "\r", "\r\n", "\u{FEFF}"]
    static let field = Gen<Character?>.element(of: Self.alphabet).map { $0 ?? "A" }.string(of: 0...8)
    /// Records of 1 to 5 fields (ragged on purpose), 1 to 6 of them.
    static let records = Self.field.array(of: 1...5).array(of: 1...6)
    /// Delimiter, line ending, escape or doubling, encoding.
    static let settings = Gen<Int>.int(in: 0..<(4 * 3 * 2 * 4))

    private static let delimiters: [UInt8] = CSVDialect.detectableDelimiters
    private static let encodings: [CSVEncoding] = [.utf8, .utf16LittleEndian, .utf16BigEndian, .latin1]

    @Test func writeThenReadGivesTheSameFields() async {
        await propertyCheck(count: 400, input: Self.settings, Self.records) { setting, records in
            let delimiter = Self.delimiters[setting % 4]
            let ending = CSVLineEnding.allCases[(setting / 4) % 3]
            let escape: UInt8? = (setting / 12) % 2 == 0 ? nil : UInt8(ascii: "\\")
            var encoding = Self.encodings[(setting / 24) % 4]
            let latin1Safe = records.joined().allSatisfy { $0.unicodeScalars.allSatisfy { $0.value <= 0xFF } }
            if encoding == .latin1, !latin1Safe { encoding = .utf8 }
            var writer = CSVWriter(options: CSVWriter.Options(delimiter: delimiter, escape: escape, lineEnding: ending,
                                                              encoding: encoding))
            for record in records { writer.write(record: record) }
            let bytes = writer.takeBytes()
            let dialect = CSVDialect(delimiter: delimiter, escape: escape, hasHeader: false, encoding: encoding)
            let result = CSVReader.read(bytes, dialect: dialect)
            #expect(result.diagnostics.filter { $0.code != .csvRecordRagged }.isEmpty)
            #expect(result.records.map(\.fields) == records)
            let whole = F.events(bytes, dialect: dialect, chunk: bytes.count)
            #expect(F.events(bytes, dialect: dialect, chunk: 1) == whole)
        }
    }

    @Test func detectionFindsTheDelimiterOfWrittenRecords() async {
        await propertyCheck(count: 200, input: Self.settings, Self.records) { setting, records in
            let delimiter = Self.delimiters[setting % 4]
            // A header of plain names, the same number of fields on every record: what detection is for.
            let width = records.map(\.count).max() ?? 1
            let header = (1...width).map { "column\($0)" }
            let body = records.map { $0 + Array(repeating: "", count: width - $0.count) }
            var writer = CSVWriter(options: CSVWriter.Options(delimiter: delimiter))
            for record in [header] + body { writer.write(record: record) }
            let result = CSVReader.read(writer.takeBytes())
            // With one column there is nothing to detect: the comma is assumed.
            guard width > 1 else { return }
            #expect(result.delimiter == delimiter)
            #expect(result.records.map(\.fields) == [header] + body)
        }
    }
}
