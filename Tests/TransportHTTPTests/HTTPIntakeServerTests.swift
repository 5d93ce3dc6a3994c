import AsyncHTTPClient
import Foundation
import Logging
import NIOCore
import NIOHTTP1
import NIOPosix
import ServiceLifecycle
import Synchronization
import Testing
import Transport
import WharfCore
@testable import TransportHTTP

/// HTTPIntakeServer on 127.0.0.1 with a real HTTP client.
@Suite("HTTP intake server")
struct HTTPIntakeServerTests {
    struct Answer {
        var status: Int
        var headers: HTTPHeaders
        var body: String
    }

    static let quiet = Logger(label: "wharf.http.intake.test", factory: { _ in SwiftLogNoOpLogHandler() })

    /// `acme` and `mercy-general` without credentials; `globex` with a bearer token, also on `/fhir/globex`;
    /// `initech` with basic credentials.
    static let channels: @Sendable (IntakeAddress) -> IntakeChannel? = { address in
        switch address {
        case .partner(let id) where ["acme", "mercy-general"].contains(id):
            IntakeChannel(partner: id, name: "http-in", credentials: .none)
        case .partner("globex"), .path("/fhir/globex"):
            IntakeChannel(partner: "globex", name: "fhir-in", credentials: .bearer(token: "s3cret-token"))
        case .partner("initech"):
            IntakeChannel(partner: "initech", name: "edi-in", credentials: .basic(user: "initech", password: "pa:ss"))
        default:
            nil
        }
    }

    /// Starts a server around `sink`, runs `body` with a client and the base URL, and tears everything down.
    func withServer(sink: any InboundSink = RecordingSink(), maximumBodyBytes: Int = 1024,
                    idleTimeout: TimeAmount = .seconds(60),
                    ready: @escaping @Sendable () async -> Bool = { true },
                    _ body: (HTTPClient, String) async throws -> Void) async throws {
        let server = HTTPIntakeServer(
            configuration: .init(host: "127.0.0.1", port: 0, maximumBodyBytes: maximumBodyBytes,
                                 idleTimeout: idleTimeout),
            sink: sink, channel: Self.channels, ready: ready,
            metrics: { "wharf_messages_received_total 3\n" }, logger: Self.quiet)
        let port = try await server.start()
        let client = HTTPClient(eventLoopGroup: HTTPClient.defaultEventLoopGroup)
        do {
            try await body(client, "http://127.0.0.1:\(port)")
        } catch {
            try? await client.shutdown()
            try? await server.stop()
            throw error
        }
        try await client.shutdown()
        try await server.stop()
    }

    func send(_ client: HTTPClient, _ method: HTTPMethod, _ url: String, body: [UInt8]? = nil,
              authorization: String? = nil) async throws -> Answer {
        var request = HTTPClientRequest(url: url)
        request.method = method
        if let authorization { request.headers.add(name: "Authorization", value: authorization) }
        if let body {
            request.body = .bytes(body)
        }
        let response = try await client.execute(request, timeout: .seconds(10))
        let bytes = try await response.body.collect(upTo: 1 << 20)
        return Answer(status: Int(response.status.code), headers: response.headers,
                      body: String(buffer: bytes))
    }

    @Test("POST stores the body and answers 202 with the message id")
    func accepts() async throws {
        let sink = RecordingSink()
        try await self.withServer(sink: sink) { client, base in
            let bytes = Array("ISA*00*          *00*~GS*PO~".utf8)
            let answer = try await self.send(client, .POST, base + "/v1/inbound/acme", body: bytes)
            #expect(answer.status == 202)
            #expect(answer.body == #"{"message":"m1","duplicate":false}"#)
            #expect(answer.headers.first(name: "Content-Type") == "application/json")
            let stored = await sink.stored
            #expect(stored.count == 1)
            #expect(stored.first?.payload.bytes == bytes)
            let origin = try #require(stored.first?.origin)
            #expect(origin.transport == "http")
            #expect(origin.partner == "acme")
            #expect(origin.channel == "http-in")
            #expect(origin.remote?.hasPrefix("127.0.0.1:") == true)
        }
    }

