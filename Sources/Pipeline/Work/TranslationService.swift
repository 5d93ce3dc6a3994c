import Foundation
import Logging
import ServiceLifecycle
import Store

/// Translates stored inbound messages: claims a batch, translates each, records each result in one transaction,
/// and wakes the deliverers. A failure of one message never stops the others; a crash leaves claimed messages to be
/// claimed again when their lease expires (or at once on the next start).
public final class TranslationService: Service, Sendable {
    let store: any MessageStore
    let translation: InboundTranslation
    let work: WorkSignal
    let deliveries: WorkSignal
    let batchSize: Int
    let metrics: DaemonMetrics
    let logger: Logger

    public init(store: any MessageStore, translation: InboundTranslation, work: WorkSignal, deliveries: WorkSignal,
                batchSize: Int = 64, metrics: DaemonMetrics = DaemonMetrics(), logger: Logger) {
        self.store = store
        self.translation = translation
        self.work = work
        self.deliveries = deliveries
        self.batchSize = batchSize
        self.metrics = metrics
        self.logger = logger
    }

    public func run() async throws {
        await WorkLoop(what: "translation", signal: self.work, idle: .seconds(1), logger: self.logger).run {
            try await self.store.claimForTranslation(limit: self.batchSize, lease: 120, now: Date())
        } process: { claimed in
            await self.process(claimed)
            self.deliveries.signal()
        }
    }

    /// Claims and translates every waiting message once (for tests and tools); returns how many.
    @discardableResult
    public func drain() async throws -> Int {
        var count = 0
        while true {
            let claimed = try await self.store.claimForTranslation(limit: self.batchSize, lease: 120, now: Date())
            if claimed.isEmpty { return count }
            await self.process(claimed)
            count += claimed.count
        }
    }

    /// Translates `messages` and records the results in one transaction (one by one when the batch cannot be
    /// recorded, so one bad record never holds back the others).
    public func process(_ messages: [StoredMessage]) async {
        var results: [(message: StoredMessage, record: TranslationRecord)] = []
        for message in messages {
            do {
                guard let bytes = try await self.store.body(of: message.id) else { continue }
                let started = ContinuousClock.now
                let record = self.translation.translate(message, bytes: bytes, now: Date())
                let elapsed = ContinuousClock.now - started
                self.metrics.translated(partner: message.partner, seconds: Double(elapsed.components.seconds)
                    + Double(elapsed.components.attoseconds) / 1e18)
                results.append((message, record))
            } catch {
                self.logger.error("message bytes not readable; it will be retried",
                                  metadata: ["message": "\(message.id)", "error": "\(error)"])
            }
        }
        do {
            let outputs = try await self.store.recordTranslations(results.map { ($0.message.id, $0.record) }, now: Date())
            for (result, ids) in zip(results, outputs) { self.log(result.message, result.record, ids) }
        } catch {
            for result in results {
                do {
                    let ids = try await self.store.recordTranslation(of: result.message.id, result.record, now: Date())
                    self.log(result.message, result.record, ids)
                } catch {
                    self.logger.error("translation not recorded; it will be retried", metadata: [
                        "message": "\(result.message.id)", "partner": "\(result.message.partner ?? "-")",
                        "error": "\(error)",
                    ])
                }
            }
        }
    }

    private func log(_ message: StoredMessage, _ record: TranslationRecord, _ outputs: [MessageID]) {
        var metadata: Logger.Metadata = [
            "message": "\(message.id)", "partner": "\(message.partner ?? "-")",
            "format": "\(record.format ?? "unknown")", "type": "\(record.messageType ?? "-")",
            "state": "\(record.state.rawValue)",
        ]
        if let key = message.controlKey { metadata["control"] = "\(key)" }
        if !outputs.isEmpty { metadata["outputs"] = "\(outputs.map(\.description).joined(separator: ","))" }
        if let first = record.diagnostics.first {
            metadata["diagnostic"] = "\(first.code.rawValue)"
            if let location = first.location { metadata["location"] = "\(location.text)" }
            metadata["diagnostics"] = "\(record.diagnostics.count)"
        }
        if record.state == .translated {
            self.logger.info("translated", metadata: metadata)
        } else {
            metadata["reason"] = "\(record.error ?? "-")"
            self.logger.warning("not translated", metadata: metadata)
        }
    }
}
