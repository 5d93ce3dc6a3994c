/// Maps a segment tag (2–3 upper-case letters or digits) to a small integer without hashing or allocating.
enum X12TagIndex {
    /// The number of slots: 37 values per character (none, A–Z, 0–9), three characters.
    static let capacity = 37 * 37 * 37

    /// The slot of the tag at the start of `bytes` (ending at `separator` or the end), or `nil` when it is not a
    /// valid tag.
    static func slot(_ bytes: UnsafeBufferPointer<UInt8>, separator: UInt8) -> Int? {
        var slot = 0
        var length = 0
        for byte in bytes {
            if byte == separator { break }
            guard length < 3, let value = self.value(byte) else { return nil }
            slot = slot * 37 + value
            length += 1
        }
        guard length >= 2 else { return nil }
        return length == 2 ? slot * 37 : slot
    }

    /// The slot of a tag given as text.
    static func slot(_ tag: String) -> Int? {
        Array(tag.utf8).withUnsafeBufferPointer { self.slot($0, separator: 0) }
    }

    private static func value(_ byte: UInt8) -> Int? {
        switch byte {
        case 0x41...0x5A: Int(byte - 0x41) + 1
        case 0x30...0x39: Int(byte - 0x30) + 27
        default: nil
        }
    }
}
