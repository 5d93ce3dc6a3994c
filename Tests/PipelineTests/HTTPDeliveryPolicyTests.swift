import Foundation
import Logging
import NIOHTTP1
import Pipeline
import Store
import Testing
import Transport
import TransportHTTP
import WharfTestSupport

/// The delivery policy over real HTTP: a scripted server on 127.0.0.1 answers 200, 500, 429 with Retry-After,
/// hangs past the timeout, resets the connection or refuses with 400; every message ends delivered or dead exactly
/// as the policy says, every attempt is recorded, and every attempt of one message carries the same idempotency key.
@Suite struct HTTPDeliveryPolicyTests {
    /// Every message goes to the scripted server, on the path named by its channel.
    struct ScriptedTransports: OutboundTransports {
        let deliveries: [String: HTTPDelivery]
        let retry: RetryPolicy

        func transport(for message: StoredMessage) -> Result<any OutboundTransport, DeliveryError> {
            .success(self.deliveries[message.channel ?? ""]!)
        }

        func retryPolicy(for message: StoredMessage) -> RetryPolicy { self.retry }
    }

    static let script: ScriptedHTTPServer.Script = { request, ordinal in
        switch (request.path, ordinal) {
        case ("/ok", _): return .ok
        case ("/flaky", 1): return .respond(500, body: "try later")
        case ("/flaky", 2): return .respond(429, headers: [("Retry-After", "1")])
        case ("/flaky", 3): return .reset
        case ("/flaky", 4): return .hang
        case ("/flaky", _): return .respond(202)
        case ("/refused", _): return .respond(400, body: "unknown supplier code")
        default: return .respond(503)
        }
    }

    @Test func everyMessageEndsDeliveredOrDeadAsThePolicySays() async throws {
        let server = ScriptedHTTPServer(script: Self.script)
        let port = try await server.start()
        let folder = try TemporaryFolder("http-policy")
        defer { folder.remove() }
        let store = try SQLiteMessageStore(path: folder.url.appendingPathComponent("wharf.sqlite").path)
        let logger = Logger(label: "test") { _ in SwiftLogNoOpLogHandler() }
        var deliveries: [String: HTTPDelivery] = [:]
        for path in ["ok", "flaky", "refused", "down"] {
            deliveries[path] = try HTTPDelivery(settings: HTTPChannelSettings(
                url: URL(string: "http://127.0.0.1:\(port)/\(path)")!, connectTimeout: .seconds(5),
                totalTimeout: .seconds(2)), logger: logger)
        }
        let policy = RetryPolicy(maximumAttempts: 6, initialDelay: 0.01, maximumDelay: 5, jitter: 0)
        let service = DeliveryService(store: store, transports: ScriptedTransports(deliveries: deliveries, retry: policy),
                                      work: WorkSignal(), logger: logger)
        // One inbound message whose translation queued one output per channel.
        let inbound = try await store.receive(Intake(bytes: Array("in".utf8), partner: "erp", transport: "test"),
                                              policy: .skip)
        _ = try await store.claimForTranslation(limit: 1, lease: 60, now: Date())
        let outputs = try await store.recordTranslation(of: inbound.id, TranslationRecord(
            state: .translated, outputs: ["ok", "flaky", "refused", "down"].map {
                OutboundDraft(bytes: Array("body".utf8), partner: "erp", channel: $0, transport: "http", format: "fhir")
            }), now: Date())
        // Deliver until nothing is pending.
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline {
            try await service.drain()
            let pending = try await store.messages(matching: MessageFilter(states: [.queued, .failed], direction: .outbound))
            if pending.isEmpty { break }
            try await Task.sleep(for: .milliseconds(20))
        }
        await server.stop()
        for delivery in deliveries.values { try await delivery.shutdown() }

        let (ok, flaky, refused, down) = (outputs[0], outputs[1], outputs[2], outputs[3])
        #expect(try await store.message(ok)?.state == .delivered)
        #expect(try await store.attempts(of: ok).map(\.outcome) == ["delivered"])
        #expect(try await store.message(flaky)?.state == .delivered)
        let flakyAttempts = try await store.attempts(of: flaky)
        #expect(flakyAttempts.map(\.outcome) == ["retry", "retry", "retry", "retry", "delivered"])
        #expect(flakyAttempts.map(\.status) == [500, 429, nil, nil, nil])
        // Retry-After: 1 is honoured over the policy's 20 ms backoff at that point. (Only a lower bound: how soon the
        // other attempts follow depends on the machine's load, and is not asserted.)
        #expect(flakyAttempts[2].at.timeIntervalSince(flakyAttempts[1].at) >= 1)
        #expect(try await store.message(refused)?.state == .dead)
        let refusedAttempts = try await store.attempts(of: refused)
        #expect(refusedAttempts.map(\.outcome) == ["dead"])
        #expect(refusedAttempts.first?.status == 400)
        #expect(refusedAttempts.first?.detail?.contains("unknown supplier code") == true)
        #expect(try await store.message(down)?.state == .dead)
        #expect(try await store.attempts(of: down).count == policy.maximumAttempts)
        // The same idempotency key on every attempt of a message, and a different one per message.
        for output in outputs {
            let key = try #require(try await store.message(output)?.idempotencyKey)
            let path = ["ok", "flaky", "refused", "down"][outputs.firstIndex(of: output)!]
            let seen = Set(server.requests(to: "/\(path)").compactMap { $0.headers.first(name: "Idempotency-Key") })
            #expect(seen == [key], "\(path)")
        }
        #expect(server.requests(to: "/flaky").count == 5)
    }
}
