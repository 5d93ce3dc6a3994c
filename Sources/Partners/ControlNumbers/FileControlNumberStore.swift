import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Control number sequences in a folder: one small file per partner and kind holding the last number handed out.
///
/// Each ``next(_:partner:)`` takes an exclusive `flock` on the sequence's lock file (so threads and processes take
/// turns), reads the last number, writes the next one to a temporary file, fsyncs it and renames it over the old one
/// (so a crash leaves either the old or the new number, never a torn or empty file), fsyncs the folder, and only then
/// returns the number. A number is therefore never handed out twice, even across a crash and restart.
public struct FileControlNumberStore: ControlNumberSequence {
    /// The folder holding the sequence files.
    public let folder: URL

    /// A store in `folder` (created when missing).
    public init(folder: URL) throws(ControlNumberError) {
        self.folder = folder
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw ControlNumberError(message: "cannot create the control number folder \(folder.path)")
        }
    }

    public func next(_ kind: ControlNumberKind, partner: String, count: Int) throws(ControlNumberError) -> Int {
        let name = "\(partner).\(kind.rawValue)"
        let valuePath = self.folder.appendingPathComponent(name).path
        let lockPath = valuePath + ".lock"
        let lock = open(lockPath, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard lock >= 0 else { throw self.failure("open", lockPath) }
        defer { close(lock) }
        while flock(lock, LOCK_EX) != 0 {
            guard errno == EINTR else { throw self.failure("lock", lockPath) }
        }
        defer { flock(lock, LOCK_UN) }
        let last = (try? String(contentsOfFile: valuePath, encoding: .utf8))
            .flatMap { Int($0.trimmingCharacters(in: .whitespacesAndNewlines)) } ?? 0
        let count = max(1, count)
        let next = last > kind.maximum - count ? 1 : last + 1
        let temporary = valuePath + ".tmp"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw self.failure("write", temporary) }
        let bytes = Array("\(next + count - 1)\n".utf8)
        let written = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        let synced = fsync(descriptor) == 0
        close(descriptor)
        guard written == bytes.count, synced else { throw self.failure("write", temporary) }
        guard rename(temporary, valuePath) == 0 else { throw self.failure("rename", valuePath) }
        let directory = open(self.folder.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if directory >= 0 {
            _ = fsync(directory)
            close(directory)
        }
        return next
    }

    private func failure(_ action: String, _ path: String) -> ControlNumberError {
        ControlNumberError(message: "cannot \(action) the control number file \(path): \(String(cString: strerror(errno)))")
    }
}
