import Foundation
import NIOCore

/// Settings of one outbound HTTP channel (a partner's `http` channel), with secrets already resolved.
///
/// ```swift
/// let settings = HTTPChannelSettings(
///     url: URL(string: "https://partner.example/edi/inbound")!,
///     auth: .bearer(token: resolvedToken))
/// let delivery = try HTTPDelivery(settings: settings)
/// ```
public struct HTTPChannelSettings: Sendable {
    /// The HTTP method each attempt uses.
    public enum Method: String, Sendable, Hashable {
        case post = "POST"
        case put = "PUT"
    }

    /// Where each message is sent.
    public var url: URL
    /// `POST` (the default) or `PUT`.
    public var method: Method
    /// The longest wait for a connection (TCP and TLS handshakes).
    public var connectTimeout: TimeAmount
    /// The longest one attempt may take, from the first connect to the last byte of the answer.
    public var totalTimeout: TimeAmount
    /// Headers sent with every attempt, after the ones Wharf sets itself (content type, idempotency key, message id,
    /// authorization), which they cannot replace.
    public var extraHeaders: [(name: String, value: String)]
    /// The `Content-Type` of the message body.
    public var contentType: String
    /// How each attempt authenticates.
    public var auth: HTTPAuthentication
    /// Client certificate and trust roots; `nil` uses the system trust roots and no client certificate.
    public var tls: HTTPTLSSettings?

    /// Creates settings.
    /// - Parameters:
    ///   - url: where each message is sent (`http` or `https`).
    ///   - method: `POST` or `PUT`.
    ///   - connectTimeout: the longest wait for a connection.
    ///   - totalTimeout: the longest one attempt may take.
    ///   - extraHeaders: partner-specific headers.
    ///   - contentType: the body's media type.
    ///   - auth: the authentication scheme.
    ///   - tls: mutual TLS and extra trust roots.
    public init(url: URL, method: Method = .post, connectTimeout: TimeAmount = .seconds(10),
                totalTimeout: TimeAmount = .seconds(60), extraHeaders: [(name: String, value: String)] = [],
                contentType: String = "application/octet-stream", auth: HTTPAuthentication = .none,
                tls: HTTPTLSSettings? = nil) {
        self.url = url
        self.method = method
        self.connectTimeout = connectTimeout
        self.totalTimeout = totalTimeout
        self.extraHeaders = extraHeaders
        self.contentType = contentType
        self.auth = auth
        self.tls = tls
    }
}
