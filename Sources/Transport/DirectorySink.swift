import Foundation
import WharfCore
#if canImport(Glibc)
import Glibc
#endif

/// An ``InboundSink`` that writes each payload to its own file in a folder, durably: written to a temporary name,
/// fsynced, renamed into place, and the folder fsynced, before the receipt is returned. The embedded stand-in for the
/// message store.
public struct DirectorySink: InboundSink {
    /// The folder.
    public let folder: URL

    /// A sink writing into `folder` (created when missing).
    public init(folder: URL) throws {
        self.folder = folder
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    public func accept(_ payload: Payload, from origin: Origin) async throws -> Receipt {
        let stamp = Int(origin.receivedAt.timeIntervalSince1970 * 1000)
        let id = "\(stamp)-\(UUID().uuidString.prefix(8).lowercased())"
        let path = self.folder.appendingPathComponent(id + ".msg").path
        let temporary = path + ".part"
        try Self.writeDurably(payload.bytes, to: temporary)
        guard rename(temporary, path) == 0 else { throw DirectorySinkError(path: path, errno: errno) }
        let directory = open(self.folder.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if directory >= 0 {
            defer { close(directory) }
            guard fsync(directory) == 0 else { throw DirectorySinkError(path: self.folder.path, errno: errno) }
        }
        return Receipt(id: id)
    }

    private static func writeDurably(_ bytes: [UInt8], to path: String) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw DirectorySinkError(path: path, errno: errno) }
        defer { close(descriptor) }
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress! + offset, $0.count - offset) }
            if written < 0, errno == EINTR { continue }
            guard written > 0 else { throw DirectorySinkError(path: path, errno: errno) }
            offset += written
        }
        guard fsync(descriptor) == 0 else { throw DirectorySinkError(path: path, errno: errno) }
    }
}

/// A payload could not be stored in a ``DirectorySink``.
public struct DirectorySinkError: Error, CustomStringConvertible {
    public var path: String
    public var errno: Int32

    public var description: String { "cannot store \(self.path): \(String(cString: strerror(self.errno)))" }
}
