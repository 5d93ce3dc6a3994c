import Foundation

/// A way documents travel to or from a partner: a named transport with its settings.
public struct Channel: Sendable, Hashable {
    /// The channel's name, unique in its profile.
    public var name: String
    /// The transport and its settings.
    public var transport: ChannelTransport

    /// The transport's name as profiles write it (`sftp`, `http`, `mllp`, `directory`).
    public var transportName: String {
        switch self.transport {
        case .sftp: return "sftp"
        case .http: return "http"
        case .mllp: return "mllp"
        case .directory: return "directory"
        }
    }
}

/// A transport and its settings.
public enum ChannelTransport: Sendable, Hashable {
    /// An SFTP drop folder (inbound polling) or upload folder (outbound).
    case sftp(SFTPSettings)
    /// HTTP push (outbound) or an HTTP path Wharf listens on (inbound).
    case http(HTTPSettings)
    /// An MLLP connection (HL7 v2).
    case mllp(MLLPSettings)
    /// A local folder.
    case directory(DirectorySettings)
}

/// A secret, by reference: the environment variable or file that holds it. Profiles never hold secrets inline.
public enum SecretReference: Sendable, Hashable, CustomStringConvertible {
    /// An environment variable.
    case environment(String)
    /// A file (relative paths are relative to the profile's folder).
    case file(String)

    /// Where the secret is, never the secret.
    public var description: String {
        switch self {
        case .environment(let name): return "environment variable \(name)"
        case .file(let path): return "file \(path)"
        }
    }
}

/// SFTP settings (see `specs/partners/README.md` for defaults).
public struct SFTPSettings: Sendable, Hashable {
    public var host: String
    public var port: Int
    public var user: String
    public var privateKey: String?
    public var passphrase: SecretReference?
    public var password: SecretReference?
    public var hostKeyFingerprint: String?
    public var knownHosts: String?
    public var inbox: String?
    public var archive: String?
    public var outbox: String?
    public var pattern: String
    public var pollInterval: Duration
    public var stability: String
    public var doneSuffix: String
    public var afterPickup: String
    public var temporarySuffix: String
    public var maxFilesPerPoll: Int
    public var timeout: Duration
    /// How often an idle session is probed (SSH keepalive), so firewalls keep it and a dead one is noticed.
    public var keepAlive: Duration = .seconds(30)
}

/// HTTP settings.
public struct HTTPSettings: Sendable, Hashable {
    public var url: String?
    public var method: String
    public var path: String?
    public var bearer: SecretReference?
    public var basicUser: String?
    public var basicPassword: SecretReference?
    public var oauth2: OAuth2Settings?
    public var clientCertificate: String?
    public var clientPrivateKey: String?
    public var clientKeyPassphrase: SecretReference?
    public var timeout: Duration
    public var headers: [String: String]
    public var contentType: String?
    /// A PEM file of extra CA certificates trusted for the server (relative to the profile's folder).
    public var trustRoots: String? = nil
    /// Inbound: refuse (HTTP 422/404 with diagnostics) what cannot be parsed or routed, instead of storing it.
    public var rejectInvalid: Bool = false
}

/// OAuth 2 client-credentials settings.
public struct OAuth2Settings: Sendable, Hashable {
    public var tokenURL: String
    public var clientID: String
    public var clientSecret: SecretReference
    public var scope: String?
}

/// MLLP settings.
public struct MLLPSettings: Sendable, Hashable {
    public var host: String?
    public var port: Int
    public var maxMessageBytes: Int
    public var idleTimeout: Duration
    public var ackTimeout: Duration
    public var retries: Int
}

/// Local folder settings.
public struct DirectorySettings: Sendable, Hashable {
    public var path: String
    public var pattern: String
    public var archive: String?
    public var afterPickup: String
    public var temporarySuffix: String
}