    @Test("an unknown partner gets 404 and nothing is stored")
    func unknownPartner() async throws {
        let sink = RecordingSink()
        try await self.withServer(sink: sink) { client, base in
            let answer = try await self.send(client, .POST, base + "/v1/inbound/hooli", body: Array("x".utf8))
            #expect(answer.status == 404)
            #expect(answer.body.contains(#""error":"unknown-partner""#))
            let other = try await self.send(client, .POST, base + "/v2/elsewhere", body: Array("x".utf8))
            #expect(other.status == 404)
            #expect(await sink.stored.isEmpty)
        }
    }

    @Test("a channel with credentials admits only the sender that presents them")
    func credentials() async throws {
        let sink = RecordingSink()
        try await self.withServer(sink: sink) { client, base in
            let body = Array("ISA*00~".utf8)
            for (url, authorization) in [
                ("/v1/inbound/globex", nil), ("/v1/inbound/globex", "Bearer wrong"), ("/fhir/globex", "Bearer s3cret"),
                ("/fhir/globex", "Basic czNjcmV0LXRva2Vu"), ("/v1/inbound/initech", "Basic aW5pdGVjaDpwYTpzcw"),
                ("/v1/inbound/initech", "Bearer s3cret-token"),
            ] as [(String, String?)] {
                let refused = try await self.send(client, .POST, base + url, body: body, authorization: authorization)
                #expect(refused.status == 401, "\(url) \(authorization ?? "-")")
                #expect(refused.body.contains(#""error":"unauthorized""#))
                #expect(refused.headers.first(name: "WWW-Authenticate")?.contains(#"realm="wharf""#) == true)
                #expect(!refused.body.contains("s3cret"))
            }
            #expect(await sink.stored.isEmpty, "nothing refused is stored")
            let bearer = try await self.send(client, .POST, base + "/fhir/globex", body: body,
                                             authorization: "bearer s3cret-token")
            #expect(bearer.status == 202)
            let basic = try await self.send(client, .POST, base + "/v1/inbound/initech", body: body,
                                            authorization: "Basic aW5pdGVjaDpwYTpzcw==")
            #expect(basic.status == 202)
            let stored = await sink.stored
            #expect(stored.map(\.origin.partner) == ["globex", "initech"])
            #expect(stored.map(\.origin.channel) == ["fhir-in", "edi-in"], "the channel's name from the profile")
        }
    }

    @Test("credentials compare whole values, any scheme case", arguments: [
        (IntakeCredentials.none, nil as String?, true),
        (.bearer(token: "abc"), "Bearer abc", true),
        (.bearer(token: "abc"), "BEARER  abc", true),
        (.bearer(token: "abc"), "Bearer abcd", false),
        (.bearer(token: "abc"), "Bearer ab", false),
        (.bearer(token: "abc"), "Bearer", false),
        (.bearer(token: "abc"), nil, false),
        (.bearer(token: "abc"), "Basic abc", false),
        (.basic(user: "u", password: "p"), "Basic dTpw", true),
        (.basic(user: "u", password: "p"), "Basic dTpx", false),
        // Lengths that differ by 256 still differ.
        (.bearer(token: "abc"), "Bearer abc" + String(repeating: "\u{0}", count: 256), false),
        (.bearer(token: "abc"), "Bearer " + String(repeating: "a", count: 259), false),
    ])
    func credentialChecks(credentials: IntakeCredentials, header: String?, admitted: Bool) {
        #expect(credentials.admits(header) == admitted)
    }

    @Test("a body above the maximum gets 413 and nothing is stored")
    func tooLarge() async throws {
        let sink = RecordingSink()
        try await self.withServer(sink: sink, maximumBodyBytes: 1024) { client, base in
            let answer = try await self.send(client, .POST, base + "/v1/inbound/acme",
                                             body: Array(repeating: UInt8(ascii: "A"), count: 4096))
            #expect(answer.status == 413)
            #expect(!answer.body.contains("AAAA"))
            #expect(await sink.stored.isEmpty)
            // The server stays usable.
            let next = try await self.send(client, .POST, base + "/v1/inbound/acme", body: Array("ok".utf8))
            #expect(next.status == 202)
        }
    }

    @Test("a sink that throws gives 503 with a JSON error and never the payload")
    func sinkFails() async throws {
        try await self.withServer(sink: FailingSink()) { client, base in
            let answer = try await self.send(client, .POST, base + "/v1/inbound/acme",
                                             body: Array("PID|1||MRN-12345".utf8))
            #expect(answer.status == 503)
            #expect(answer.body.contains(#""error":"not-stored""#))
            #expect(!answer.body.contains("MRN"))
        }
    }

