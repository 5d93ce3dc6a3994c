import Foundation

/// A calendar date or date-time at exactly the precision the source gave, with its UTC offset if known.
///
/// Supply-chain formats send a date alone, a date and hours and minutes, or seconds and fractions, with or
/// without an offset; the canonical model keeps exactly what came, so nothing is invented (no midnight, no
/// time zone) and a serializer can write back the same precision. Encodes as ISO 8601 text of exactly its
/// precision:
///
/// | precision | text |
/// |---|---|
/// | `.year` | `2024` |
/// | `.month` | `2024-03` |
/// | `.day` | `2024-03-05` |
/// | `.hour` | `2024-03-05T14` |
/// | `.minute` | `2024-03-05T14:30` |
/// | `.second` | `2024-03-05T14:30:15` |
/// | `.fraction` | `2024-03-05T14:30:15.25` |
///
/// A time may carry a UTC offset, written `Z` when it is zero and `±HH:MM` otherwise
/// (`2024-03-05T14:30-05:00`). A date without a time has no offset.
///
/// Example:
/// ```swift
/// let shipped = try CanonicalDate(year: 2024, month: 3, day: 5, hour: 14, minute: 30, utcOffsetMinutes: -300)
/// shipped.iso8601                                   // "2024-03-05T14:30-05:00"
/// try CanonicalDate(iso8601: "2024-03").precision   // .month
/// ```
public struct CanonicalDate: Hashable, Sendable, CustomStringConvertible {
    /// How much of a date or date-time is known.
    public enum Precision: Int, Hashable, Sendable, CaseIterable, Comparable {
        /// A year: `2024`.
        case year
        /// A year and month: `2024-03`.
        case month
        /// A calendar date: `2024-03-05`.
        case day
        /// A date and hour: `2024-03-05T14`.
        case hour
        /// A date, hour and minute: `2024-03-05T14:30`.
        case minute
        /// A date and time to the second: `2024-03-05T14:30:15`.
        case second
        /// A date and time with a decimal fraction of a second: `2024-03-05T14:30:15.25`.
        case fraction

        /// Orders precisions from coarsest (`year`) to finest (`fraction`).
        ///
        /// - Parameters:
        ///   - lhs: A precision.
        ///   - rhs: Another precision.
        /// - Returns: Whether `lhs` is coarser than `rhs`.
        public static func < (lhs: Self, rhs: Self) -> Bool {
            lhs.rawValue < rhs.rawValue
        }
    }

    // Packed: a date is copied with every line and level that carries one, so it is kept small and free of
    // references (16 bytes, no reference counting) rather than eight optionals and a string (113 bytes).
    private let packedYear: Int16
    /// Month, day, hour, minute and second; -1 when unknown.
    private let packedMonth: Int8, packedDay: Int8, packedHour: Int8, packedMinute: Int8, packedSecond: Int8
    /// How many fraction digits were written (0 when none), and their value (`"025"` is 3 and 25).
    private let fractionCount: UInt8
    private let fractionValue: UInt32
    /// The UTC offset in minutes; `Int16.min` when unknown.
    private let packedOffset: Int16

    /// The year, 0 through 9999.
    public var year: Int { Int(self.packedYear) }
    /// The month, 1 through 12, when known.
    public var month: Int? { Self.unpack(self.packedMonth) }
    /// The day of the month, 1 through 28…31, when known.
    public var day: Int? { Self.unpack(self.packedDay) }
    /// The hour, 0 through 23, when known.
    public var hour: Int? { Self.unpack(self.packedHour) }
    /// The minute, 0 through 59, when known.
    public var minute: Int? { Self.unpack(self.packedMinute) }
    /// The second, 0 through 59, when known.
    public var second: Int? { Self.unpack(self.packedSecond) }
    /// The decimal digits of a fraction of a second (1 to 9 of them, kept as written: `"25"` is .25), when known.
    public var fractionDigits: String? {
        guard self.fractionCount > 0 else { return nil }
        let digits = String(self.fractionValue)
        return String(repeating: "0", count: Int(self.fractionCount) - digits.utf8.count) + digits
    }
    /// The offset from UTC in minutes (`-300` is `-05:00`), when known; only a date-time has one.
    public var utcOffsetMinutes: Int? { self.packedOffset == Int16.min ? nil : Int(self.packedOffset) }

    private static func unpack(_ value: Int8) -> Int? { value < 0 ? nil : Int(value) }

