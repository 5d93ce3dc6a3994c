import Foundation
import Logging
import ServiceLifecycle
import Store

/// Surfaces acknowledgments partners owe past their deadline (the profile's `acknowledgments.expect`): each new one
/// is logged once, and the count per partner is a metric. `wharf messages overdue` lists them.
public final class OverdueAcknowledgmentService: Service, Sendable {
    let store: any MessageStore
    let metrics: DaemonMetrics
    let interval: Duration
    let logger: Logger

    public init(store: any MessageStore, metrics: DaemonMetrics, interval: Duration = .seconds(30), logger: Logger) {
        self.store = store
        self.metrics = metrics
        self.interval = interval
        self.logger = logger
    }

    public func run() async throws {
        var reported: Set<OverdueAcknowledgment> = []
        while !Task.isShuttingDownGracefully {
            reported = await self.check(reported: reported)
            try? await cancelWhenGracefulShutdown { try await Task.sleep(for: self.interval) }
        }
    }

    /// One check: logs those not in `reported`, updates the metric; returns the overdue ones now.
    public func check(reported: Set<OverdueAcknowledgment>, now: Date = Date()) async -> Set<OverdueAcknowledgment> {
        let overdue: [OverdueAcknowledgment]
        do {
            overdue = try await self.store.overdueAcknowledgments(now: now)
        } catch {
            self.logger.error("cannot check overdue acknowledgments", metadata: ["error": "\(error)"])
            return reported
        }
        var counts: [String: Int] = Dictionary(uniqueKeysWithValues: reported.map { ($0.partner, 0) })
        for item in overdue {
            counts[item.partner, default: 0] += 1
            guard !reported.contains(item) else { continue }
            self.logger.warning("acknowledgment overdue", metadata: [
                "partner": "\(item.partner)", "message": "\(item.message)", "expected": "\(item.acknowledgment.kind)",
                "control": "\(item.acknowledgment.key)", "due": "\(ISO8601DateFormatter().string(from: item.dueAt))",
            ])
        }
        for (partner, count) in counts { self.metrics.overdueAcknowledgments(partner: partner, count: count) }
        return Set(overdue)
    }
}
