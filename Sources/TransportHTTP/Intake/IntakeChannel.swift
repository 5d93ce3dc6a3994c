import Foundation

/// Where an intake request is addressed: `POST /v1/inbound/{partner}`, or a path a partner's channel listens on.
public enum IntakeAddress: Sendable, Hashable {
    case partner(String)
    case path(String)
}

/// The inbound HTTP channel a request lands on: whose it is, its name in the profile, and the credentials its
/// sender must present.
public struct IntakeChannel: Sendable, Hashable {
    /// The partner the channel belongs to (its profile id).
    public var partner: String
    /// The channel's name in the profile; messages are stored under it.
    public var name: String
    /// What a sender must present to be admitted.
    public var credentials: IntakeCredentials

    /// Creates a channel.
    public init(partner: String, name: String, credentials: IntakeCredentials) {
        self.partner = partner
        self.name = name
        self.credentials = credentials
    }
}

/// What a sender must put in its `Authorization` header. Secrets arrive resolved; they are compared in constant
/// time and never logged.
public enum IntakeCredentials: Sendable, Hashable, CustomStringConvertible {
    /// Anyone who can reach the listener (the embedded default binds 127.0.0.1 only).
    case none
    /// `Authorization: Bearer <token>`.
    case bearer(token: String)
    /// `Authorization: Basic base64(user:password)`.
    case basic(user: String, password: String)

    /// Whether the `Authorization` header value `authorization` admits the request.
    public func admits(_ authorization: String?) -> Bool {
        let expected: (scheme: String, value: String)
        switch self {
        case .none: return true
        case .bearer(let token): expected = ("bearer", token)
        case .basic(let user, let password): expected = ("basic", Data("\(user):\(password)".utf8).base64EncodedString())
        }
        guard let authorization, let space = authorization.firstIndex(of: " ") else { return false }
        let scheme = authorization[..<space].lowercased()
        let value = authorization[authorization.index(after: space)...].trimmingCharacters(in: .whitespaces)
        return scheme == expected.scheme && Self.constantTimeEqual(Array(value.utf8), Array(expected.value.utf8))
    }

    /// The kind only: a secret never reaches a log line through interpolation.
    public var description: String {
        switch self {
        case .none: "none"
        case .bearer: "bearer (redacted)"
        case .basic(let user, _): "basic \(user) (redacted)"
        }
    }

    /// The `WWW-Authenticate` challenge of a refusal.
    public var challenge: String? {
        switch self {
        case .none: nil
        case .bearer: #"Bearer realm="wharf""#
        case .basic: #"Basic realm="wharf", charset="UTF-8""#
        }
    }

    /// Equality whose time depends on the lengths only, not on where the bytes differ.
    static func constantTimeEqual(_ left: [UInt8], _ right: [UInt8]) -> Bool {
        var difference: UInt8 = left.count == right.count ? 0 : 1
        for index in 0..<max(left.count, right.count) {
            let a = index < left.count ? left[index] : 0
            let b = index < right.count ? right[index] : 0
            difference |= a ^ b
        }
        return difference == 0
    }
}
