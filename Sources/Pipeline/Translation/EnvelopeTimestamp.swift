import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The date and time written into the envelopes of an output (ISA09/ISA10, GS04/GS05, MSH-7), in UTC.
public struct EnvelopeTimestamp: Sendable, Hashable {
    /// `CCYYMMDD`.
    public let date: String
    /// `HHMM`.
    public let time: String

    /// The timestamp of `instant` in UTC (computed with `gmtime_r`: the daemon takes one per message).
    public init(_ instant: Date = Date()) {
        var seconds = time_t(instant.timeIntervalSince1970.rounded(.down))
        var parts = tm()
        gmtime_r(&seconds, &parts)
        func digits(_ value: Int32, _ width: Int) -> String {
            let text = String(value)
            return String(repeating: "0", count: max(0, width - text.count)) + text
        }
        self.date = digits(parts.tm_year + 1900, 4) + digits(parts.tm_mon + 1, 2) + digits(parts.tm_mday, 2)
        self.time = digits(parts.tm_hour, 2) + digits(parts.tm_min, 2)
    }

    /// Parses `CCYYMMDDHHMM` (as `--at` takes it); `nil` when it is not twelve digits.
    public init?(text: String) {
        guard text.count == 12, text.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        self.date = String(text.prefix(8))
        self.time = String(text.suffix(4))
    }
}
