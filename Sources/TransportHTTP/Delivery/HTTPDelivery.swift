import AsyncHTTPClient
import Foundation
import Logging
import NIOCore
import NIOHTTP1
import NIOSSL
import Transport

/// Delivers outbound messages by HTTP `POST` or `PUT` to a partner's endpoint (AsyncHTTPClient).
///
/// Every attempt carries `Idempotency-Key` (the delivery's key, the same on every retry) and `X-Wharf-Message-ID`.
/// A 2xx answer delivers; 408, 429, 5xx, refused or broken connections and timeouts throw a retryable
/// ``DeliveryError`` (with the `Retry-After` seconds when given); any other answer is a permanent refusal.
/// Redirects are not followed. Retries, backoff and dead-lettering belong to the caller.
///
/// ```swift
/// let delivery = try HTTPDelivery(settings: HTTPChannelSettings(
///     url: URL(string: "https://partner.example/edi")!, auth: .basic(user: "wharf", password: secret)))
/// try await delivery.deliver(OutboundDelivery(bytes: bytes, messageID: "m42", idempotencyKey: "m42-1",
///                                             fileName: "m42-850.edi"))
/// try await delivery.shutdown()
/// ```
public final class HTTPDelivery: OutboundTransport {
    /// The channel's settings.
    public let settings: HTTPChannelSettings
    private let client: HTTPClient
    private let ownsClient: Bool
    private let tlsConfiguration: TLSConfiguration?
    private let tokenSource: OAuth2TokenSource?
    private let logger: Logger

    /// Creates a delivery with its own HTTP client; call ``shutdown()`` when done.
    /// - Parameters:
    ///   - settings: the channel's settings, secrets resolved.
    ///   - logger: where attempts are logged (status and message id only, never the body).
    /// - Throws: ``HTTPSettingsError`` when the URL is not http(s) or a TLS file cannot be loaded.
    public convenience init(settings: HTTPChannelSettings, logger: Logger = Logger(label: "wharf.http.delivery"))
        throws(HTTPSettingsError) {
        let tls = try Self.tlsConfiguration(settings.tls)
        var configuration = HTTPClient.Configuration()
        configuration.tlsConfiguration = tls
        configuration.redirectConfiguration = .disallow
        configuration.timeout = HTTPClient.Configuration.Timeout(connect: settings.connectTimeout,
                                                                  read: settings.totalTimeout)
        let client = HTTPClient(eventLoopGroup: HTTPClient.defaultEventLoopGroup, configuration: configuration)
        try self.init(settings: settings, client: client, ownsClient: true, tls: tls, logger: logger)
    }

    /// Creates a delivery over a shared client, which the caller configures (redirects off, connect timeout) and shuts
    /// down; the channel's TLS settings are applied per request.
    /// - Throws: ``HTTPSettingsError`` when the URL is not http(s) or a TLS file cannot be loaded.
    public convenience init(settings: HTTPChannelSettings, client: HTTPClient,
                            logger: Logger = Logger(label: "wharf.http.delivery")) throws(HTTPSettingsError) {
        let tls = try Self.tlsConfiguration(settings.tls)
        try self.init(settings: settings, client: client, ownsClient: false, tls: tls, logger: logger)
    }

    private init(settings: HTTPChannelSettings, client: HTTPClient, ownsClient: Bool, tls: TLSConfiguration?,
                 logger: Logger) throws(HTTPSettingsError) {
        guard let scheme = settings.url.scheme?.lowercased(), scheme == "http" || scheme == "https",
              settings.url.host != nil
        else {
            if ownsClient { try? client.syncShutdown() }
            throw HTTPSettingsError("the channel URL must be an http or https URL with a host")
        }
        self.settings = settings
        self.client = client
        self.ownsClient = ownsClient
        self.tlsConfiguration = tls
        self.logger = logger
        if case .oauth2ClientCredentials(let tokenURL, let clientID, let clientSecret, let scope) = settings.auth {
            self.tokenSource = OAuth2TokenSource(
                tokenURL: tokenURL, clientID: clientID, clientSecret: clientSecret, scope: scope, client: client,
                timeout: settings.totalTimeout)
        } else {
            self.tokenSource = nil
        }
    }

    /// Sends `delivery` once; returns when the receiver answered 2xx.
    /// - Throws: ``DeliveryError``; `isRetryable` tells whether a later attempt may succeed.
    public func deliver(_ delivery: OutboundDelivery) async throws(DeliveryError) {
        var logger = self.logger
        logger[metadataKey: "message"] = "\(delivery.messageID)"
        var token = try await self.tokenSource?.token()
        var outcome = try await self.attempt(delivery, oauthToken: token)
        if outcome == 401, let tokenSource = self.tokenSource, let refused = token {
            // The receiver may have revoked the token before its expiry: fetch a new one, once.
            logger.debug("receiver refused the OAuth2 token; fetching a new one")
            await tokenSource.invalidate(refused)
            token = try await tokenSource.token()
            outcome = try await self.attempt(delivery, oauthToken: token, finalAttempt: true)
        }
        logger.debug("delivered", metadata: ["status": "\(outcome)"])
    }

