/// The date and time formats of FHIR (`date`, `dateTime`, `instant`, `time`), checked on bytes without
/// allocation. They follow the specification's regular expressions and in addition require real calendar dates
/// ("Dates SHALL be valid dates": no 2023-02-29).
enum FHIRDateTimeChecks {
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    static func date(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let end = self.datePart(bytes, requireFull: false) else { return false }
        return end == bytes.count
    }

    /// A date, or a full date with `Thh:mm:ss[.f+]` and a time zone.
    static func dateTime(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let end = self.datePart(bytes, requireFull: false) else { return false }
        if end == bytes.count { return true }
        guard end == 10, bytes[end] == UInt8(ascii: "T") else { return false }
        return self.timeAndZone(bytes, from: end + 1)
    }

    /// `YYYY-MM-DDThh:mm:ss[.f+]` and a time zone.
    static func instant(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let end = self.datePart(bytes, requireFull: true), end < bytes.count,
              bytes[end] == UInt8(ascii: "T") else { return false }
        return self.timeAndZone(bytes, from: end + 1)
    }

    /// `hh:mm:ss[.f+]`.
    static func time(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let end = self.clock(bytes, from: 0) else { return false }
        return end == bytes.count
    }

    // MARK: Parts

    /// Reads `YYYY[-MM[-DD]]` from the start; returns the index after it.
    private static func datePart(_ bytes: UnsafeBufferPointer<UInt8>, requireFull: Bool) -> Int? {
        guard let year = self.number(bytes, at: 0, digits: 4), year >= 1 else { return nil }
        guard bytes.count > 4, bytes[4] == UInt8(ascii: "-") else { return requireFull ? nil : 4 }
        guard let month = self.number(bytes, at: 5, digits: 2), (1...12).contains(month) else { return nil }
        guard bytes.count > 7, bytes[7] == UInt8(ascii: "-") else { return requireFull ? nil : 7 }
        guard let day = self.number(bytes, at: 8, digits: 2), day >= 1, day <= self.daysIn(month: month, year: year)
        else { return nil }
        return 10
    }

    /// Reads `hh:mm:ss[.f+]` at `start`; returns the index after it.
    private static func clock(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard let hour = self.number(bytes, at: start, digits: 2), hour <= 23,
              self.byte(bytes, start + 2) == UInt8(ascii: ":"),
              let minute = self.number(bytes, at: start + 3, digits: 2), minute <= 59,
              self.byte(bytes, start + 5) == UInt8(ascii: ":"),
              let second = self.number(bytes, at: start + 6, digits: 2), second <= 60 else { return nil }
        var index = start + 8
        if self.byte(bytes, index) == UInt8(ascii: ".") {
            index += 1
            let first = index
            while index < bytes.count, FHIRLexicalChecks.isDigit(bytes[index]) { index += 1 }
            guard index > first else { return nil }
        }
        return index
    }

    /// `hh:mm:ss[.f+]` followed by `Z` or `+hh:mm`/`-hh:mm` (up to 14:00) and the end.
    private static func timeAndZone(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Bool {
        guard let index = self.clock(bytes, from: start), index < bytes.count else { return false }
        if bytes[index] == UInt8(ascii: "Z") { return index + 1 == bytes.count }
        guard bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-"), bytes.count == index + 6,
              let hours = self.number(bytes, at: index + 1, digits: 2), bytes[index + 3] == UInt8(ascii: ":"),
              let minutes = self.number(bytes, at: index + 4, digits: 2) else { return false }
        return (hours <= 13 && minutes <= 59) || (hours == 14 && minutes == 0)
    }

    private static func byte(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> UInt8? {
        index < bytes.count ? bytes[index] : nil
    }

    /// The value of exactly `digits` decimal digits at `index`.
    private static func number(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, digits: Int) -> Int? {
        guard index + digits <= bytes.count else { return nil }
        var value = 0
        for offset in 0..<digits {
            let byte = bytes[index + offset]
            guard FHIRLexicalChecks.isDigit(byte) else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return value
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}
