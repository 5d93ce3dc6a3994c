import CLibSSH2
import Dispatch
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// One SSH session with its SFTP channel, in blocking mode on a serial queue of its own: libssh2 sessions are not
/// thread-safe, and its blocking calls must never run on Swift's cooperative thread pool. Every operation has the
/// endpoint's timeout. Close it with ``close()``.
public final class SFTPConnection: @unchecked Sendable {
    public let endpoint: SFTPEndpoint
    private let queue: DispatchQueue
    private var socket: Int32 = -1
    private var session: OpaquePointer?
    /// The SFTP channel; used on ``queue`` only.
    private(set) var sftp: OpaquePointer?

    private static let initialized: Int32 = libssh2_init(0)

    private init(endpoint: SFTPEndpoint) {
        self.endpoint = endpoint
        self.queue = DispatchQueue(label: "wharf.sftp.\(endpoint.host):\(endpoint.port)")
    }

    deinit { self.teardown() }

    /// Connects, checks the host key against the pin, authenticates and opens SFTP.
    public static func connect(_ endpoint: SFTPEndpoint) async throws(SFTPError) -> SFTPConnection {
        let connection = SFTPConnection(endpoint: endpoint)
        try await connection.run { () throws(SFTPError) in try connection.open() }
        return connection
    }

    /// The regular files and folders in `folder` (without `.` and `..`).
    public func list(_ folder: String) async throws(SFTPError) -> [RemoteFile] {
        try await self.run { () throws(SFTPError) in try self.listSync(folder) }
    }

    /// The whole content of `path`.
    public func read(_ path: String) async throws(SFTPError) -> [UInt8] {
        try await self.run { () throws(SFTPError) in try self.readSync(path) }
    }

    /// Writes `bytes` to `path` (created or truncated). Callers write to a temporary name and rename.
    public func write(_ bytes: [UInt8], to path: String) async throws(SFTPError) {
        try await self.run { () throws(SFTPError) in try self.writeSync(bytes, to: path) }
    }

    /// Renames `from` to `to`. SFTP v3 cannot rename onto an existing file: `to` must be free.
    public func rename(_ from: String, to: String) async throws(SFTPError) {
        try await self.run { () throws(SFTPError) in
            let result = libssh2_sftp_rename_ex(self.sftp, from, UInt32(from.utf8.count), to, UInt32(to.utf8.count),
                                                Int(LIBSSH2_SFTP_RENAME_OVERWRITE | LIBSSH2_SFTP_RENAME_ATOMIC
                                                    | LIBSSH2_SFTP_RENAME_NATIVE))
            guard result == 0 else { throw self.failure("rename \(from) to \(to)") }
        }
    }

    /// Removes `path`.
    public func remove(_ path: String) async throws(SFTPError) {
        try await self.run { () throws(SFTPError) in
            guard libssh2_sftp_unlink_ex(self.sftp, path, UInt32(path.utf8.count)) == 0 else {
                throw self.failure("remove \(path)")
            }
        }
    }

    /// Creates `path` when it does not exist yet.
    public func makeDirectory(_ path: String) async throws(SFTPError) {
        try await self.run { () throws(SFTPError) in
            if (try? self.statSync(path)) != nil { return }
            guard libssh2_sftp_mkdir_ex(self.sftp, path, UInt32(path.utf8.count), 0o755) == 0 else {
                throw self.failure("create the folder \(path)")
            }
        }
    }

    /// The size and modification time of `path`, or `nil` when it does not exist.
    public func stat(_ path: String) async throws(SFTPError) -> RemoteFile? {
        try await self.run { () throws(SFTPError) in try? self.statSync(path) }
    }

    /// Sends an SSH keepalive (`keepalive@openssh.com`) and makes one SFTP round trip (a `stat` of the home
    /// folder): a write alone can succeed on a connection the server has already dropped.
    /// - Throws: when the session is gone.
    public func probe() async throws(SFTPError) {
        try await self.run { () throws(SFTPError) in
            var next: Int32 = 0
            guard let session = self.session, libssh2_keepalive_send(session, &next) == 0 else {
                throw SFTPError("sftp.closed", "the session with \(self.endpoint.description) is gone (\(self.lastError()))",
                                retryable: true)
            }
            _ = try self.statSync(".")
        }
    }

    /// Closes SFTP and the session.
    public func close() async {
        await withCheckedContinuation { (done: CheckedContinuation<Void, Never>) in
            self.queue.async {
                self.teardown()
                done.resume()
            }
        }
    }

    // MARK: on the queue

    func run<T: Sendable>(_ body: @escaping @Sendable () throws(SFTPError) -> T) async throws(SFTPError) -> T {
        let result: Result<T, SFTPError> = await withCheckedContinuation { continuation in
            self.queue.async {
                do throws(SFTPError) {
                    continuation.resume(returning: .success(try body()))
                } catch {
                    continuation.resume(returning: .failure(error))
                }
            }
        }
        return try result.get()
    }

