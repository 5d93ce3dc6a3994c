/// One code table of `specs/mappings/x12-canonical.json` (an X12 code → its canonical value), looked up at every
/// segment: codes of up to eight ASCII bytes are packed into integers and found by binary search, with no string
/// hashing (a dictionary lookup cost several hundred instructions per element).
public struct X12CodeTable: Sendable, Decodable {
    /// The table as written.
    public let entries: [String: String]
    private let keys: [UInt64]
    private let values: [String]

    /// Creates a table from its entries.
    public init(_ entries: [String: String]) {
        self.entries = entries
        let packed = entries.compactMap { key, value in Self.pack(key).map { ($0, value) } }.sorted { $0.0 < $1.0 }
        self.keys = packed.map(\.0)
        self.values = packed.map(\.1)
    }

    public init(from decoder: any Decoder) throws {
        self.init(try [String: String](from: decoder))
    }

    /// The canonical value of `code`, or `nil` when the table does not have it.
    public subscript(_ code: String) -> String? {
        guard let key = Self.pack(code) else { return self.entries[code] }
        return self.value(packed: key)
    }

    /// The canonical value of the code in `bytes` (an element read from a segment, trailing spaces ignored as
    /// ``X12Fields/text(_:)`` ignores them), without making a string of it. Bytes are compared as they are: invalid
    /// UTF-8 is not repaired first (no table key contains a replacement character).
    public subscript(bytes element: UnsafeBufferPointer<UInt8>) -> String? {
        var count = element.count
        while count > 0, element[count - 1] == 0x20 { count -= 1 }
        let code = UnsafeBufferPointer(rebasing: element[..<count])
        guard count <= 8 else { return self.entries[String(decoding: code, as: UTF8.self)] }
        var key: UInt64 = 0
        for byte in code { key = key << 8 | UInt64(byte) }
        return self.value(packed: key)
    }

    private func value(packed key: UInt64) -> String? {
        var low = 0
        var high = self.keys.count
        while low < high {
            let middle = (low + high) / 2
            if self.keys[middle] < key { low = middle + 1 } else { high = middle }
        }
        return low < self.keys.count && self.keys[low] == key ? self.values[low] : nil
    }

    /// `code`'s bytes as one integer, or `nil` when it is longer than eight bytes (codes never contain NUL, so
    /// codes of different lengths never share a value).
    private static func pack(_ code: String) -> UInt64? {
        var packed: UInt64 = 0
        var count = 0
        for byte in code.utf8 {
            count += 1
            guard count <= 8 else { return nil }
            packed = packed << 8 | UInt64(byte)
        }
        return packed
    }
}
