import Foundation
import NIOSSL
import Testing
import WharfTestSupport
import Transport
@testable import TransportHTTP

/// Mutual TLS against a scripted server that requires a client certificate signed by a throwaway CA.
@Suite("HTTP delivery over mutual TLS")
struct MutualTLSDeliveryTests {
    static let message = OutboundDelivery(bytes: Array("ISA*00*~".utf8), messageID: "m9", idempotencyKey: "wharf-m9",
                                          fileName: "m9.edi")

    func withServer(_ body: (TestPKI, Int, ScriptedHTTPServer) async throws -> Void) async throws {
        let pki = try await TestPKI.make()
        defer { pki.remove() }
        var tls = TLSConfiguration.makeServerConfiguration(
            certificateChain: try NIOSSLCertificate.fromPEMFile(pki.serverCertificate).map { .certificate($0) },
            privateKey: .privateKey(try NIOSSLPrivateKey(file: pki.serverKey, format: .pem)))
        tls.certificateVerification = .noHostnameVerification  // a client certificate is required
        tls.trustRoots = .file(pki.caCertificate)
        let server = ScriptedHTTPServer(tls: try NIOSSLContext(configuration: tls))
        let port = try await server.start()
        do {
            try await body(pki, port, server)
        } catch {
            await server.stop()
            throw error
        }
        await server.stop()
    }

    @Test("with the client certificate the delivery succeeds")
    func withClientCertificate() async throws {
        try await self.withServer { pki, port, server in
            let delivery = try HTTPDelivery(settings: HTTPChannelSettings(
                url: URL(string: "https://127.0.0.1:\(port)/edi")!, connectTimeout: .seconds(5),
                totalTimeout: .seconds(10),
                tls: HTTPTLSSettings(clientCertificatePath: pki.clientCertificate, privateKeyPath: pki.clientKey,
                                     additionalTrustRootsPath: pki.caCertificate)))
            try await delivery.deliver(Self.message)
            #expect(server.requests.count == 1)
            try await delivery.shutdown()
        }
    }

    @Test("without a client certificate the server refuses the handshake: a permanent failure")
    func withoutClientCertificate() async throws {
        try await self.withServer { pki, port, server in
            let delivery = try HTTPDelivery(settings: HTTPChannelSettings(
                url: URL(string: "https://127.0.0.1:\(port)/edi")!, connectTimeout: .seconds(5),
                totalTimeout: .seconds(10),
                tls: HTTPTLSSettings(additionalTrustRootsPath: pki.caCertificate)))
            do throws(DeliveryError) {
                try await delivery.deliver(Self.message)
                Issue.record("delivered without a client certificate")
            } catch {
                // Retrying cannot help until the channel's certificate settings change.
                #expect(!error.isRetryable)
                #expect(error.status == nil)
                #expect(error.message.contains("TLS failed (TLSV1_ALERT_CERTIFICATE_REQUIRED)"))
            }
            #expect(server.requests.isEmpty)
            try await delivery.shutdown()
        }
    }

    @Test("a server certificate from an unknown CA is refused")
    func untrustedServer() async throws {
        try await self.withServer { pki, port, _ in
            let delivery = try HTTPDelivery(settings: HTTPChannelSettings(
                url: URL(string: "https://127.0.0.1:\(port)/edi")!, connectTimeout: .seconds(10),
                totalTimeout: .seconds(10),
                tls: HTTPTLSSettings(clientCertificatePath: pki.clientCertificate, privateKeyPath: pki.clientKey)))
            do throws(DeliveryError) {
                try await delivery.deliver(Self.message)
                Issue.record("trusted an unknown CA")
            } catch {
                #expect(!error.isRetryable)
            }
            try await delivery.shutdown()
        }
    }

    @Test("a missing certificate file is refused at setup")
    func missingFile() {
        #expect(throws: HTTPSettingsError.self) {
            _ = try HTTPDelivery(settings: HTTPChannelSettings(
                url: URL(string: "https://partner.example/edi")!,
                tls: HTTPTLSSettings(clientCertificatePath: "/nonexistent/client.pem",
                                     privateKeyPath: "/nonexistent/client.key")))
        }
    }
}