    private func open() throws(SFTPError) {
        guard Self.initialized == 0 else { throw SFTPError("sftp.connect", "libssh2 could not be initialized", retryable: false) }
        let endpoint = self.endpoint
        self.socket = try Self.connectSocket(endpoint)
        guard let session = libssh2_session_init_ex(nil, nil, nil, nil) else {
            throw SFTPError("sftp.connect", "libssh2 could not create a session", retryable: true)
        }
        self.session = session
        libssh2_session_set_blocking(session, 1)
        let milliseconds = endpoint.timeout.components.seconds * 1000 + endpoint.timeout.components.attoseconds / 1_000_000_000_000_000
        libssh2_session_set_timeout(session, Int(milliseconds))
        guard libssh2_session_handshake(session, self.socket) == 0 else {
            let reason = self.lastError()
            throw SFTPError("sftp.handshake",
                            "the SSH handshake with \(endpoint.host):\(endpoint.port) failed (\(reason)); note that "
                                + "libssh2 1.10 cannot reach a server whose only host key is RSA (it lacks rsa-sha2): "
                                + "the server needs an ed25519 or ECDSA host key", retryable: true)
        }
        var length = 0
        var type: Int32 = 0
        guard let key = libssh2_session_hostkey(session, &length, &type) else {
            throw SFTPError("sftp.handshake", "\(endpoint.host):\(endpoint.port) sent no host key", retryable: true)
        }
        let blob = [UInt8](UnsafeRawBufferPointer(start: key, count: length))
        if let problem = HostKeyCheck.problem(blob: blob, pin: endpoint.hostKey, endpoint: endpoint) { throw problem }
        try self.authenticate(session)
        guard let sftp = libssh2_sftp_init(session) else {
            throw SFTPError("sftp.connect", "\(endpoint.description) refused the SFTP subsystem (\(self.lastError()))",
                            retryable: true)
        }
        self.sftp = sftp
        libssh2_keepalive_config(session, 1, UInt32(max(1, endpoint.keepAlive.components.seconds)))
    }

    private func authenticate(_ session: OpaquePointer) throws(SFTPError) {
        let user = self.endpoint.user
        let result: Int32
        switch self.endpoint.authentication {
        case .publicKey(let privateKey, let passphrase):
            result = libssh2_userauth_publickey_fromfile_ex(session, user, UInt32(user.utf8.count), nil, privateKey,
                                                            passphrase)
        case .password(let password):
            result = libssh2_userauth_password_ex(session, user, UInt32(user.utf8.count), password,
                                                  UInt32(password.utf8.count), nil)
        }
        guard result == 0 else {
            var advice = "check the user and the key or password of the channel"
            if case .publicKey(let privateKey, _) = self.endpoint.authentication,
               let text = try? String(contentsOfFile: privateKey, encoding: .utf8), text.contains("RSA") {
                advice = "libssh2 1.10 signs RSA keys with ssh-rsa (SHA-1), which OpenSSH 8.8 and later refuse: "
                    + "use an ed25519 or ECDSA key"
            }
            throw SFTPError("sftp.auth", "\(self.endpoint.description) refused the login (\(self.lastError())); \(advice)",
                            retryable: false)
        }
    }

    private func listSync(_ folder: String) throws(SFTPError) -> [RemoteFile] {
        guard let handle = libssh2_sftp_open_ex(self.sftp, folder, UInt32(folder.utf8.count), 0, 0,
                                                LIBSSH2_SFTP_OPENDIR) else {
            throw self.failure("list \(folder)")
        }
        defer { libssh2_sftp_close_handle(handle) }
        var files: [RemoteFile] = []
        var name = [CChar](repeating: 0, count: 1024)
        while true {
            var attributes = LIBSSH2_SFTP_ATTRIBUTES()
            let count = libssh2_sftp_readdir_ex(handle, &name, name.count, nil, 0, &attributes)
            if count == 0 { break }
            guard count > 0 else { throw self.failure("list \(folder)") }
            let entry = String(decoding: name.prefix(Int(count)).map { UInt8(bitPattern: $0) }, as: UTF8.self)
            if entry == "." || entry == ".." { continue }
            files.append(Self.file(entry, attributes))
        }
        return files
    }

    private func statSync(_ path: String) throws(SFTPError) -> RemoteFile {
        var attributes = LIBSSH2_SFTP_ATTRIBUTES()
        guard libssh2_sftp_stat_ex(self.sftp, path, UInt32(path.utf8.count), LIBSSH2_SFTP_STAT, &attributes) == 0 else {
            throw self.failure("read the attributes of \(path)")
        }
        return Self.file((path as NSString).lastPathComponent, attributes)
    }

    private func readSync(_ path: String) throws(SFTPError) -> [UInt8] {
        var bytes: [UInt8] = []
        try self.readPieces(of: path) { piece throws(SFTPError) in bytes.append(contentsOf: piece) }
        return bytes
    }

