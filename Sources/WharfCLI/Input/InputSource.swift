import WharfCore
#if canImport(Glibc)
import Glibc
#endif

/// A file (or standard input for `-`) read in chunks, so that inputs of any size stream in flat memory.
struct InputSource {
    /// The path as the user gave it (`-` for standard input).
    let path: String
    private let descriptor: Int32
    /// The size of each read.
    static let chunkSize = 1 << 20

    /// Opens `path`; `-` is standard input.
    init(path: String) throws(CommandFailure) {
        self.path = path
        if path == "-" {
            self.descriptor = 0
            return
        }
        let descriptor = Glibc.open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw CommandFailure.io("cannot read \(path): \(String(cString: strerror(errno)))")
        }
        var status = stat()
        if fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFDIR {
            Glibc.close(descriptor)
            throw CommandFailure.io("cannot read \(path): it is a directory")
        }
        self.descriptor = descriptor
    }

    /// The next chunk, or an empty array at the end.
    func read(_ buffer: inout [UInt8]) throws(CommandFailure) -> Int {
        if buffer.count < Self.chunkSize { buffer = [UInt8](repeating: 0, count: Self.chunkSize) }
        while true {
            let count = buffer.withUnsafeMutableBytes { Glibc.read(self.descriptor, $0.baseAddress!, $0.count) }
            if count < 0, errno == EINTR { continue }
            guard count >= 0 else { throw CommandFailure.io("cannot read \(self.path): \(String(cString: strerror(errno)))") }
            return count
        }
    }

    /// Calls `body` with each chunk in order.
    func forEachChunk(_ body: (ArraySlice<UInt8>) throws(CommandFailure) -> Void) throws(CommandFailure) {
        var buffer: [UInt8] = []
        while true {
            let count = try self.read(&buffer)
            if count == 0 { return }
            try body(buffer[0..<count])
        }
    }

    /// The whole input (a regular file read straight into one array of its size).
    func readAll() throws(CommandFailure) -> [UInt8] {
        switch FileDescriptorReading.readAll(self.descriptor) {
        case .success(let bytes): return bytes
        case .failure(let error): throw CommandFailure.io("cannot read \(self.path): \(error.message)")
        }
    }

    func close() {
        if self.descriptor > 2 { Glibc.close(self.descriptor) }
    }
}

extension InputSource {
    /// The whole of the file at `path` (`-`: standard input) as a payload named after it.
    static func payload(_ path: String) throws(CommandFailure) -> Payload {
        let source = try InputSource(path: path)
        defer { source.close() }
        return Payload(bytes: try source.readAll(), name: path)
    }
}
