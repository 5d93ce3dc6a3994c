import CLibSSH2
import Foundation
import Transport
import WharfCore
#if canImport(Glibc)
import Glibc
#endif

extension SFTPConnection {
    /// Downloads `path` into the local file `spool` (created or truncated) in pieces, hashing as it goes: memory
    /// stays at one piece whatever the file's size.
    /// - Returns: the spooled payload (size, SHA-256, first bytes), named `name`.
    public func download(_ path: String, to spool: String, name: String) async throws(SFTPError) -> SpooledPayload {
        try await self.run { () throws(SFTPError) in try self.downloadSync(path, to: spool, name: name) }
    }

    private func downloadSync(_ path: String, to spool: String, name: String) throws(SFTPError) -> SpooledPayload {
        guard let handle = libssh2_sftp_open_ex(self.sftp, path, UInt32(path.utf8.count), UInt(LIBSSH2_FXF_READ), 0,
                                                LIBSSH2_SFTP_OPENFILE) else {
            throw self.failure("open \(path)")
        }
        defer { libssh2_sftp_close_handle(handle) }
        let descriptor = Glibc.open(spool, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            throw SFTPError("sftp.spool", "cannot write the spool file \(spool): \(String(cString: strerror(errno)))",
                            retryable: true)
        }
        defer { Glibc.close(descriptor) }
        var hasher = SHA256.Hasher()
        var head: [UInt8] = []
        var size = 0
        var buffer = [UInt8](repeating: 0, count: 262_144)
        while true {
            let count = buffer.withUnsafeMutableBytes { raw in
                libssh2_sftp_read(handle, raw.baseAddress!.assumingMemoryBound(to: CChar.self), raw.count)
            }
            if count == 0 { break }
            guard count > 0 else { throw self.failure("read \(path)") }
            let failed = buffer.withUnsafeBytes { raw -> Bool in
                let piece = UnsafeRawBufferPointer(rebasing: raw[0..<count])
                hasher.update(piece)
                if head.count < SpooledPayload.headLimit {
                    head.append(contentsOf: piece.prefix(SpooledPayload.headLimit - head.count))
                }
                var written = 0
                while written < count {
                    let result = Glibc.write(descriptor, piece.baseAddress! + written, count - written)
                    guard result > 0 else { return true }
                    written += result
                }
                return false
            }
            guard !failed else {
                throw SFTPError("sftp.spool", "cannot write the spool file \(spool): " + String(cString: strerror(errno)),
                                retryable: true)
            }
            size += count
        }
        return SpooledPayload(path: spool, name: name, size: size, contentHash: SHA256.hex(digest: hasher.finalize()),
                              head: head)
    }
}
