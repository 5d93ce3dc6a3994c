import Foundation
import NIOCore
import Testing
import WharfTestSupport
import Transport
@testable import TransportHTTP

/// HTTPDelivery against a real scripted HTTP server on 127.0.0.1: status mapping, headers, timeouts, resets.
@Suite("HTTP delivery")
struct HTTPDeliveryTests {
    static let message = OutboundDelivery(bytes: Array("ISA*00*...~".utf8), messageID: "m42",
                                          idempotencyKey: "wharf-m42-850", fileName: "m42-850.edi")

    /// Starts a scripted server, runs `body` with a delivery to it, and tears both down.
    func withDelivery(auth: HTTPAuthentication = .none, method: HTTPChannelSettings.Method = .post,
                      totalTimeout: TimeAmount = .seconds(10),
                      script: @escaping ScriptedHTTPServer.Script,
                      _ body: (HTTPDelivery, ScriptedHTTPServer) async throws -> Void) async throws {
        let server = ScriptedHTTPServer(script: script)
        let port = try await server.start()
        let settings = HTTPChannelSettings(
            url: URL(string: "http://127.0.0.1:\(port)/edi/inbound")!, method: method,
            connectTimeout: .seconds(2), totalTimeout: totalTimeout,
            extraHeaders: [(name: "X-Partner-Route", value: "acme")], contentType: "application/edi-x12", auth: auth)
        let delivery = try HTTPDelivery(settings: settings)
        do {
            try await body(delivery, server)
        } catch {
            try? await delivery.shutdown()
            await server.stop()
            throw error
        }
        try await delivery.shutdown()
        await server.stop()
    }

    /// The error `delivery` throws for the message, or `nil` when it was delivered.
    func outcome(_ delivery: HTTPDelivery) async -> DeliveryError? {
        do {
            try await delivery.deliver(Self.message)
            return nil
        } catch {
            return error
        }
    }

    @Test("200 delivers, with the body, content type, idempotency key, message id and extra headers")
    func delivers() async throws {
        try await self.withDelivery(script: { _, _ in .ok }) { delivery, server in
            #expect(await self.outcome(delivery) == nil)
            let requests = server.requests
            #expect(requests.count == 1)
            let request = try #require(requests.first)
            #expect(request.method == "POST")
            #expect(request.uri == "/edi/inbound")
            #expect(request.body == Self.message.bytes)
            #expect(request.headers.first(name: "Idempotency-Key") == "wharf-m42-850")
            #expect(request.headers.first(name: "X-Wharf-Message-ID") == "m42")
            #expect(request.headers.first(name: "Content-Type") == "application/edi-x12")
            #expect(request.headers.first(name: "X-Partner-Route") == "acme")
            #expect(request.headers.first(name: "Authorization") == nil)
        }
    }

    @Test("PUT is used when the channel says so; any 2xx delivers")
    func put() async throws {
        try await self.withDelivery(method: .put, script: { _, _ in .respond(204) }) { delivery, server in
            #expect(await self.outcome(delivery) == nil)
            #expect(server.requests.first?.method == "PUT")
        }
    }

    @Test("408, 500 and 503 are retryable with their status", arguments: [408, 500, 503])
    func retryableStatus(status: Int) async throws {
        try await self.withDelivery(script: { _, _ in .respond(status, body: "busy") }) { delivery, _ in
            let error = try #require(await self.outcome(delivery))
            #expect(error.isRetryable)
            #expect(error.status == status)
            #expect(error.retryAfter == nil)
        }
    }

    @Test("429 with Retry-After: 7 is retryable after 7 seconds")
    func tooManyRequests() async throws {
        try await self.withDelivery(script: { _, _ in .respond(429, headers: [("Retry-After", "7")]) }) { delivery, _ in
            let error = try #require(await self.outcome(delivery))
            #expect(error.isRetryable)
            #expect(error.status == 429)
            #expect(error.retryAfter == 7)
        }
    }

    @Test("503 with an HTTP-date Retry-After gives the seconds until then")
    func retryAfterDate() async throws {
        let date = Date().addingTimeInterval(120)
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss 'GMT'"
        let header = formatter.string(from: date)
        try await self.withDelivery(script: { _, _ in .respond(503, headers: [("Retry-After", header)]) }) {
            delivery, _ in
            let error = try #require(await self.outcome(delivery))
            #expect(error.isRetryable)
            let seconds = try #require(error.retryAfter)
            #expect(seconds > 0 && seconds <= 120, "parsed from the date, whatever the load delayed")
        }
    }

