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
        while !Task.isShuttingDownGracefully {
            let claimed: [StoredMessage]
            do {
                claimed = try await self.store.claimForDelivery(limit: self.concurrency * 8, lease: 300, now: Date())
            } catch {
                self.logger.error("cannot claim messages for delivery", metadata: ["error": "\(error)"])
                claimed = []
            }
            if claimed.isEmpty {
                await cancelWhenGracefulShutdownOrReturn { await self.work.wait(timeout: .milliseconds(500)) }
                continue
            }
            await withTaskGroup(of: Void.self) { group in
                var running = 0
                for message in claimed {
                    if running == self.concurrency {
                        await group.next()
                        running -= 1
                    }
                    group.addTask { await self.deliver(message) }
                    running += 1
                }
            }
        }
    }

    /// Delivers every message due now once (for tests and tools); returns how many attempts were made.
    @discardableResult
    public func drain() async throws -> Int {
        let claimed = try await self.store.claimForDelivery(limit: 10_000, lease: 300, now: Date())
        for message in claimed { await self.deliver(message) }
        return claimed.count
    }

    /// One attempt to deliver `message`, recorded.
    public func deliver(_ message: StoredMessage) async {
        var metadata: Logger.Metadata = [
            "message": "\(message.id)", "partner": "\(message.partner ?? "-")", "channel": "\(message.channel ?? "-")",
            "format": "\(message.format ?? "-")", "type": "\(message.messageType ?? "-")",
            "attempt": "\(message.attempts + 1)",
        ]
        do {
            let failure: DeliveryError?
            switch self.transports.transport(for: message) {
            case .failure(let error):
                failure = error
            case .success(let transport):
                guard let bytes = try await self.store.body(of: message.id) else { return }
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
            guard let failure else {
                try await self.store.recordAttempt(of: message.id, outcome: .delivered, status: nil, detail: nil,
                                                   now: Date())
                self.metrics.delivered(partner: message.partner, seconds: Date().timeIntervalSince(message.createdAt))
                self.logger.info("delivered", metadata: metadata)
                return
            }
            metadata["error"] = "\(failure.message)"
            if let status = failure.status { metadata["status"] = "\(status)" }
            let policy = self.transports.retryPolicy(for: message)
            if failure.isRetryable,
               let delay = policy.delay(afterAttempt: message.attempts + 1, retryAfter: failure.retryAfter) {
                try await self.store.recordAttempt(of: message.id, outcome: .retry(at: Date().addingTimeInterval(delay)),
                                                   status: failure.status, detail: failure.message, now: Date())
                metadata["retryIn"] = "\(String(format: "%.1f", delay))s"
                self.metrics.retried(partner: message.partner)
                self.logger.warning("delivery failed; will retry", metadata: metadata)
            } else {
                try await self.store.recordAttempt(of: message.id, outcome: .dead, status: failure.status,
                                                   detail: failure.message, now: Date())
                self.metrics.deadLettered(partner: message.partner)
                self.logger.error("delivery failed for good; dead-lettered (replay with wharf messages replay)",
                                  metadata: metadata)
            }
        } catch {
            metadata["error"] = "\(error)"
            self.logger.error("delivery attempt not recorded; it will be retried", metadata: metadata)
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
