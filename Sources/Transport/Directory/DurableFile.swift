import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// File operations that survive a crash: write to a temporary name, fsync, rename into place, fsync the folder.
public enum DurableFile {
    /// Writes `bytes` to `path` so that `path` holds either nothing or all of them, even across a crash: the bytes
    /// go to `path + temporarySuffix` first, are fsynced, renamed to `path`, and the folder is fsynced.
    public static func write(_ bytes: [UInt8], to path: String, temporarySuffix: String = ".part") throws(FileError) {
        let temporary = path + temporarySuffix
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw FileError(path: temporary, errno: errno) }
        do throws(FileError) {
            defer { close(descriptor) }
            var offset = 0
            while offset < bytes.count {
                let written = bytes.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress! + offset, $0.count - offset) }
                if written < 0, errno == EINTR { continue }
                guard written > 0 else { throw FileError(path: temporary, errno: errno) }
                offset += written
            }
            guard fsync(descriptor) == 0 else { throw FileError(path: temporary, errno: errno) }
        } catch {
            unlink(temporary)
            throw error
        }
        guard rename(temporary, path) == 0 else {
            let failure = FileError(path: path, errno: errno)
            unlink(temporary)
            throw failure
        }
        try self.syncFolder(of: path)
    }

    /// Moves `path` into `folder` (created when missing) under its own name, or with `-1`, `-2`… before the
    /// extension when that name is taken by another file; never replaces a file, and finishes a move a crash cut
    /// short (the file already linked into `folder`) instead of archiving it twice. Returns the new path.
    /// With `sync: false` the caller fsyncs both folders itself (once for many moves).
    @discardableResult
    public static func move(_ path: String, into folder: String, sync: Bool = true) throws(FileError) -> String {
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw FileError(path: folder, errno: EACCES)
        }
        let name = (path as NSString).lastPathComponent
        let stem = (name as NSString).deletingPathExtension
        let suffix = (name as NSString).pathExtension.isEmpty ? "" : "." + (name as NSString).pathExtension
        var attempt = 0
        while true {
            let candidate = (folder as NSString).appendingPathComponent(attempt == 0 ? name : "\(stem)-\(attempt)\(suffix)")
            // link() fails when the target exists, so a concurrent mover never overwrites a file.
            if link(path, candidate) == 0 {
                guard unlink(path) == 0 else { throw FileError(path: path, errno: errno) }
                if sync {
                    try self.syncFolder(of: candidate)
                    try self.syncFolder(of: path)
                }
                return candidate
            }
            guard errno == EEXIST else { throw FileError(path: candidate, errno: errno) }
            // A move cut short between link() and unlink() (a crash) left the file under both names: the archived
            // name is the same file, so finishing the move is removing the source.
            if Self.sameFile(path, candidate) {
                guard unlink(path) == 0 else { throw FileError(path: path, errno: errno) }
                if sync { try self.syncFolder(of: path) }
                return candidate
            }
            attempt += 1
        }
    }

    /// Whether two paths are links to one file (same device and inode).
    private static func sameFile(_ first: String, _ second: String) -> Bool {
        var a = stat()
        var b = stat()
        guard stat(first, &a) == 0, stat(second, &b) == 0 else { return false }
        return a.st_dev == b.st_dev && a.st_ino == b.st_ino
    }

    /// Removes `path` and fsyncs its folder (unless `sync` is false: the caller does it once for many).
    public static func remove(_ path: String, sync: Bool = true) throws(FileError) {
        guard unlink(path) == 0 else { throw FileError(path: path, errno: errno) }
        if sync { try self.syncFolder(of: path) }
    }

    /// fsyncs the folder holding `path`, so a rename or removal in it is durable.
    public static func syncFolder(of path: String) throws(FileError) {
        try self.sync(folder: (path as NSString).deletingLastPathComponent)
    }

    /// fsyncs `folder` itself, so renames and removals in it are durable.
    public static func sync(folder: String) throws(FileError) {
        let descriptor = open(folder.isEmpty ? "." : folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { throw FileError(path: folder, errno: errno) }
        defer { close(descriptor) }
        guard fsync(descriptor) == 0 else { throw FileError(path: folder, errno: errno) }
    }
}

/// A file operation failed; names the file and the system's reason.
public struct FileError: Error, Sendable, CustomStringConvertible {
    public var path: String
    public var errno: Int32

    public init(path: String, errno: Int32) {
        self.path = path
        self.errno = errno
    }

    public var description: String { "\(self.path): \(String(cString: strerror(self.errno)))" }
}