    /// Creates a date from its components; the components given must be contiguous from the year.
    ///
    /// - Parameters:
    ///   - year: The year, 0 through 9999.
    ///   - month: The month, 1 through 12.
    ///   - day: The day of the month, valid for the month and year.
    ///   - hour: The hour, 0 through 23.
    ///   - minute: The minute, 0 through 59.
    ///   - second: The second, 0 through 59.
    ///   - fractionDigits: One to nine decimal digits of a fraction of a second.
    ///   - utcOffsetMinutes: The offset from UTC in minutes, at most 18 hours either way; needs an hour.
    /// - Throws: `CanonicalDateError` when a component is out of range, a component is given without the one
    ///   before it, or an offset is given without a time.
    public init(
        year: Int,
        month: Int? = nil,
        day: Int? = nil,
        hour: Int? = nil,
        minute: Int? = nil,
        second: Int? = nil,
        fractionDigits: String? = nil,
        utcOffsetMinutes: Int? = nil
    ) throws(CanonicalDateError) {
        // Each component needs the one before it (no array here: dates are made for every line read).
        let contiguous = (month != nil || day == nil) && (day != nil || hour == nil) && (hour != nil || minute == nil)
            && (minute != nil || second == nil) && (second != nil || fractionDigits == nil)
        guard contiguous else {
            throw CanonicalDateError(.componentGap, "A date component is given without the component before it.")
        }
        guard (0...9999).contains(year) else {
            throw CanonicalDateError(.outOfRange, "The year must be 0 through 9999.")
        }
        if let month, !(1...12).contains(month) {
            throw CanonicalDateError(.outOfRange, "The month must be 1 through 12.")
        }
        if let month, let day, !(1...Self.daysIn(month: month, year: year)).contains(day) {
            throw CanonicalDateError(.outOfRange, "The day does not exist in its month.")
        }
        if let hour, !(0...23).contains(hour) {
            throw CanonicalDateError(.outOfRange, "The hour must be 0 through 23.")
        }
        if let minute, !(0...59).contains(minute) {
            throw CanonicalDateError(.outOfRange, "The minute must be 0 through 59.")
        }
        if let second, !(0...59).contains(second) {
            throw CanonicalDateError(.outOfRange, "The second must be 0 through 59.")
        }
        var fractionValue: UInt32 = 0
        if let fractionDigits {
            let digits = fractionDigits.utf8
            guard (1...9).contains(digits.count), digits.allSatisfy({ (0x30...0x39).contains($0) }) else {
                throw CanonicalDateError(.outOfRange, "A fraction of a second must be 1 to 9 decimal digits.")
            }
            for digit in digits { fractionValue = fractionValue * 10 + UInt32(digit - 0x30) }
        }
        if let utcOffsetMinutes {
            guard hour != nil else {
                throw CanonicalDateError(.offsetWithoutTime, "A UTC offset needs a time of day.")
            }
            guard (-18 * 60...18 * 60).contains(utcOffsetMinutes) else {
                throw CanonicalDateError(.outOfRange, "A UTC offset must be at most 18 hours.")
            }
        }
        self.packedYear = Int16(year)
        self.packedMonth = Int8(month ?? -1)
        self.packedDay = Int8(day ?? -1)
        self.packedHour = Int8(hour ?? -1)
        self.packedMinute = Int8(minute ?? -1)
        self.packedSecond = Int8(second ?? -1)
        self.fractionCount = UInt8(fractionDigits?.utf8.count ?? 0)
        self.fractionValue = fractionValue
        self.packedOffset = utcOffsetMinutes.map { Int16($0) } ?? Int16.min
    }

    /// How much of the date is known: the finest component present.
    public var precision: Precision {
        if self.fractionCount > 0 { return .fraction }
        if self.packedSecond >= 0 { return .second }
        if self.packedMinute >= 0 { return .minute }
        if self.packedHour >= 0 { return .hour }
        if self.packedDay >= 0 { return .day }
        if self.packedMonth >= 0 { return .month }
        return .year
    }

    /// The ISO 8601 text of the date, e.g. `"2024-03-05T14:30-05:00"`.
    public var description: String {
        self.iso8601
    }

    /// The number of days in a month of the proleptic Gregorian calendar.
    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2:
            let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
            return leap ? 29 : 28
        case 4, 6, 9, 11:
            return 30
        default:
            return 31
        }
    }
}