    @Test("wrong methods get 405")
    func wrongMethod() async throws {
        try await self.withServer { client, base in
            let get = try await self.send(client, .GET, base + "/v1/inbound/acme")
            #expect(get.status == 405)
            #expect(get.headers.first(name: "Allow") == "POST")
            let post = try await self.send(client, .POST, base + "/health/live", body: [])
            #expect(post.status == 405)
        }
    }

    @Test("liveness, readiness and metrics")
    func health() async throws {
        let isReady = Atomic(false)
        try await self.withServer(ready: { isReady.load(ordering: .relaxed) }) { client, base in
            let live = try await self.send(client, .GET, base + "/health/live")
            #expect(live.status == 200)
            #expect(live.body.hasPrefix("ok"))
            let notReady = try await self.send(client, .GET, base + "/health/ready")
            #expect(notReady.status == 503)
            isReady.store(true, ordering: .relaxed)
            let ready = try await self.send(client, .GET, base + "/health/ready")
            #expect(ready.status == 200)
            let metrics = try await self.send(client, .GET, base + "/metrics")
            #expect(metrics.status == 200)
            #expect(metrics.headers.first(name: "Content-Type")?.hasPrefix("text/plain; version=0.0.4") == true)
            #expect(metrics.body == "wharf_messages_received_total 3\n")
        }
    }

    @Test("50 concurrent POSTs over several connections are all stored and answered 202")
    func concurrent() async throws {
        let sink = RecordingSink()
        try await self.withServer(sink: sink) { _, base in
            // Five clients, so at least five connections; each client may open more for its ten requests.
            let clients = (0..<5).map { _ in HTTPClient(eventLoopGroup: HTTPClient.defaultEventLoopGroup) }
            let answers = try await withThrowingTaskGroup(of: Answer.self) { group in
                for index in 0..<50 {
                    let client = clients[index % clients.count]
                    group.addTask {
                        let partner = index.isMultiple(of: 2) ? "acme" : "mercy-general"
                        return try await self.send(client, .POST, base + "/v1/inbound/\(partner)",
                                                   body: Array("message \(index)".utf8))
                    }
                }
                var answers: [Answer] = []
                for try await answer in group {
                    answers.append(answer)
                }
                return answers
            }
            for client in clients {
                try await client.shutdown()
            }
            #expect(answers.count == 50)
            #expect(answers.allSatisfy { $0.status == 202 })
            #expect(Set(answers.map(\.body)).count == 50)
            let stored = await sink.stored
            #expect(stored.count == 50)
            let bodies = Set(stored.map { String(decoding: $0.payload.bytes, as: UTF8.self) })
            #expect(bodies == Set((0..<50).map { "message \($0)" }))
            let remotes = Set(stored.compactMap(\.origin.remote))
            #expect(remotes.count >= 5)
        }
    }

    @Test("several requests on one kept-alive connection")
    func keepAlive() async throws {
        let sink = RecordingSink()
        try await self.withServer(sink: sink) { client, base in
            for index in 0..<5 {
                let answer = try await self.send(client, .POST, base + "/v1/inbound/acme",
                                                 body: Array("message \(index)".utf8))
                #expect(answer.status == 202)
                #expect(answer.headers.first(name: "Connection") == nil)
            }
            let remotes = Set(await sink.stored.compactMap(\.origin.remote))
            #expect(remotes.count == 1)
        }
    }

