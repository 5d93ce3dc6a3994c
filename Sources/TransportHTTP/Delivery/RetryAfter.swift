import Foundation

/// The `Retry-After` header (RFC 9110 §10.2.3): a number of seconds, or an HTTP-date.
package enum RetryAfter {
    /// Seconds to wait according to `value`, measured from `now`; `nil` when the value is neither form.
    /// A date in the past gives 0.
    ///
    /// ```swift
    /// RetryAfter.seconds(from: "7")                                 // 7
    /// RetryAfter.seconds(from: "Wed, 21 Oct 2015 07:28:00 GMT", now: …)
    /// ```
    package static func seconds(from value: String, now: Date = Date()) -> Double? {
        let trimmed = value.trimmingCharacters(in: .whitespaces)
        if !trimmed.isEmpty, trimmed.allSatisfy(\.isASCIIDigit), let seconds = Double(trimmed) {
            return seconds
        }
        for format in Self.dateFormats {
            if let date = Self.formatter(format).date(from: trimmed) {
                return max(0, date.timeIntervalSince(now))
            }
        }
        return nil
    }

    /// IMF-fixdate, then the obsolete RFC 850 and asctime forms, which recipients must still accept.
    private static let dateFormats = [
        "EEE, dd MMM yyyy HH:mm:ss zzz",
        "EEEE, dd-MMM-yy HH:mm:ss zzz",
        "EEE MMM d HH:mm:ss yyyy",
    ]

    private static func formatter(_ format: String) -> DateFormatter {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = format
        return formatter
    }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { self >= "0" && self <= "9" }
}
