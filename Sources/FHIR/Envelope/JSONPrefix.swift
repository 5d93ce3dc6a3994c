/// The first bytes of a JSON text too large to read whole, made into a complete JSON text: cut after the last value
/// that is complete in them and closed with the brackets still open there. What it holds is exactly the members and
/// elements that lie wholly in the bytes, so a sniff can read the top of a large resource (its `resourceType`, `id`,
/// the first entries of a bundle) without the rest.
///
/// ```swift
/// JSONPrefix.closed(Array(#"{"resourceType":"Bundle","entry":[{"resource":{"resourceType":"Supp"#.utf8))
/// // {"resourceType":"Bundle","entry":[{"resource":{}}]}
/// ```
enum JSONPrefix {
    /// `bytes` cut after their last complete value and closed; `nil` when no container is opened in them, or the
    /// text is not JSON as far as it goes.
    static func closed(_ bytes: [UInt8]) -> [UInt8]? {
        /// Open containers: `{` or `[`, and for objects whether a key comes next.
        var stack: [(bracket: UInt8, expectingKey: Bool)] = []
        var safeEnd = -1
        var safeDepth = 0
        var index = 0
        func markSafe(_ end: Int) {
            safeEnd = end
            safeDepth = stack.count
        }
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case 0x20, 0x09, 0x0A, 0x0D, 0x3A:  // whitespace, ':'
                index += 1
            case 0xEF where index == 0 && bytes.starts(with: [0xEF, 0xBB, 0xBF]):  // byte order mark
                index += 3
            case 0x7B, 0x5B:  // '{', '['
                stack.append((byte, byte == 0x7B))
                index += 1
                markSafe(index)
            case 0x7D, 0x5D:  // '}', ']'
                guard let open = stack.popLast(), open.bracket == (byte == 0x7D ? 0x7B : 0x5B) else { return nil }
                index += 1
                markSafe(index)
                if stack.isEmpty { return Array(bytes[..<index]) }
            case 0x2C:  // ','
                if let last = stack.indices.last, stack[last].bracket == 0x7B { stack[last].expectingKey = true }
                index += 1
            case 0x22:  // a string: a key or a value
                var end = index + 1
                while end < bytes.count, bytes[end] != 0x22 { end += bytes[end] == 0x5C ? 2 : 1 }
                guard end < bytes.count else { index = bytes.count; break }
                index = end + 1
                if let last = stack.indices.last, stack[last].expectingKey {
                    stack[last].expectingKey = false
                } else {
                    markSafe(index)
                }
            default:  // a number, true, false or null: complete only when something follows it
                var end = index
                while end < bytes.count, Self.isScalarByte(bytes[end]) { end += 1 }
                guard end > index else { return nil }
                index = end
                if end < bytes.count { markSafe(end) }
            }
        }
        guard safeEnd > 0, safeDepth > 0 else { return nil }
        var text = Array(bytes[..<safeEnd])
        for open in stack.prefix(safeDepth).reversed() { text.append(open.bracket == 0x7B ? 0x7D : 0x5D) }
        return text
    }

    private static func isScalarByte(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x61 && byte <= 0x7A) || byte == 0x2D || byte == 0x2B
            || byte == 0x2E || byte == 0x45
    }
}
