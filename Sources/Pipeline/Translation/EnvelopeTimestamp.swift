import Foundation

/// The date and time written into the envelopes of an output (ISA09/ISA10, GS04/GS05, MSH-7), in UTC.
public struct EnvelopeTimestamp: Sendable, Hashable {
    /// `CCYYMMDD`.
    public let date: String
    /// `HHMM`.
    public let time: String

    /// The timestamp of `instant` in UTC.
    public init(_ instant: Date = Date()) {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyyMMddHHmm"
        let text = formatter.string(from: instant)
        self.date = String(text.prefix(8))
        self.time = String(text.suffix(4))
    }

    /// Parses `CCYYMMDDHHMM` (as `--at` takes it); `nil` when it is not twelve digits.
    public init?(text: String) {
        guard text.count == 12, text.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        self.date = String(text.prefix(8))
        self.time = String(text.suffix(4))
    }
}
