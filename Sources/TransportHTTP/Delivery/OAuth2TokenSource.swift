import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1
import Transport

/// Fetches and caches OAuth 2.0 access tokens with the client-credentials grant (RFC 6749 §4.4).
///
/// One token is shared by all deliveries of a channel; concurrent callers wait for the same fetch. A token is reused
/// until ``refreshMargin`` before its `expires_in`, or until a receiver refuses it (``invalidate(_:)``).
actor OAuth2TokenSource {
    /// A cached token and when to stop using it.
    private struct CachedToken {
        var value: String
        var renewAt: ContinuousClock.Instant
    }

    /// The token endpoint's JSON answer (RFC 6749 §5.1).
    private struct TokenResponse: Decodable {
        var accessToken: String
        var expiresIn: Double?

        enum CodingKeys: String, CodingKey {
            case accessToken = "access_token"
            case expiresIn = "expires_in"
        }
    }

    /// Tokens are renewed this long before they expire (or at half their lifetime, if that is shorter).
    static let refreshMargin: Duration = .seconds(30)
    /// The lifetime assumed when the endpoint does not say.
    static let assumedLifetime: Duration = .seconds(300)

    private let tokenURL: URL
    private let clientID: String
    private let clientSecret: String
    private let scope: String?
    private let client: HTTPClient
    private let timeout: TimeAmount
    private var cached: CachedToken?
    private var fetching: Task<CachedToken, any Error>?

    init(tokenURL: URL, clientID: String, clientSecret: String, scope: String?, client: HTTPClient,
         timeout: TimeAmount) {
        self.tokenURL = tokenURL
        self.clientID = clientID
        self.clientSecret = clientSecret
        self.scope = scope
        self.client = client
        self.timeout = timeout
    }

    /// A valid access token, fetched when none is cached or the cached one is about to expire.
    /// - Throws: ``DeliveryError``: retryable when the token endpoint is unreachable or answers 408/429/5xx.
    func token() async throws(DeliveryError) -> String {
        if let cached = self.cached, ContinuousClock.now < cached.renewAt {
            return cached.value
        }
        let task: Task<CachedToken, any Error>
        if let fetching = self.fetching {
            task = fetching
        } else {
            task = Task { try await self.fetch() }
            self.fetching = task
        }
        do {
            let token = try await task.value
            self.cached = token
            self.fetching = nil
            return token.value
        } catch {
            self.fetching = nil
            throw DeliveryError.failed(error)
        }
    }

    /// Forgets `token` after a receiver refused it, so the next ``token()`` fetches a new one.
    func invalidate(_ token: String) {
        if self.cached?.value == token {
            self.cached = nil
        }
    }

    private func fetch() async throws -> CachedToken {
        var request = HTTPClientRequest(url: self.tokenURL.absoluteString)
        request.method = .POST
        request.headers.replaceOrAdd(name: "Authorization", value: BasicCredentials.header(
            user: Self.formEncoded(self.clientID), password: Self.formEncoded(self.clientSecret)))
        request.headers.replaceOrAdd(name: "Content-Type", value: "application/x-www-form-urlencoded")
        request.headers.replaceOrAdd(name: "Accept", value: "application/json")
        var form = "grant_type=client_credentials"
        if let scope = self.scope {
            form += "&scope=" + Self.formEncoded(scope)
        }
        request.body = .bytes(ByteBuffer(string: form))
        let started = ContinuousClock.now
        let response = try await self.client.execute(request, timeout: self.timeout)
        let body = try await response.body.collect(upTo: 1 << 16)
        let status = Int(response.status.code)
        guard (200..<300).contains(status) else {
            let error = DeliveryError.answered(status: status, headers: response.headers, bodyPrefix: [])
                ?? DeliveryError(retryable: false, status: status, "token endpoint answered HTTP \(status)")
            throw DeliveryError(retryable: error.isRetryable, status: status, retryAfter: error.retryAfter,
                                "token endpoint answered HTTP \(status)")
        }
        guard let answer = try? JSONDecoder().decode(TokenResponse.self, from: Data(body.readableBytesView)),
              !answer.accessToken.isEmpty
        else {
            throw DeliveryError(retryable: false, status: status, "token endpoint answered without an access_token")
        }
        let lifetime = answer.expiresIn.map { Duration.milliseconds(Int64(max(0, $0) * 1000)) }
            ?? Self.assumedLifetime
        let margin = min(Self.refreshMargin, lifetime / 2)
        return CachedToken(value: answer.accessToken, renewAt: started + lifetime - margin)
    }

    /// `application/x-www-form-urlencoded` encoding, which RFC 6749 §2.3.1 asks for client credentials too.
    static func formEncoded(_ value: String) -> String {
        let allowed = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._* ")
        let encoded = value.addingPercentEncoding(withAllowedCharacters: allowed) ?? value
        return encoded.replacingOccurrences(of: " ", with: "+")
    }
}
