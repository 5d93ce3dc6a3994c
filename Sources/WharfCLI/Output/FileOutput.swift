#if canImport(Glibc)
import Glibc
#endif
import Synchronization

/// Unbuffered-enough writing to standard output, standard error or a file, without Foundation's FileHandle.
///
/// A write that fails is remembered, so that ``close()`` reports it: a short output file is never presented as a
/// success.
final class FileOutput: Sendable {
    private let descriptor: Int32
    private let owned: Bool
    private let failure = Mutex<Int32?>(nil)

    static let standardOutput = FileOutput(descriptor: 1, owned: false)
    static let standardError = FileOutput(descriptor: 2, owned: false)

    private init(descriptor: Int32, owned: Bool) {
        self.descriptor = descriptor
        self.owned = owned
    }

    /// Opens `path` for writing, truncating it; `-` is standard output.
    static func open(_ path: String) throws(CommandFailure) -> FileOutput {
        if path == "-" { return .standardOutput }
        let descriptor = Glibc.open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw CommandFailure.io("cannot write \(path): \(String(cString: strerror(errno)))")
        }
        return FileOutput(descriptor: descriptor, owned: true)
    }

    func write(_ text: String) { self.write(Array(text.utf8)) }

    func write(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Glibc.write(self.descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0, errno == EINTR { continue }
                guard written > 0 else {
                    let code = written < 0 ? errno : EIO
                    self.failure.withLock { $0 = $0 ?? code }
                    return
                }
                offset += written
            }
        }
    }

    /// Flushes to disk and closes a file opened by ``open(_:)``.
    func close() throws(CommandFailure) {
        guard self.owned else { return }
        if let code = self.failure.withLock({ $0 }) {
            _ = Glibc.close(self.descriptor)
            throw CommandFailure.io("cannot write the output file: \(String(cString: strerror(code)))")
        }
        // Only regular files can be flushed to disk; devices such as /dev/null refuse fsync (EINVAL).
        var status = stat()
        let regular = fstat(self.descriptor, &status) == 0 && (status.st_mode & S_IFMT) == S_IFREG
        guard !regular || fsync(self.descriptor) == 0, Glibc.close(self.descriptor) == 0 else {
            throw CommandFailure.io("cannot finish writing the output file: \(String(cString: strerror(errno)))")
        }
    }
}
