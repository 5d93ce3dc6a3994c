import Pipeline
import Store
import Testing
import WharfTestSupport

@Suite struct MetricsTests {
    @Test func rendersPrometheusTextWithEscapedLabelsAndCumulativeBuckets() {
        let metrics = DaemonMetrics()
        metrics.translated(partner: "acme", seconds: 0.003)
        metrics.translated(partner: "acme", seconds: 0.2)
        metrics.retried(partner: "erp \"north\"")
        metrics.deadLettered(partner: "erp")
        let text = metrics.prometheusText(states: [
            StateCount(state: .delivered, direction: .outbound, partner: "acme", format: "x12", count: 3),
        ])
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines.contains(#"wharf_messages{direction="outbound",format="x12",partner="acme",state="delivered"} 3"#))
        #expect(lines.contains(#"wharf_translation_seconds_bucket{le="0.005",partner="acme"} 1"#))
        #expect(lines.contains(#"wharf_translation_seconds_bucket{le="0.25",partner="acme"} 2"#))
        #expect(lines.contains(#"wharf_translation_seconds_bucket{le="+Inf",partner="acme"} 2"#))
        #expect(lines.contains(#"wharf_translation_seconds_count{partner="acme"} 2"#))
        #expect(lines.contains(#"wharf_delivery_retries_total{partner="erp \"north\""} 1"#))
        #expect(lines.contains(#"wharf_dead_letters_total{partner="erp"} 1"#))
        // Every sample line is NAME{labels} VALUE and every family is declared before its samples.
        var declared: Set<String> = []
        for line in lines {
            if line.hasPrefix("# TYPE ") { declared.insert(String(line.split(separator: " ")[2])) }
            if line.hasPrefix("#") { continue }
            let name = String(line.prefix { $0 != "{" && $0 != " " })
            let family = ["_bucket", "_sum", "_count"].reduce(name) { $0.hasSuffix($1) ? String($0.dropLast($1.count)) : $0 }
            #expect(declared.contains(family) || declared.contains(name), "undeclared \(name)")
            #expect(Double(line.split(separator: " ").last!) != nil, "bad value in \(line)")
        }
    }

    @Test func thePrometheusCheckAcceptsOursAndCatchesMistakes() {
        let metrics = DaemonMetrics()
        metrics.delivered(partner: "a\\b", seconds: 0.02)
        #expect(PrometheusCheck.problems(in: metrics.prometheusText(states: [])).isEmpty)
        #expect(PrometheusCheck.problems(in: "wharf_x 1\n").count == 1, "a sample without TYPE")
        #expect(PrometheusCheck.problems(in: "# TYPE wharf_x gauge\nwharf_x{a=\"1} 2\n").count == 1, "unclosed quote")
        #expect(PrometheusCheck.problems(in: "# TYPE wharf_x gauge\nwharf_x one\n").count == 1, "not a number")
        #expect(!PrometheusCheck.problems(in: "# TYPE h histogram\nh_bucket{le=\"1\"} 3\nh_bucket{le=\"+Inf\"} 2\n"
            + "h_sum 1\nh_count 2\n").isEmpty, "buckets not cumulative")
    }

    @Test func quantilesComeFromBuckets() {
        var histogram = LatencyHistogram()
        for _ in 0..<98 { histogram.observe(0.002) }
        histogram.observe(0.3)
        histogram.observe(0.3)
        #expect(histogram.quantile(0.5) == 0.0025)
        #expect(histogram.quantile(0.99) == 0.5)
    }
}
