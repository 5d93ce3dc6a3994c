import Canonical
import Foundation
import Testing
@testable import FlatFile

/// Exact decimals with a decimal point or comma, whole numbers, and date patterns.
@Suite struct NumberAndDateTests {
    private let point = CSVNumberFormat()
    private let comma = CSVNumberFormat(decimalSeparator: UInt8(ascii: ","), groupingSeparator: UInt8(ascii: "."))

    @Test(arguments: [
        ("45.50", "45.5"), ("0.1", "0.1"), ("-12.345", "-12.345"), ("+7", "7"), ("007", "7"), (".5", "0.5"),
        ("12.50-", "-12.5"), ("48.000", "48"), ("0", "0"), ("-0.00", "0"),
        ("12345678901234567890.123456789012345678", "12345678901234567890.123456789012345678"),
    ])
    func readsDecimalsWithAPoint(text: String, expected: String) throws {
        let value = try #require(self.point.decimal(Array(text.utf8)))
        #expect(value == Decimal(string: expected, locale: nil))
        #expect(value.description == expected)
    }

    @Test(arguments: [("1,7", "1.7"), ("200.000.000", "200000000"), ("1.234,56", "1234.56"), ("-0,05", "-0.05"),
                      ("30,00", "30"), ("1234,5", "1234.5")])
    func readsDecimalsWithAComma(text: String, expected: String) throws {
        let value = try #require(self.comma.decimal(Array(text.utf8)))
        #expect(value.description == expected)
    }

    @Test(arguments: ["", "-", "1.", "1.2.3", "1e5", "NaN", "1,5", "12a", "--1", "1-2", " 1", "0x10",
                      "1234567890123456789012345678901234567890"])
    func refusesWhatIsNotAnExactDecimalWithAPoint(text: String) {
        #expect(self.point.decimal(Array(text.utf8)) == nil)
    }

    @Test(arguments: ["1.5", "1.23.456", "12.34,5", "1,", "1.2345", ",", "1.234.5678"])
    func refusesBadGroupingWithAComma(text: String) {
        #expect(self.comma.decimal(Array(text.utf8)) == nil)
    }

    @Test func neverPassesThroughDouble() throws {
        let a = try #require(self.point.decimal(Array("0.1".utf8)))
        let b = try #require(self.point.decimal(Array("0.2".utf8)))
        #expect(a + b == (try #require(self.point.decimal(Array("0.3".utf8)))))
        let long = try #require(self.point.decimal(Array("9007199254740993".utf8)))
        #expect(long.description == "9007199254740993")
    }

    @Test func writesDecimalsBack() throws {
        #expect(self.comma.text(for: try #require(Decimal(string: "1234.5")), minimumFractionDigits: 2) == "1234,50")
        #expect(self.point.text(for: -5) == "-5")
        #expect(self.point.text(for: try #require(Decimal(string: "0.125")), minimumFractionDigits: 2) == "0.125")
    }

    @Test func readsWholeNumbers() {
        #expect(CSVNumberFormat.integer(Array("42".utf8)) == 42)
        #expect(CSVNumberFormat.integer(Array("-7".utf8)) == -7)
        #expect(CSVNumberFormat.integer(Array("4.0".utf8)) == nil)
        #expect(CSVNumberFormat.integer(Array("99999999999999999999".utf8)) == nil)
        #expect(CSVNumberFormat.integer(Array("+".utf8)) == nil)
    }

    @Test(arguments: [
        ("yyyyMMdd", "20240305", "2024-03-05"), ("MM/dd/yyyy", "03/05/2024", "2024-03-05"),
        ("yyyy-MM-dd", "2024-03-05", "2024-03-05"), ("dd.MM.yyyy", "05.03.2024", "2024-03-05"),
        ("M/d/yyyy H:mm:ss", "5/19/2006 0:00:00", "2006-05-19T00:00:00"),
        ("M/d/yyyy", "12/31/2024", "2024-12-31"), ("yyyyMMddHHmm", "199708301200", "1997-08-30T12:00"),
        ("yyyy-MM-dd'T'HH:mm", "2024-03-05T14:30", "2024-03-05T14:30"), ("yyyy-MM", "2026-05", "2026-05"),
        ("iso8601", "2024-03-05T14:30:15-05:00", "2024-03-05T14:30:15-05:00"),
    ])
    func readsDatesInTheirPattern(pattern: String, text: String, expected: String) throws {
        let format = try #require(CSVDateFormat(pattern: pattern))
        let date = try #require(format.date(Array(text.utf8)))
        #expect(date.iso8601 == expected)
        #expect(format.text(for: date) == text)
    }

    @Test(arguments: [("yyyyMMdd", "20240230"), ("yyyyMMdd", "2024035"), ("MM/dd/yyyy", "13/01/2024"),
                      ("yyyy-MM-dd", "2024-03-05x"), ("yyyy-MM-dd", "24-03-05"), ("iso8601", "yesterday"),
                      ("dd.MM.yyyy", "5.3.2024")])
    func refusesDatesThatDoNotMatch(pattern: String, text: String) throws {
        let format = try #require(CSVDateFormat(pattern: pattern))
        #expect(format.date(Array(text.utf8)) == nil)
    }

    @Test(arguments: ["yyMMdd", "yyyy-dd", "HH:mm", "yyyy-MM-dd Z", "yyyy-MM-dd 'T", "", "yyyyyyyy", "yyyy-MM-MM"])
    func refusesBadPatterns(pattern: String) {
        #expect(CSVDateFormat(pattern: pattern) == nil)
    }

    @Test func reportsWhatAPatternCannotWrite() throws {
        let format = try #require(CSVDateFormat(pattern: "yyyyMMdd"))
        let month = try CanonicalDate(year: 2026, month: 5)
        #expect(format.text(for: month) == nil)
        let minute = try CanonicalDate(year: 2024, month: 3, day: 5, hour: 14, minute: 30)
        #expect(format.text(for: minute) == "20240305")
        #expect(format.truncates(minute))
        #expect(!format.truncates(try CanonicalDate(year: 2024, month: 3, day: 5)))
    }
}
