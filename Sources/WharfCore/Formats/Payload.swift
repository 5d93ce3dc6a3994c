/// The bytes of one inbound or outbound message, exactly as they travel, with where they came from.
///
/// Payloads are never decoded to `String` as a whole: parsers read the bytes.
public struct Payload: Hashable, Sendable {
    /// The raw bytes.
    public var bytes: [UInt8]
    /// A name for people: a file name, a remote path or a channel id. Never payload content.
    public var name: String?

    /// Creates a payload.
    public init(bytes: [UInt8], name: String? = nil) {
        self.bytes = bytes
        self.name = name
    }

    /// The number of bytes.
    public var count: Int { self.bytes.count }
}
