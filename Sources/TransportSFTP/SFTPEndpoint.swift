import Foundation

/// Where and how to reach an SFTP server: address, user, authentication, the pinned host key and a timeout.
public struct SFTPEndpoint: Sendable, Hashable {
    /// How the user authenticates. Secrets arrive resolved (the profile holds only references).
    public enum Authentication: Sendable, Hashable {
        /// An ed25519 or ECDSA private key file, with its passphrase when it has one.
        case publicKey(privateKeyPath: String, passphrase: String?)
        case password(String)
    }

    /// The server's host key as pinned in the profile: its SHA256 fingerprint (`SHA256:…`, as `ssh-keygen -lf`
    /// prints it) or a known_hosts file holding it.
    public enum HostKeyPin: Sendable, Hashable {
        case fingerprint(String)
        case knownHosts(path: String)
    }

    public var host: String
    public var port: Int
    public var user: String
    public var authentication: Authentication
    public var hostKey: HostKeyPin
    /// The longest any one operation may take.
    public var timeout: Duration
    /// How often an idle session is probed with an SSH keepalive: firewalls keep it open, and a dead one is
    /// replaced before it fails a poll or an upload.
    public var keepAlive: Duration

    public init(host: String, port: Int = 22, user: String, authentication: Authentication, hostKey: HostKeyPin,
                timeout: Duration = .seconds(30), keepAlive: Duration = .seconds(30)) {
        self.host = host
        self.port = port
        self.user = user
        self.authentication = authentication
        self.hostKey = hostKey
        self.timeout = timeout
        self.keepAlive = keepAlive
    }

    /// How often an idle session is probed: ``keepAlive``, at least a second.
    public var probeInterval: Duration { max(self.keepAlive, .seconds(1)) }

    /// `user@host:port`, for messages.
    public var description: String { "\(self.user)@\(self.host):\(self.port)" }
}

/// A file in a remote folder, as a listing shows it.
public struct RemoteFile: Sendable, Hashable {
    public var name: String
    public var size: UInt64
    /// Seconds since 1970, as SFTP v3 reports them.
    public var modified: UInt64
    public var isRegular: Bool

    public init(name: String, size: UInt64, modified: UInt64, isRegular: Bool) {
        self.name = name
        self.size = size
        self.modified = modified
        self.isRegular = isRegular
    }
}

/// An SFTP operation failed. `code`: `sftp.connect`, `sftp.handshake`, `sftp.host-key.unknown`,
/// `sftp.host-key.changed`, `sftp.auth`, `sftp.io`, `sftp.closed`. Messages name the server and path, never file
/// contents.
public struct SFTPError: Error, Sendable, CustomStringConvertible {
    public var code: String
    public var message: String
    /// Whether trying again later may help (a network or server problem) or the setup must change first.
    public var isRetryable: Bool

    public init(_ code: String, _ message: String, retryable: Bool) {
        self.code = code
        self.message = message
        self.isRetryable = retryable
    }

    public var description: String { "\(self.code): \(self.message)" }
}
