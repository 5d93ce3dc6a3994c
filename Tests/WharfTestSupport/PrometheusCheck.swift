import Foundation

/// A strict reading of the Prometheus text exposition format (0.0.4) for tests: every sample belongs to a family
/// declared by `# TYPE` before it, names and label names are valid, label values are quoted and escaped, values
/// parse as numbers, histogram buckets are cumulative and end with `+Inf` equal to `_count`.
public enum PrometheusCheck {
    /// The problems found, one line each; empty when the text is valid.
    public static func problems(in text: String) -> [String] {
        var problems: [String] = []
        var types: [String: String] = [:]
        var lastBucket: [String: Double] = [:]
        var infinity: [String: Double] = [:]
        var counts: [String: Double] = [:]
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.isEmpty { continue }
            if line.hasPrefix("# TYPE ") {
                let parts = line.split(separator: " ")
                guard parts.count == 4, ["counter", "gauge", "histogram", "summary", "untyped"].contains(parts[3]) else {
                    problems.append("line \(number + 1): bad TYPE line"); continue
                }
                types[String(parts[2])] = String(parts[3])
                continue
            }
            if line.hasPrefix("#") { continue }
            guard let space = line.lastIndex(of: " ") else { problems.append("line \(number + 1): no value"); continue }
            let value = line[line.index(after: space)...]
            guard let number2 = Double(value) ?? (value == "+Inf" ? .infinity : nil) else {
                problems.append("line \(number + 1): value \(value) is not a number"); continue
            }
            let series = String(line[..<space])
            let name = String(series.prefix { $0 != "{" })
            guard name.first.map({ $0.isLetter || $0 == "_" }) == true,
                  name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == ":" }) else {
                problems.append("line \(number + 1): bad metric name \(name)"); continue
            }
            let family = ["_bucket", "_sum", "_count"].first { name.hasSuffix($0) && types[String(name.dropLast($0.count))] == "histogram" }
                .map { String(name.dropLast($0.count)) } ?? name
            if types[family] == nil { problems.append("line \(number + 1): \(name) has no TYPE before it") }
            var labels = ""
            if let open = series.firstIndex(of: "{") {
                guard series.hasSuffix("}") else { problems.append("line \(number + 1): unclosed labels"); continue }
                labels = String(series[series.index(after: open)..<series.index(before: series.endIndex)])
                if !Self.validLabels(labels) { problems.append("line \(number + 1): bad labels {\(labels)}") }
            }
            if name.hasSuffix("_bucket") {
                let key = family + "|" + labels.replacingOccurrences(of: #",?le="[^"]*""#, with: "", options: .regularExpression)
                    .trimmingCharacters(in: CharacterSet(charactersIn: ","))
                if let previous = lastBucket[key], number2 < previous {
                    problems.append("line \(number + 1): buckets of \(family) are not cumulative")
                }
                lastBucket[key] = number2
                if labels.contains(#"le="+Inf""#) { infinity[key] = number2 }
            } else if name.hasSuffix("_count"), types[family] == "histogram" {
                counts[family + "|" + labels] = number2
            }
        }
        for (key, count) in counts where infinity[key] != count {
            problems.append("\(key): +Inf bucket \(infinity[key].map { "\($0)" } ?? "missing") differs from _count \(count)")
        }
        return problems
    }

    private static func validLabels(_ text: String) -> Bool {
        var rest = Substring(text)
        while !rest.isEmpty {
            let name = rest.prefix { $0 != "=" }
            guard !name.isEmpty, name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) else { return false }
            rest = rest.dropFirst(name.count)
            guard rest.hasPrefix("=\"") else { return false }
            rest = rest.dropFirst(2)
            var escaped = false
            var closed = false
            while let character = rest.first {
                rest = rest.dropFirst()
                if escaped { escaped = false; continue }
                if character == "\\" { escaped = true; continue }
                if character == "\"" { closed = true; break }
            }
            guard closed else { return false }
            if rest.hasPrefix(",") { rest = rest.dropFirst() } else if !rest.isEmpty { return false }
        }
        return true
    }
}
