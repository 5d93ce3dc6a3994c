import Foundation
import Testing

@testable import Canonical

@Suite("Canonical dates")
struct CanonicalDateTests {
    @Test("Each precision round-trips as exactly its own text", arguments: [
        ("2024", CanonicalDate.Precision.year),
        ("2024-03", .month),
        ("2024-03-05", .day),
        ("2024-02-29", .day),
        ("0000-01-01", .day),
        ("2024-03-05T14", .hour),
        ("2024-03-05T14Z", .hour),
        ("2024-03-05T14:30", .minute),
        ("2024-03-05T14:30Z", .minute),
        ("2024-03-05T14:30-05:00", .minute),
        ("2024-03-05T14:30:15", .second),
        ("2024-03-05T23:59:59+05:30", .second),
        ("2024-03-05T14:30:15.25", .fraction),
        ("2024-03-05T14:30:15.250", .fraction),
        ("2024-03-05T14:30:15.123456789-09:30", .fraction),
    ])
    func roundTrip(text: String, precision: CanonicalDate.Precision) throws {
        let date = try CanonicalDate(iso8601: text)
        #expect(date.precision == precision)
        #expect(date.iso8601 == text)
        let qualified = QualifiedDate(kind: .shipped, date: date)
        let json = try JSONEncoder().encode(qualified)
        #expect(try JSONDecoder().decode(QualifiedDate.self, from: json) == qualified)
        #expect(String(decoding: json, as: UTF8.self).contains("\"\(text)\""))
    }

    @Test("A zero offset is written Z")
    func zeroOffset() throws {
        #expect(try CanonicalDate(iso8601: "2024-03-05T14:30+00:00").iso8601 == "2024-03-05T14:30Z")
        #expect(try CanonicalDate(iso8601: "2024-03-05T14:30-00:00").utcOffsetMinutes == 0)
    }

    @Test("Components are kept as given")
    func components() throws {
        let date = try CanonicalDate(iso8601: "2024-03-05T14:30:15.25-05:00")
        #expect(date.year == 2024 && date.month == 3 && date.day == 5)
        #expect(date.hour == 14 && date.minute == 30 && date.second == 15)
        #expect(date.fractionDigits == "25")
        #expect(date.utcOffsetMinutes == -300)
        #expect(date != (try CanonicalDate(iso8601: "2024-03-05T14:30:15.250-05:00")))
    }

    @Test("Malformed texts are syntax errors", arguments: [
        "", "24", "20240305", "2024-3-5", "2024-03-05 14:30", "2024-03-05t14:30", "2024-03-05T1430",
        "2024-03-05T14:30:15.", "2024-03-05T14:30:15.1234567890", "2024-03-05T14:30+0500", "2024-03-05T14:30Zjunk",
        "2024-03-05T", "+2024-03-05", "2024-03-05T14:30:15,5",
    ])
    func syntax(text: String) {
        #expect(throws: CanonicalDateError.self) { try CanonicalDate(iso8601: text) }
        do {
            _ = try CanonicalDate(iso8601: text)
        } catch {
            #expect(error.code == .syntax)
            #expect(text.isEmpty || !error.message.contains(text))
        }
    }

    @Test("Out-of-range components are rejected", arguments: [
        "2024-00", "2024-13", "2023-02-29", "2024-04-31", "2024-03-05T24", "2024-03-05T14:60",
        "2024-03-05T14:30:60", "2024-03-05T14:30+18:01", "2024-03-05T14:30+05:60",
    ])
    func outOfRange(text: String) {
        do {
            _ = try CanonicalDate(iso8601: text)
            Issue.record("accepted an out-of-range date")
        } catch {
            #expect(error.code == .outOfRange)
        }
    }

    @Test("Components must be contiguous and offsets need a time")
    func componentRules() {
        do {
            _ = try CanonicalDate(year: 2024, day: 5)
            Issue.record("accepted a day without a month")
        } catch {
            #expect(error.code == .componentGap)
        }
        do {
            _ = try CanonicalDate(year: 2024, month: 3, day: 5, utcOffsetMinutes: 60)
            Issue.record("accepted an offset without a time")
        } catch {
            #expect(error.code == .offsetWithoutTime)
        }
        #expect(throws: CanonicalDateError.self) { try CanonicalDate(iso8601: "2024-03-05+05:00") }
    }

    @Test("Foundation dates convert at the requested precision")
    func foundation() throws {
        let instant = Date(timeIntervalSince1970: 1_709_650_215.25)   // 2024-03-05T14:50:15.25Z
        #expect(CanonicalDate(instant, precision: .fraction).iso8601 == "2024-03-05T14:50:15.250Z")
        #expect(CanonicalDate(instant, precision: .minute, utcOffsetMinutes: -300).iso8601 == "2024-03-05T09:50-05:00")
        #expect(CanonicalDate(instant, precision: .day, utcOffsetMinutes: 600).iso8601 == "2024-03-06")
        #expect(CanonicalDate(instant, precision: .fraction).foundationDate() == instant)
        let local = try CanonicalDate(iso8601: "2024-03-05T09:50:15-05:00")
        #expect(local.foundationDate().timeIntervalSince1970 == 1_709_650_215)
        #expect(try CanonicalDate(iso8601: "2024-03").foundationDate(assumingUTCOffsetMinutes: 60)
            .timeIntervalSince1970 == 1_709_247_600)
        #expect(CanonicalDate.Precision.year < .day && CanonicalDate.Precision.second < .fraction)
    }
}
