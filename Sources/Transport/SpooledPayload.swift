import Foundation
import WharfCore

/// An inbound payload too big to hold in memory: its bytes in a local spool file written by the transport, with
/// what was learnt while writing it (size, content hash, the first bytes for sniffing).
///
/// The transport owns the spool file and removes it once ``InboundSink/accept(spooled:from:)`` returns.
public struct SpooledPayload: Sendable, Hashable {
    /// The local file holding the bytes, exactly as received.
    public var path: String
    /// A name for people: the remote file's name. Never payload content.
    public var name: String?
    /// The number of bytes.
    public var size: Int
    /// SHA-256 of the bytes, 64 lowercase hexadecimal digits.
    public var contentHash: String
    /// The first bytes (up to ``headLimit``): enough to sniff the format, sender and control numbers.
    public var head: [UInt8]

    /// How many leading bytes a transport keeps in ``head``.
    public static let headLimit = 65_536

    /// Creates a spooled payload.
    public init(path: String, name: String?, size: Int, contentHash: String, head: [UInt8]) {
        self.path = path
        self.name = name
        self.size = size
        self.contentHash = contentHash
        self.head = head
    }

    /// The whole payload read into memory, for sinks that have no streaming path.
    public func load() throws -> Payload {
        Payload(bytes: [UInt8](try Data(contentsOf: URL(fileURLWithPath: self.path))), name: self.name)
    }
}
