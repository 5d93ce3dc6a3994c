import Foundation
import Logging
import ServiceLifecycle
import Store
import Transport

/// Finds the transport of an outbound message's channel.
public protocol OutboundTransports: Sendable {
    /// The transport for `message`'s partner and channel, or why there is none.
    func transport(for message: StoredMessage) -> Result<any OutboundTransport, DeliveryError>
    /// The retry policy of `message`'s partner.
    func retryPolicy(for message: StoredMessage) -> RetryPolicy
}

/// Delivers queued outbound messages: claims those due, sends each with its idempotency key, and records every
/// attempt: delivered, failed with the next attempt time, or dead. Deliveries run concurrently, up to `concurrency`.
public final class DeliveryService: Service, Sendable {
    let store: any MessageStore
    let transports: any OutboundTransports
    let work: WorkSignal
    let concurrency: Int
    let metrics: DaemonMetrics
    let logger: Logger

    public init(store: any MessageStore, transports: any OutboundTransports, work: WorkSignal, concurrency: Int = 8,
                metrics: DaemonMetrics = DaemonMetrics(), logger: Logger) {
        self.store = store
        self.transports = transports
        self.work = work
        self.concurrency = concurrency
        self.metrics = metrics
        self.logger = logger
    }

    public func run() async throws {
        await WorkLoop(what: "delivery", signal: self.work, idle: .milliseconds(500), logger: self.logger).run {
            try await self.store.claimForDelivery(limit: self.concurrency * 8, lease: 300, now: Date())
        } process: { claimed in
            await self.deliver(claimed)
        }
    }

    /// Delivers every message due now once (for tests and tools); returns how many attempts were made.
    @discardableResult
    public func drain() async throws -> Int {
        let claimed = try await self.store.claimForDelivery(limit: 10_000, lease: 300, now: Date())
        await self.deliver(claimed)
        return claimed.count
    }

    /// One attempt for each of `messages`, up to `concurrency` at a time, recorded in one transaction (one by one
    /// when the batch cannot be recorded).
    public func deliver(_ messages: [StoredMessage]) async {
        let attempts = await withTaskGroup(of: (StoredMessage, AttemptRecord)?.self) { group in
            var results: [(StoredMessage, AttemptRecord)] = []
            var running = 0
            for message in messages {
                if running == self.concurrency, let result = await group.next() {
                    running -= 1
                    if let result { results.append(result) }
                }
                group.addTask { await self.attempt(message).map { (message, $0) } }
                running += 1
            }
            for await result in group { if let result { results.append(result) } }
            return results
        }
        do {
            try await self.store.recordAttempts(attempts.map(\.1), now: Date())
            for (message, record) in attempts { self.log(message, record) }
        } catch {
            for (message, record) in attempts {
                do {
                    try await self.store.recordAttempts([record], now: Date())
                    self.log(message, record)
                } catch {
                    self.logger.error("delivery attempt not recorded; it will be retried", metadata: [
                        "message": "\(message.id)", "partner": "\(message.partner ?? "-")", "error": "\(error)",
                    ])
                }
            }
        }
    }

    /// Sends `message` once and says what to record; `nil` when its bytes cannot be read (retried later).
    func attempt(_ message: StoredMessage) async -> AttemptRecord? {
        let failure: DeliveryError?
        switch self.transports.transport(for: message) {
        case .failure(let error):
            failure = error
        case .success(let transport):
            guard let bytes = try? await self.store.body(of: message.id) else { return nil }
            let delivery = OutboundDelivery(bytes: bytes, messageID: message.id.description,
                                            idempotencyKey: message.idempotencyKey ?? message.id.description,
                                            fileName: Self.fileName(of: message))
            do {
                try await transport.deliver(delivery)
                failure = nil
            } catch {
                failure = error
            }
        }
        let ended = Date()
        guard let failure else { return AttemptRecord(id: message.id, outcome: .delivered, at: ended) }
        let policy = self.transports.retryPolicy(for: message)
        if failure.isRetryable,
           let delay = policy.delay(afterAttempt: message.attempts + 1, retryAfter: failure.retryAfter) {
            return AttemptRecord(id: message.id, outcome: .retry(at: ended.addingTimeInterval(delay)),
                                 status: failure.status, detail: failure.message, at: ended)
        }
        return AttemptRecord(id: message.id, outcome: .dead, status: failure.status, detail: failure.message, at: ended)
    }

    /// Logs and counts a recorded attempt.
    private func log(_ message: StoredMessage, _ record: AttemptRecord) {
        var metadata: Logger.Metadata = [
            "message": "\(message.id)", "partner": "\(message.partner ?? "-")", "channel": "\(message.channel ?? "-")",
            "format": "\(message.format ?? "-")", "type": "\(message.messageType ?? "-")",
            "attempt": "\(message.attempts + 1)",
        ]
        if let status = record.status { metadata["status"] = "\(status)" }
        // The store keeps a refusal's response body for the operator (`wharf messages show`); the log does not, as
        // a partner's server may echo document content in it.
        if let detail = record.detail {
            metadata["error"] = "\(detail.components(separatedBy: "; response body:").first ?? detail)"
        }
        switch record.outcome {
        case .delivered:
            self.metrics.delivered(partner: message.partner, seconds: Date().timeIntervalSince(message.createdAt))
            self.logger.info("delivered", metadata: metadata)
        case .retry(let at):
            metadata["retryIn"] = "\(String(format: "%.1f", max(0, at.timeIntervalSinceNow)))s"
            self.metrics.retried(partner: message.partner)
            self.logger.warning("delivery failed; will retry", metadata: metadata)
        case .dead:
            self.metrics.deadLettered(partner: message.partner)
            self.logger.error("delivery failed for good; dead-lettered (replay with wharf messages replay)",
                              metadata: metadata)
        }
    }

    /// `m42-850.edi`: the message id, its type and an extension for its format.
    static func fileName(of message: StoredMessage) -> String {
        let type = (message.messageType ?? message.format ?? "message")
            .map { $0.isLetter || $0.isNumber ? $0 : "-" }
        let suffix = switch message.format {
        case "x12": "edi"
        case "hl7v2": "hl7"
        case "fhir", "canonical": "json"
        case "csv": "csv"
        default: "dat"
        }
        return "\(message.id)-\(String(type)).\(suffix)"
    }
}
