/// Decodes the text between the quotes of a JSON string that the reader has already checked (valid escapes, valid
/// UTF-8, paired surrogates).
enum JSONStringDecoding {
    /// The decoded text of `bytes[start..<end]`.
    static func string(_ bytes: [UInt8], from start: Int, to end: Int, escaped: Bool) -> String {
        if !escaped { return String(decoding: bytes[start..<end], as: UTF8.self) }
        return String(decoding: self.bytes(bytes, from: start, to: end), as: UTF8.self)
    }

    /// The decoded UTF-8 bytes of `bytes[start..<end]`, escapes resolved.
    static func bytes(_ bytes: [UInt8], from start: Int, to end: Int) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(end - start)
        var index = start
        while index < end {
            let byte = bytes[index]
            guard byte == UInt8(ascii: "\\"), index + 1 < end else {
                output.append(byte)
                index += 1
                continue
            }
            let escape = bytes[index + 1]
            index += 2
            switch escape {
            case UInt8(ascii: "b"): output.append(0x08)
            case UInt8(ascii: "f"): output.append(0x0C)
            case UInt8(ascii: "n"): output.append(0x0A)
            case UInt8(ascii: "r"): output.append(0x0D)
            case UInt8(ascii: "t"): output.append(0x09)
            case UInt8(ascii: "u"):
                var scalar = self.hex4(bytes, at: index)
                index += 4
                if scalar >= 0xD800, scalar < 0xDC00, index + 6 <= end, bytes[index] == UInt8(ascii: "\\") {
                    let low = self.hex4(bytes, at: index + 2)
                    if low >= 0xDC00, low < 0xE000 {
                        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                        index += 6
                    }
                }
                self.appendUTF8(Unicode.Scalar(scalar) ?? "\u{FFFD}", to: &output)
            default: output.append(escape)  // \" \\ \/
            }
        }
        return output
    }

    /// The value of four hex digits at `index` (checked by the reader).
    static func hex4(_ bytes: [UInt8], at index: Int) -> UInt32 {
        var value: UInt32 = 0
        for offset in 0..<4 { value = value << 4 | UInt32(self.hexValue(bytes[index + offset]) ?? 0) }
        return value
    }

    /// The value of one hex digit, or `nil`.
    static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }

    private static func appendUTF8(_ scalar: Unicode.Scalar, to output: inout [UInt8]) {
        UTF8.encode(scalar) { output.append($0) }
    }
}
