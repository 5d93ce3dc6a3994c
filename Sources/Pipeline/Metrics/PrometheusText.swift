/// Builds the Prometheus text exposition format: `# HELP` and `# TYPE` lines, then samples with escaped labels.
struct PrometheusText {
    private(set) var output = ""

    mutating func family(_ name: String, _ type: String, _ help: String) {
        self.output += "# HELP \(name) \(help)\n# TYPE \(name) \(type)\n"
    }

    mutating func sample(_ name: String, _ labels: [String: String], _ value: Double) {
        let rendered = labels.sorted { $0.key < $1.key }.map { "\($0.key)=\"\(Self.escape($0.value))\"" }
        self.output += name + (rendered.isEmpty ? "" : "{\(rendered.joined(separator: ","))}") + " " + Self.number(value) + "\n"
    }

    mutating func counters(_ name: String, _ help: String, _ values: [String: Int]) {
        self.family(name, "counter", help)
        for (partner, value) in values.sorted(by: { $0.key < $1.key }) {
            self.sample(name, ["partner": partner], Double(value))
        }
    }

    mutating func histograms(_ name: String, _ help: String, _ byPartner: [String: LatencyHistogram]) {
        self.family(name, "histogram", help)
        for (partner, histogram) in byPartner.sorted(by: { $0.key < $1.key }) {
            var cumulative = 0
            for (index, count) in histogram.counts.enumerated() {
                cumulative += count
                let bound = index < LatencyHistogram.bounds.count ? Self.number(LatencyHistogram.bounds[index]) : "+Inf"
                self.sample(name + "_bucket", ["partner": partner, "le": bound], Double(cumulative))
            }
            self.sample(name + "_sum", ["partner": partner], histogram.sum)
            self.sample(name + "_count", ["partner": partner], Double(histogram.count))
        }
    }

    static func escape(_ value: String) -> String {
        value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            .replacingOccurrences(of: "\n", with: "\\n")
    }

    static func number(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return "\(value)"
    }
}
