import Foundation

/// The date and time written into envelopes: `--at CCYYMMDDHHMM`, or now in UTC.
struct CommandTimestamp {
    /// `CCYYMMDD`.
    let date: String
    /// `HHMM`.
    let time: String

    init(_ at: String?) throws(CommandFailure) {
        if let at {
            guard at.count == 12, at.allSatisfy({ $0.isASCII && $0.isNumber }) else {
                throw CommandFailure.io("--at must be CCYYMMDDHHMM, e.g. 202611221200")
            }
            self.date = String(at.prefix(8))
            self.time = String(at.suffix(4))
            return
        }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyyMMddHHmm"
        let now = formatter.string(from: Date())
        self.date = String(now.prefix(8))
        self.time = String(now.suffix(4))
    }
}