    @Test("as a Service it runs until graceful shutdown, then stops listening")
    func service() async throws {
        let server = HTTPIntakeServer(configuration: .init(port: 0), sink: RecordingSink(),
                                      channel: Self.channels, logger: Self.quiet)
        let group = ServiceGroup(services: [server], logger: .init(label: "test"))
        try await withThrowingTaskGroup(of: Void.self) { tasks in
            tasks.addTask { try await group.run() }
            var port: Int?
            // However long the service group takes to bind on a loaded machine (a minute guards against a hang).
            let guardTime = ContinuousClock.now + .seconds(60)
            while port == nil, ContinuousClock.now < guardTime {
                try await Task.sleep(for: .milliseconds(10))
                port = server.port
            }
            let bound = try #require(port)
            let client = HTTPClient(eventLoopGroup: HTTPClient.defaultEventLoopGroup)
            let answer = try await self.send(client, .POST, "http://127.0.0.1:\(bound)/v1/inbound/acme",
                                             body: Array("x".utf8))
            #expect(answer.status == 202)
            await group.triggerGracefulShutdown()
            try await tasks.waitForAll()
            #expect(server.port == nil)
            // Nothing listens any more: a plain connect is refused at once.
            await #expect(throws: (any Error).self) {
                _ = try await ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
                    .connect(host: "127.0.0.1", port: bound).get()
            }
            try await client.shutdown()
        }
    }

    @Test("the answer waits until the sink has stored the message")
    func answersAfterStoring() async throws {
        let sink = GatedSink()
        try await self.withServer(sink: sink) { client, base in
            let answered = Atomic(false)
            async let answer = { () async throws -> Answer in
                let answer = try await self.send(client, .POST, base + "/v1/inbound/acme", body: Array("x".utf8))
                answered.store(true, ordering: .releasing)
                return answer
            }()
            await sink.waitUntilCalled()
            try await Task.sleep(for: .milliseconds(200))
            let early = answered.load(ordering: .acquiring)
            #expect(!early)
            await sink.release()
            #expect(try await answer.status == 202)
        }
    }

    @Test("stopping lets a request in progress finish, then closes its connection")
    func stopsGracefully() async throws {
        let sink = GatedSink()
        let server = HTTPIntakeServer(configuration: .init(port: 0), sink: sink, channel: Self.channels,
                                      logger: Self.quiet)
        let port = try await server.start()
        let client = HTTPClient(eventLoopGroup: HTTPClient.defaultEventLoopGroup)
        async let answer = self.send(client, .POST, "http://127.0.0.1:\(port)/v1/inbound/acme", body: Array("x".utf8))
        await sink.waitUntilCalled()
        async let stopped: Void = server.stop()
        // Released only once stopping has begun (the listener is gone), however slowly the stop task starts.
        let guardTime = ContinuousClock.now + .seconds(60)
        while server.port != nil, ContinuousClock.now < guardTime { try await Task.sleep(for: .milliseconds(5)) }
        #expect(server.port == nil, "stop() began")
        await sink.release()
        let result = try await answer
        #expect(result.status == 202)
        #expect(result.headers.first(name: "Connection") == "close")
        try await stopped
        try await client.shutdown()
    }

    @Test("a silent connection is closed after the idle timeout")
    func idleTimeout() async throws {
        try await self.withServer(idleTimeout: .milliseconds(200)) { _, base in
            let port = Int(base.split(separator: ":").last!)!
            let channel = try await ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
                .connect(host: "127.0.0.1", port: port).get()
            // Only the server's idle timer closes a connection that sends nothing (the client never closes it). The
            // minute is a guard against hanging, not a measure: the timer is 200 ms.
            let closedByServer = await withTaskGroup(of: Bool.self) { group in
                group.addTask { (try? await channel.closeFuture.get()) != nil }
                group.addTask {
                    try? await Task.sleep(for: .seconds(60))
                    return false
                }
                let first = await group.next() ?? false
                group.cancelAll()
                return first
            }
            #expect(closedByServer, "the server did not close the silent connection")
            if !closedByServer { try? await channel.close() }
        }
    }

    @Test("routes", arguments: [
        ("POST", "/v1/inbound/acme", IntakeRoute.inbound(.partner("acme"))),
        ("POST", "/v1/inbound/acme?batch=1", .inbound(.partner("acme"))),
        ("POST", "/fhir/globex?_format=json", .inbound(.path("/fhir/globex"))),
        ("GET", "/fhir/globex", .notFound),
        ("POST", "/v1/inbound/", .notFound),
        ("POST", "/v1/inbound/a/b", .notFound),
        ("POST", "/v1/inbound/..%2F", .notFound),
        ("PUT", "/v1/inbound/acme", .methodNotAllowed(allow: "POST")),
        ("GET", "/health/live", .live),
        ("GET", "/health/ready", .ready),
        ("GET", "/metrics", .metrics),
        ("GET", "/", .notFound),
    ])
    func routes(method: String, uri: String, route: IntakeRoute) {
        #expect(IntakeRoute(method: method, uri: uri) == route)
    }
}
