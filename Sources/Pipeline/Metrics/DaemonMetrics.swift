import Store
import Synchronization

/// What the daemon counts while it runs (the store's state counts are read at each scrape): translation and
/// delivery latencies, retries, dead letters and overdue acknowledgments, by partner.
public final class DaemonMetrics: Sendable {
    private struct State {
        var translation: [String: LatencyHistogram] = [:]
        var delivery: [String: LatencyHistogram] = [:]
        var retries: [String: Int] = [:]
        var deadLetters: [String: Int] = [:]
        var overdueAcknowledgments: [String: Int] = [:]
    }

    private let state = Mutex(State())

    public init() {}

    /// A translation of `partner`'s message took `seconds`.
    public func translated(partner: String?, seconds: Double) {
        self.state.withLock { $0.translation[partner ?? "", default: LatencyHistogram()].observe(seconds) }
    }

    /// A delivery to `partner` succeeded after `seconds` (from being queued).
    public func delivered(partner: String?, seconds: Double) {
        self.state.withLock { $0.delivery[partner ?? "", default: LatencyHistogram()].observe(seconds) }
    }

    /// A delivery attempt to `partner` failed and will be retried.
    public func retried(partner: String?) { self.state.withLock { $0.retries[partner ?? "", default: 0] += 1 } }

    /// A message to `partner` was dead-lettered.
    public func deadLettered(partner: String?) { self.state.withLock { $0.deadLetters[partner ?? "", default: 0] += 1 } }

    /// The number of overdue expected acknowledgments of `partner`, as last checked.
    public func overdueAcknowledgments(partner: String, count: Int) {
        self.state.withLock { $0.overdueAcknowledgments[partner] = count }
    }

    /// All delivery latencies together (for the benchmark's percentiles).
    public var deliveryLatency: LatencyHistogram {
        self.state.withLock { $0.delivery.values.reduce(into: LatencyHistogram()) { $0.merge($1) } }
    }

    /// The metrics in Prometheus text format (version 0.0.4), with the store's message counts.
    public func prometheusText(states: [StateCount]) -> String {
        let snapshot = self.state.withLock { $0 }
        var text = PrometheusText()
        text.family("wharf_messages", "gauge", "Messages in the store by state, direction, partner and format.")
        for count in states {
            text.sample("wharf_messages", ["state": count.state.rawValue, "direction": count.direction.rawValue,
                                           "partner": count.partner ?? "", "format": count.format ?? ""],
                        Double(count.count))
        }
        text.histograms("wharf_translation_seconds", "Time to translate one inbound message.", snapshot.translation)
        text.histograms("wharf_delivery_seconds", "Time from queued to delivered, per outbound message.",
                        snapshot.delivery)
        text.counters("wharf_delivery_retries_total", "Delivery attempts that failed and will be retried.",
                      snapshot.retries)
        text.counters("wharf_dead_letters_total", "Outbound messages dead-lettered.", snapshot.deadLetters)
        text.family("wharf_overdue_acknowledgments", "gauge", "Expected acknowledgments (997, 855) not received in time.")
        for (partner, count) in snapshot.overdueAcknowledgments.sorted(by: { $0.key < $1.key }) {
            text.sample("wharf_overdue_acknowledgments", ["partner": partner], Double(count))
        }
        return text.output
    }
}
