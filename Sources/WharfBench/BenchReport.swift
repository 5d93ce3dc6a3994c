#if canImport(Glibc)
import Glibc
#endif

/// A monotonic clock in seconds.
enum Clock {
    static func now() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}

/// Formats one result line.
enum BenchReport {
    /// The process's peak resident set size in MB (Linux reports kilobytes).
    static func peakResidentMegabytes() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_maxrss) / 1024
    }

    /// The p50/p99 line of a latency measurement, in milliseconds.
    static func latency(mode: String, samples: [Double], peakRSS: Double) -> String {
        let sorted = samples.sorted()
        func percentile(_ p: Double) -> Double { sorted[min(sorted.count - 1, Int(Double(sorted.count) * p))] * 1000 }
        return "\(pad(mode, 13)) \(sorted.count) messages, one connection: ACK latency p50 \(fixed(percentile(0.5), 3, 7)) ms, "
            + "p99 \(fixed(percentile(0.99), 3, 7)) ms, max \(fixed((sorted.last ?? 0) * 1000, 3, 7)) ms "
            + "(stored with fsync before each ACK)  peak RSS \(fixed(peakRSS, 1, 6)) MB"
    }

    static func line(mode: String, file: String, megabytes: Double, seconds: Double, segments: Int, diagnostics: Int,
                     peakRSS: Double) -> String {
        let name = file.split(separator: "/").last.map(String.init) ?? file
        let rate = mode.hasSuffix("-canonical")
            ? "\(fixed(Double(segments) / seconds, 0, 8)) documents/s"
            : mode.hasPrefix("hl7v2")
                ? "\(fixed(Double(segments) / seconds, 0, 8)) messages/s"
                : "\(fixed(Double(segments) / seconds / 1e6, 2, 6)) M segments/s"
        return "\(pad(mode, 13)) \(pad(name, 24)) \(fixed(megabytes, 1, 8)) MB \(fixed(seconds, 3, 8)) s "
            + "\(fixed(megabytes / seconds, 1, 8)) MB/s \(rate) "
            + "peak RSS \(fixed(peakRSS, 1, 6)) MB  (\(diagnostics) diagnostics)"
    }

    private static func pad(_ text: String, _ width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - text.count))
    }

    private static func fixed(_ value: Double, _ decimals: Int, _ width: Int) -> String {
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let rounded = (value * scale).rounded() / scale
        var text = String(rounded)
        if let dot = text.firstIndex(of: ".") {
            let have = text.distance(from: dot, to: text.endIndex) - 1
            text += String(repeating: "0", count: max(0, decimals - have))
        }
        return String(repeating: " ", count: max(0, width - text.count)) + text
    }
}
