import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A plain blocking TCP client on 127.0.0.1 for tests that need to misbehave: write byte by byte, send junk, stay
/// silent, or see the server close the connection.
final class RawTCPClient: @unchecked Sendable {
    private let descriptor: Int32

    init(port: Int, receiveTimeout seconds: Int = 5) throws {
        self.descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(self.descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard connected == 0 else { throw POSIXError(.ECONNREFUSED) }
        var timeout = timeval(tv_sec: seconds, tv_usec: 0)
        setsockopt(self.descriptor, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
    }

    deinit { close(self.descriptor) }

    func send(_ bytes: [UInt8]) {
        _ = bytes.withUnsafeBytes { write(self.descriptor, $0.baseAddress, $0.count) }
    }

    /// Reads until `count` bytes, the end of a frame (FS CR), the peer closing, or the timeout; `nil` when the peer
    /// closed the connection before sending anything.
    func receiveFrame() -> [UInt8]? {
        var received: [UInt8] = []
        var byte: UInt8 = 0
        while true {
            let count = read(self.descriptor, &byte, 1)
            if count <= 0 { return received.isEmpty ? nil : received }
            received.append(byte)
            if received.count >= 2, received.suffix(2) == [0x1C, 0x0D] { return received }
        }
    }

    /// ``receiveFrame()`` on a thread of its own, so that an async test never blocks Swift's cooperative pool (which
    /// the listener under test needs to store the message it is answering).
    func receiveFrameOffPool() async -> [UInt8]? {
        await withCheckedContinuation { continuation in
            Thread.detachNewThread { continuation.resume(returning: self.receiveFrame()) }
        }
    }
}
