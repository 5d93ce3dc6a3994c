#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A failed read: the `errno` it gave.
public struct FileReadError: Error, Sendable {
    /// The `errno` value.
    public let code: Int32
    /// The system's text for it.
    public var message: String { String(cString: strerror(self.code)) }
}

/// Reading everything left in a file descriptor into one array.
public enum FileDescriptorReading {
    /// The bytes left in `descriptor`, or why a read failed. A regular file's remaining size is known up
    /// front, so its bytes are read straight into one array of that size (no chunks copied, no array grown and
    /// copied again); a pipe, or a file that grows meanwhile, is read on in 1 MiB chunks.
    public static func readAll(_ descriptor: Int32) -> Result<[UInt8], FileReadError> {
        var status = stat()
        var expected = 0
        if fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG {
            let position = lseek(descriptor, 0, SEEK_CUR)
            expected = Swift.max(0, Int(status.st_size) - Int(Swift.max(position, 0)))
        }
        var failure: Int32?
        // One byte more than expected: reading it tells whether the file grew.
        var bytes = [UInt8](unsafeUninitializedCapacity: expected + 1) { buffer, count in
            count = 0
            while count < buffer.count {
                let got = read(descriptor, buffer.baseAddress! + count, buffer.count - count)
                if got < 0, errno == EINTR { continue }
                if got < 0 { failure = errno }
                if got <= 0 { break }
                count += got
            }
        }
        if let failure { return .failure(FileReadError(code: failure)) }
        guard bytes.count > expected else { return .success(bytes) }
        var chunk = [UInt8](repeating: 0, count: 1 << 20)
        while true {
            let got = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress!, $0.count) }
            if got < 0, errno == EINTR { continue }
            if got < 0 { return .failure(FileReadError(code: errno)) }
            if got == 0 { return .success(bytes) }
            bytes.append(contentsOf: chunk[0..<got])
        }
    }
}