    @Test("400 is a permanent refusal that keeps the start of a text answer")
    func badRequest() async throws {
        let answer = "envelope rejected: ISA13 control number already used " + String(repeating: "x", count: 300)
        try await self.withDelivery(script: { _, _ in .respond(400, body: answer) }) { delivery, _ in
            let error = try #require(await self.outcome(delivery))
            #expect(!error.isRetryable)
            #expect(error.status == 400)
            #expect(error.message.contains("HTTP 400"))
            #expect(error.message.contains("response body: envelope rejected: ISA13 control number already used"))
            #expect(!error.message.contains(String(repeating: "x", count: 200)))
        }
    }

    @Test("a 404 without a body is permanent and says no more than the status")
    func notFound() async throws {
        try await self.withDelivery(script: { _, _ in .respond(404) }) { delivery, _ in
            let error = try #require(await self.outcome(delivery))
            #expect(!error.isRetryable)
            #expect(error.status == 404)
            #expect(!error.message.contains("response body"))
        }
    }

    @Test("a receiver that does not answer in time gives a retryable timeout")
    func timeout() async throws {
        try await self.withDelivery(totalTimeout: .milliseconds(400), script: { _, _ in .hang }) { delivery, server in
            // The receiver never answers: only the client's deadline can end this attempt (no wall-clock bound here,
            // a busy machine may be slow to run the test at all).
            let error = try #require(await self.outcome(delivery))
            #expect(error.isRetryable)
            #expect(error.status == nil)
            #expect(error.message.hasPrefix("no answer in time"))
            #expect(server.requests.count == 1)
        }
    }

    @Test("a connection reset without an answer is retryable")
    func reset() async throws {
        try await self.withDelivery(script: { _, _ in .reset }) { delivery, _ in
            let error = try #require(await self.outcome(delivery))
            #expect(error.isRetryable)
            #expect(error.status == nil)
        }
    }

    @Test("a refused connection is retryable")
    func refused() async throws {
        let server = ScriptedHTTPServer()
        let port = try await server.start()
        await server.stop()
        let delivery = try HTTPDelivery(settings: HTTPChannelSettings(
            url: URL(string: "http://127.0.0.1:\(port)/edi")!, connectTimeout: .seconds(1)))
        let error = await self.outcome(delivery)
        try await delivery.shutdown()
        #expect(error?.isRetryable == true)
        #expect(error?.status == nil)
    }

    @Test("every attempt of one delivery carries the same Idempotency-Key")
    func sameKeyOnRetries() async throws {
        let script: ScriptedHTTPServer.Script = { _, ordinal in
            switch ordinal {
            case 1: .respond(500)
            case 2: .reset
            default: .ok
            }
        }
        try await self.withDelivery(script: script) { delivery, server in
            #expect(await self.outcome(delivery)?.isRetryable == true)
            #expect(await self.outcome(delivery)?.isRetryable == true)
            #expect(await self.outcome(delivery) == nil)
            let keys = server.requests.map { $0.headers.first(name: "Idempotency-Key") }
            #expect(keys == Array(repeating: "wharf-m42-850", count: 3))
        }
    }

    @Test("bearer authentication sends the token")
    func bearer() async throws {
        try await self.withDelivery(auth: .bearer(token: "tok-123"), script: { _, _ in .ok }) { delivery, server in
            #expect(await self.outcome(delivery) == nil)
            #expect(server.requests.first?.headers.first(name: "Authorization") == "Bearer tok-123")
        }
    }

    @Test("basic authentication sends base64(user:password)")
    func basic() async throws {
        try await self.withDelivery(auth: .basic(user: "wharf", password: "s3cret:x"), script: { _, _ in .ok }) {
            delivery, server in
            #expect(await self.outcome(delivery) == nil)
            let expected = "Basic " + Data("wharf:s3cret:x".utf8).base64EncodedString()
            #expect(server.requests.first?.headers.first(name: "Authorization") == expected)
        }
    }

    @Test("a URL that is not http(s) is refused at setup")
    func badURL() {
        #expect(throws: HTTPSettingsError.self) {
            _ = try HTTPDelivery(settings: HTTPChannelSettings(url: URL(string: "ftp://partner.example/in")!))
        }
    }
}
