import Foundation

extension CanonicalDate {
    /// Creates a date of the given precision from a point in time, as seen at a UTC offset.
    ///
    /// Precisions from `.hour` on keep the offset; coarser ones drop it. `.fraction` keeps milliseconds. Instants
    /// before the year 1 or after 9999 are clamped to those years.
    ///
    /// ```swift
    /// let now = CanonicalDate(Date(), precision: .second)   // e.g. 2024-03-05T19:30:15Z
    /// ```
    ///
    /// - Parameters:
    ///   - date: The point in time.
    ///   - precision: How much of it to keep.
    ///   - utcOffsetMinutes: The offset to read the wall clock at, clamped to ±18 hours; 0 (UTC) unless given.
    public init(_ date: Date, precision: Precision, utcOffsetMinutes: Int = 0) {
        let clamped = max(-18 * 60, min(18 * 60, utcOffsetMinutes))
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: clamped * 60) ?? TimeZone(secondsFromGMT: 0)!
        let earliest = calendar.date(from: DateComponents(year: 1, month: 1, day: 1)) ?? date
        let lastSecond = DateComponents(year: 9999, month: 12, day: 31, hour: 23, minute: 59, second: 59)
        let latest = calendar.date(from: lastSecond)
        let inRange = min(max(date, earliest), latest ?? date)
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second, .nanosecond], from: inRange)
        let millisecond = (parts.nanosecond ?? 0) / 1_000_000
        let fraction = String(millisecond + 1000).dropFirst()
        func keep(_ value: Int?, _ level: Precision) -> Int? {
            precision >= level ? value : nil
        }
        // Components of a Gregorian date between the years 1 and 9999 are always in range: this cannot fail.
        self = try! CanonicalDate(
            year: parts.year ?? 1,
            month: keep(parts.month, .month),
            day: keep(parts.day, .day),
            hour: keep(parts.hour, .hour),
            minute: keep(parts.minute, .minute),
            second: keep(parts.second, .second),
            fractionDigits: precision >= .fraction ? String(fraction) : nil,
            utcOffsetMinutes: precision >= .hour ? clamped : nil
        )
    }

    /// The first instant this date covers, as a Foundation `Date`.
    ///
    /// Missing components take their first value (`2024-03` is 1 March 00:00). A date without its own offset is
    /// read at `assumingUTCOffsetMinutes`.
    ///
    /// - Parameter assumingUTCOffsetMinutes: The offset to use when the date has none; 0 (UTC) unless given.
    /// - Returns: The instant.
    public func foundationDate(assumingUTCOffsetMinutes: Int = 0) -> Date {
        let offset = self.utcOffsetMinutes ?? assumingUTCOffsetMinutes
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: offset * 60) ?? TimeZone(secondsFromGMT: 0)!
        let parts = DateComponents(
            year: self.year, month: self.month ?? 1, day: self.day ?? 1,
            hour: self.hour ?? 0, minute: self.minute ?? 0, second: self.second ?? 0
        )
        let start = calendar.date(from: parts) ?? Date(timeIntervalSince1970: 0)
        guard let fractionDigits = self.fractionDigits, let fraction = Double("0." + fractionDigits) else {
            return start
        }
        return start.addingTimeInterval(fraction)
    }
}
