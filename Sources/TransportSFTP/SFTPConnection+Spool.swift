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
        let descriptor = Glibc.open(spool, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw Self.spoolFailure(spool) }
        defer { Glibc.close(descriptor) }
        var hasher = SHA256.Hasher()
        var head: [UInt8] = []
        var size = 0
        try self.readPieces(of: path, pieceSize: 262_144) { piece throws(SFTPError) in
            hasher.update(piece)
            if head.count < SpooledPayload.headLimit {
                head.append(contentsOf: piece.prefix(SpooledPayload.headLimit - head.count))
            }
            var written = 0
            while written < piece.count {
                let result = Glibc.write(descriptor, piece.baseAddress! + written, piece.count - written)
                guard result > 0 else { throw Self.spoolFailure(spool) }
                written += result
            }
            size += piece.count
        }
        return SpooledPayload(path: spool, name: name, size: size, contentHash: SHA256.hex(digest: hasher.finalize()),
                              head: head)
    }

    /// The spool file cannot be written (a full or read-only local disk): the remote file stays, taken later.
    private static func spoolFailure(_ spool: String) -> SFTPError {
        SFTPError("sftp.spool", "cannot write the spool file \(spool): \(String(cString: strerror(errno)))", retryable: true)
    }
}
