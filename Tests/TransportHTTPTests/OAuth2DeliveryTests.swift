import Foundation
import NIOCore
import Synchronization
import Testing
import WharfTestSupport
import Transport
@testable import TransportHTTP

/// OAuth2 client credentials: the token endpoint and the receiver are paths on one scripted server.
@Suite("HTTP delivery with OAuth2 client credentials")
struct OAuth2DeliveryTests {
    static let message = OutboundDelivery(bytes: Array("MSH|^~\\&|...".utf8), messageID: "m7",
                                          idempotencyKey: "wharf-m7", fileName: "m7.hl7")

    /// A token answer `t<ordinal>` lasting `expiresIn` seconds.
    static func tokenAnswer(_ ordinal: Int, expiresIn: Int = 3600) -> ScriptedAnswer {
        .respond(200, headers: [("Content-Type", "application/json")],
                 body: #"{"access_token":"t\#(ordinal)","token_type":"Bearer","expires_in":\#(expiresIn)}"#)
    }

    func withDelivery(script: @escaping ScriptedHTTPServer.Script,
                      _ body: (HTTPDelivery, ScriptedHTTPServer) async throws -> Void) async throws {
        let server = ScriptedHTTPServer(script: script)
        let port = try await server.start()
        let auth = HTTPAuthentication.oauth2ClientCredentials(
            tokenURL: URL(string: "http://127.0.0.1:\(port)/oauth/token")!, clientID: "wharf-client",
            clientSecret: "top secret", scope: "edi.write")
        let delivery = try HTTPDelivery(settings: HTTPChannelSettings(
            url: URL(string: "http://127.0.0.1:\(port)/edi")!, connectTimeout: .seconds(2), totalTimeout: .seconds(10),
            auth: auth))
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

    @Test("one token is fetched and reused for later deliveries")
    func reusesToken() async throws {
        let script: ScriptedHTTPServer.Script = { request, ordinal in
            request.path == "/oauth/token" ? Self.tokenAnswer(ordinal) : .ok
        }
        try await self.withDelivery(script: script) { delivery, server in
            try await delivery.deliver(Self.message)
            try await delivery.deliver(Self.message)
            try await delivery.deliver(Self.message)
            let tokenRequests = server.requests(to: "/oauth/token")
            #expect(tokenRequests.count == 1)
            let tokenRequest = try #require(tokenRequests.first)
            #expect(tokenRequest.method == "POST")
            #expect(String(decoding: tokenRequest.body, as: UTF8.self)
                == "grant_type=client_credentials&scope=edi.write")
            #expect(tokenRequest.headers.first(name: "Content-Type") == "application/x-www-form-urlencoded")
            let basic = "Basic " + Data("wharf-client:top+secret".utf8).base64EncodedString()
            #expect(tokenRequest.headers.first(name: "Authorization") == basic)
            let deliveries = server.requests(to: "/edi")
            #expect(deliveries.count == 3)
            #expect(deliveries.allSatisfy { $0.headers.first(name: "Authorization") == "Bearer t1" })
        }
    }

    @Test("concurrent deliveries share one token fetch")
    func concurrentDeliveries() async throws {
        let script: ScriptedHTTPServer.Script = { request, ordinal in
            request.path == "/oauth/token" ? Self.tokenAnswer(ordinal) : .ok
        }
        try await self.withDelivery(script: script) { delivery, server in
            try await withThrowingTaskGroup(of: Void.self) { group in
                for _ in 0..<8 {
                    group.addTask { try await delivery.deliver(Self.message) }
                }
                try await group.waitForAll()
            }
            #expect(server.requests(to: "/oauth/token").count == 1)
            #expect(server.requests(to: "/edi").count == 8)
        }
    }

    @Test("a token about to expire is fetched again")
    func expiredToken() async throws {
        // expires_in 1 s: the refresh margin (half the lifetime here) makes the token stale after 0.5 s.
        let script: ScriptedHTTPServer.Script = { request, ordinal in
            request.path == "/oauth/token" ? Self.tokenAnswer(ordinal, expiresIn: 1) : .ok
        }
        try await self.withDelivery(script: script) { delivery, server in
            try await delivery.deliver(Self.message)
            try await Task.sleep(for: .milliseconds(700))
            try await delivery.deliver(Self.message)
            #expect(server.requests(to: "/oauth/token").count == 2)
            #expect(server.requests(to: "/edi").map { $0.headers.first(name: "Authorization") }
                == ["Bearer t1", "Bearer t2"])
        }
    }

    @Test("a 401 fetches a new token once and retries with it")
    func refetchesAfter401() async throws {
        let script: ScriptedHTTPServer.Script = { request, ordinal in
            if request.path == "/oauth/token" { return Self.tokenAnswer(ordinal) }
            return request.headers.first(name: "Authorization") == "Bearer t1" ? .respond(401) : .ok
        }
        try await self.withDelivery(script: script) { delivery, server in
            try await delivery.deliver(Self.message)
            #expect(server.requests(to: "/oauth/token").count == 2)
            let attempts = server.requests(to: "/edi")
            #expect(attempts.map { $0.headers.first(name: "Authorization") } == ["Bearer t1", "Bearer t2"])
            #expect(attempts.allSatisfy { $0.headers.first(name: "Idempotency-Key") == "wharf-m7" })
        }
    }

    @Test("a second 401 is a permanent refusal")
    func second401() async throws {
        let script: ScriptedHTTPServer.Script = { request, ordinal in
            request.path == "/oauth/token" ? Self.tokenAnswer(ordinal) : .respond(401, body: "invalid_token")
        }
        try await self.withDelivery(script: script) { delivery, server in
            do throws(DeliveryError) {
                try await delivery.deliver(Self.message)
                Issue.record("delivered despite 401")
            } catch {
                #expect(!error.isRetryable)
                #expect(error.status == 401)
            }
            #expect(server.requests(to: "/oauth/token").count == 2)
            #expect(server.requests(to: "/edi").count == 2)
        }
    }

    @Test("a token endpoint refusing the client is permanent; one that is down is retryable",
          arguments: [(401, false), (503, true)])
    func tokenEndpointFails(status: Int, retryable: Bool) async throws {
        let script: ScriptedHTTPServer.Script = { request, _ in
            request.path == "/oauth/token" ? .respond(status, body: #"{"error":"invalid_client"}"#) : .ok
        }
        try await self.withDelivery(script: script) { delivery, server in
            do throws(DeliveryError) {
                try await delivery.deliver(Self.message)
                Issue.record("delivered without a token")
            } catch {
                #expect(error.isRetryable == retryable)
                #expect(error.status == status)
                #expect(error.message.contains("token endpoint"))
                #expect(!error.message.contains("top secret"))
            }
            #expect(server.requests(to: "/edi").isEmpty)
        }
    }
}
