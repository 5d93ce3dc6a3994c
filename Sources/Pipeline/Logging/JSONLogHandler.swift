import Foundation
#if canImport(Glibc)
import Glibc
#endif
import Logging

/// Writes one JSON object per line to standard error: time, level, message, and the metadata under `wharf.`
/// (partner, message id, format, control numbers, diagnostic code and location; never payload text).
public struct JSONLogHandler: LogHandler {
    public var metadata: Logger.Metadata = [:]
    public var logLevel: Logger.Level
    let label: String
    let json: Bool

    /// A handler for `label`; `json: false` writes `time level message key=value…` lines for people.
    public init(label: String, level: Logger.Level = .info, json: Bool = true) {
        self.label = label
        self.logLevel = level
        self.json = json
    }

    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { self.metadata[key] }
        set { self.metadata[key] = newValue }
    }

    public func log(event: LogEvent) {
        var merged = self.metadata
        if let extra = event.metadata { merged.merge(extra) { $1 } }
        let time = Self.timestamp()
        var line: String
        if self.json {
            var object: [String: String] = ["time": time, "level": event.level.rawValue, "message": "\(event.message)",
                                            "logger": self.label]
            for (key, value) in merged { object["wharf.\(key)"] = "\(value)" }
            let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data()
            line = String(decoding: data, as: UTF8.self)
        } else {
            line = "\(time) \(event.level.rawValue) \(event.message)"
            for key in merged.keys.sorted() { line += " \(key)=\(merged[key]!)" }
        }
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    /// `2026-12-06T01:02:03.456Z`, from `gmtime_r` (a formatter per line would cost more than the work logged).
    private static func timestamp() -> String {
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        var seconds = now.tv_sec
        var parts = tm()
        gmtime_r(&seconds, &parts)
        func digits(_ value: Int, _ width: Int) -> String {
            let text = String(value)
            return String(repeating: "0", count: max(0, width - text.count)) + text
        }
        return digits(Int(parts.tm_year) + 1900, 4) + "-" + digits(Int(parts.tm_mon) + 1, 2) + "-"
            + digits(Int(parts.tm_mday), 2) + "T" + digits(Int(parts.tm_hour), 2) + ":" + digits(Int(parts.tm_min), 2)
            + ":" + digits(Int(parts.tm_sec), 2) + "." + digits(now.tv_nsec / 1_000_000, 3) + "Z"
    }
}