    /// One request. Returns the 2xx status, or 401 when an OAuth2 token was refused and this is not the final attempt.
    private func attempt(_ delivery: OutboundDelivery, oauthToken: String?,
                         finalAttempt: Bool = false) async throws(DeliveryError) -> Int {
        let request = self.request(for: delivery, oauthToken: oauthToken)
        do {
            let response = try await self.client.execute(request, timeout: self.settings.totalTimeout,
                                                         logger: self.logger)
            let status = Int(response.status.code)
            var prefix: [UInt8] = []
            for try await var chunk in response.body {
                // Read the whole answer so the connection can be reused; keep only its start.
                if prefix.count < ResponseExcerpt.limit {
                    prefix += chunk.readBytes(length: min(chunk.readableBytes, ResponseExcerpt.limit - prefix.count))
                        ?? []
                }
            }
            if status == 401, oauthToken != nil, !finalAttempt {
                return status
            }
            if let error = DeliveryError.answered(status: status, headers: response.headers, bodyPrefix: prefix) {
                self.logger.debug("delivery refused", metadata: [
                    "message": "\(delivery.messageID)", "status": "\(status)",
                    "retryable": "\(error.isRetryable)",
                ])
                throw error
            }
            return status
        } catch {
            let failure = DeliveryError.failed(error)
            if failure.status == nil {
                self.logger.debug("delivery failed", metadata: [
                    "message": "\(delivery.messageID)", "error": "\(failure.message)",
                ])
            }
            throw failure
        }
    }

    private func request(for delivery: OutboundDelivery, oauthToken: String?) -> HTTPClientRequest {
        var request = HTTPClientRequest(url: self.settings.url.absoluteString)
        switch self.settings.method {
        case .post: request.method = .POST
        case .put: request.method = .PUT
        }
        request.tlsConfiguration = self.ownsClient ? nil : self.tlsConfiguration
        for header in self.settings.extraHeaders {
            request.headers.add(name: header.name, value: header.value)
        }
        request.headers.replaceOrAdd(name: "Content-Type", value: self.settings.contentType)
        request.headers.replaceOrAdd(name: "Idempotency-Key", value: delivery.idempotencyKey)
        request.headers.replaceOrAdd(name: "X-Wharf-Message-ID", value: delivery.messageID)
        switch self.settings.auth {
        case .none:
            break
        case .basic(let user, let password):
            request.headers.replaceOrAdd(name: "Authorization",
                                         value: BasicCredentials.header(user: user, password: password))
        case .bearer(let token):
            request.headers.replaceOrAdd(name: "Authorization", value: "Bearer \(token)")
        case .oauth2ClientCredentials:
            if let oauthToken {
                request.headers.replaceOrAdd(name: "Authorization", value: "Bearer \(oauthToken)")
            }
        }
        request.body = .bytes(delivery.bytes)
        return request
    }

    /// Shuts the HTTP client down when this delivery created it; a shared client is left to its owner.
    public func shutdown() async throws {
        if self.ownsClient {
            try await self.client.shutdown()
        }
    }

    private static func tlsConfiguration(_ settings: HTTPTLSSettings?) throws(HTTPSettingsError) -> TLSConfiguration? {
        guard let settings else { return nil }
        var configuration = TLSConfiguration.makeClientConfiguration()
        switch (settings.clientCertificatePath, settings.privateKeyPath) {
        case (let certificatePath?, let keyPath?):
            do {
                configuration.certificateChain = try NIOSSLCertificate.fromPEMFile(certificatePath)
                    .map { .certificate($0) }
            } catch {
                throw HTTPSettingsError("cannot load the client certificate PEM file \(certificatePath)")
            }
            do {
                configuration.privateKey = .privateKey(try NIOSSLPrivateKey(file: keyPath, format: .pem))
            } catch {
                throw HTTPSettingsError("cannot load the client private key PEM file \(keyPath)")
            }
        case (nil, nil):
            break
        default:
            throw HTTPSettingsError("mutual TLS needs both a client certificate and its private key")
        }
        if let rootsPath = settings.additionalTrustRootsPath {
            do {
                let roots = try NIOSSLCertificate.fromPEMFile(rootsPath)
                configuration.additionalTrustRoots = [.certificates(roots)]
            } catch {
                throw HTTPSettingsError("cannot load the trust roots PEM file \(rootsPath)")
            }
        }
        return configuration
    }
}
