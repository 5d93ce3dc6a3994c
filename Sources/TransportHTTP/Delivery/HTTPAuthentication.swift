import Foundation

/// How an outbound HTTP channel authenticates. Secrets are resolved strings; they never appear in errors or logs.
public enum HTTPAuthentication: Sendable {
    /// No `Authorization` header.
    case none
    /// `Authorization: Basic base64(user:password)`.
    case basic(user: String, password: String)
    /// `Authorization: Bearer <token>`.
    case bearer(token: String)
    /// OAuth 2.0 client credentials (RFC 6749 §4.4): a token is fetched from `tokenURL` with the client id and secret
    /// as basic authentication, cached until shortly before it expires, and fetched again once after a `401`.
    case oauth2ClientCredentials(tokenURL: URL, clientID: String, clientSecret: String, scope: String?)
}