    /// Reads `path` from start to end, handing `body` each piece as it arrives (a piece is valid during the call).
    func readPieces(of path: String, pieceSize: Int = 65_536,
                    _ body: (UnsafeRawBufferPointer) throws(SFTPError) -> Void) throws(SFTPError) {
        guard let handle = libssh2_sftp_open_ex(self.sftp, path, UInt32(path.utf8.count), UInt(LIBSSH2_FXF_READ), 0,
                                                LIBSSH2_SFTP_OPENFILE) else {
            throw self.failure("open \(path)")
        }
        defer { libssh2_sftp_close_handle(handle) }
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: pieceSize, alignment: 16)
        defer { buffer.deallocate() }
        while true {
            let count = libssh2_sftp_read(handle, buffer.baseAddress!.assumingMemoryBound(to: CChar.self), pieceSize)
            if count == 0 { return }
            guard count > 0 else { throw self.failure("read \(path)") }
            try body(UnsafeRawBufferPointer(rebasing: buffer[0..<count]))
        }
    }

    private func writeSync(_ bytes: [UInt8], to path: String) throws(SFTPError) {
        let flags = UInt(LIBSSH2_FXF_WRITE | LIBSSH2_FXF_CREAT | LIBSSH2_FXF_TRUNC)
        guard let handle = libssh2_sftp_open_ex(self.sftp, path, UInt32(path.utf8.count), flags, 0o644,
                                                LIBSSH2_SFTP_OPENFILE) else {
            throw self.failure("create \(path)")
        }
        defer { libssh2_sftp_close_handle(handle) }
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { raw in
                libssh2_sftp_write(handle, raw.baseAddress!.assumingMemoryBound(to: CChar.self), raw.count)
            }
            guard written > 0 else { throw self.failure("write \(path)") }
            offset += written
        }
    }

    private static func file(_ name: String, _ attributes: LIBSSH2_SFTP_ATTRIBUTES) -> RemoteFile {
        RemoteFile(name: name, size: attributes.filesize, modified: UInt64(attributes.mtime),
                   isRegular: attributes.permissions & UInt(LIBSSH2_SFTP_S_IFMT) == UInt(LIBSSH2_SFTP_S_IFREG))
    }

    func failure(_ what: String) -> SFTPError {
        let sftpCode = self.sftp.map { libssh2_sftp_last_error($0) } ?? 0
        let reason = sftpCode != 0 ? "SFTP status \(sftpCode)" : self.lastError()
        let closed = libssh2_session_last_errno(self.session) == LIBSSH2_ERROR_SOCKET_DISCONNECT
            || libssh2_session_last_errno(self.session) == LIBSSH2_ERROR_SOCKET_SEND
            || libssh2_session_last_errno(self.session) == LIBSSH2_ERROR_SOCKET_RECV
            || libssh2_session_last_errno(self.session) == LIBSSH2_ERROR_TIMEOUT
        return SFTPError(closed ? "sftp.closed" : "sftp.io", "cannot \(what) on \(self.endpoint.description) (\(reason))",
                         retryable: true)
    }

    private func lastError() -> String {
        guard let session = self.session else { return "no session" }
        var message: UnsafeMutablePointer<CChar>?
        var length: Int32 = 0
        let code = libssh2_session_last_error(session, &message, &length, 0)
        return message.map { "libssh2 \(code): " + String(cString: $0) } ?? "libssh2 \(code)"
    }

    private func teardown() {
        if let sftp = self.sftp { libssh2_sftp_shutdown(sftp) }
        self.sftp = nil
        if let session = self.session {
            libssh2_session_disconnect_ex(session, SSH_DISCONNECT_BY_APPLICATION, "bye", "")
            libssh2_session_free(session)
        }
        self.session = nil
        if self.socket >= 0 { Glibc.close(self.socket) }
        self.socket = -1
    }

    /// A TCP connection to the endpoint, within its timeout.
    private static func connectSocket(_ endpoint: SFTPEndpoint) throws(SFTPError) -> Int32 {
        var hints = addrinfo()
        hints.ai_family = AF_UNSPEC
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        var results: UnsafeMutablePointer<addrinfo>?
        guard getaddrinfo(endpoint.host, String(endpoint.port), &hints, &results) == 0, let first = results else {
            throw SFTPError("sftp.connect", "cannot resolve \(endpoint.host)", retryable: true)
        }
        defer { freeaddrinfo(results) }
        var entry: UnsafeMutablePointer<addrinfo>? = first
        var lastError: Int32 = 0
        while let address = entry {
            let descriptor = Glibc.socket(address.pointee.ai_family, address.pointee.ai_socktype, address.pointee.ai_protocol)
            if descriptor >= 0 {
                var timeout = timeval(tv_sec: Int(endpoint.timeout.components.seconds), tv_usec: 0)
                setsockopt(descriptor, SOL_SOCKET, SO_SNDTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
                if Glibc.connect(descriptor, address.pointee.ai_addr, address.pointee.ai_addrlen) == 0 { return descriptor }
                lastError = errno
                Glibc.close(descriptor)
            }
            entry = address.pointee.ai_next
        }
        throw SFTPError("sftp.connect", "cannot connect to \(endpoint.host):\(endpoint.port) (\(String(cString: strerror(lastError))))",
                        retryable: true)
    }
}
