/// Escapes text for an HL7 v2 value — the inverse of ``HL7v2EscapeDecoder``.
///
/// Each separator in the text becomes its escape sequence (`|` → `\F\`, `^` → `\S\`, `&` → `\T\`, `~` → `\R\`,
/// `\` → `\E\`, the truncation character → `\P\`), each line break (CR, LF or CRLF) becomes `\.br\`, and a value that
/// is exactly two double quotes is written `\X22\"` so that it is not read back as the explicit null.
enum HL7v2EscapeEncoder {
    /// Appends `text`, escaped with `separators` (which must be complete), to `output`.
    static func append(_ text: String, separators: HL7v2Separators, to output: inout [UInt8]) {
        var text = text
        text.withUTF8 { bytes in self.append(bytes, separators: separators, to: &output) }
    }

    /// Appends the UTF-8 `bytes`, escaped with `separators` (which must be complete), to `output`.
    static func append(_ bytes: UnsafeBufferPointer<UInt8>, separators: HL7v2Separators, to output: inout [UInt8]) {
        guard let escape = separators.escape else {
            output.append(contentsOf: bytes)
            return
        }
        if bytes.count == 2, bytes[0] == HL7v2Value.quote, bytes[1] == HL7v2Value.quote {
            output.append(escape)
            output.append(contentsOf: Self.hexQuote)
            output.append(escape)
            output.append(HL7v2Value.quote)
            return
        }
        guard bytes.contains(where: { Self.needsEscape($0, separators) }) else {
            output.append(contentsOf: bytes)
            return
        }
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            guard Self.needsEscape(byte, separators) else {
                output.append(byte)
                continue
            }
            output.append(escape)
            switch byte {
            case separators.field: output.append(UInt8(ascii: "F"))
            case separators.component: output.append(UInt8(ascii: "S"))
            case separators.subcomponent: output.append(UInt8(ascii: "T"))
            case separators.repetition: output.append(UInt8(ascii: "R"))
            case escape: output.append(UInt8(ascii: "E"))
            case separators.truncation: output.append(UInt8(ascii: "P"))
            default:
                // CR, LF or CRLF: one line break.
                if byte == Self.carriageReturn, index < bytes.count, bytes[index] == Self.lineFeed { index += 1 }
                output.append(contentsOf: Self.lineBreak)
            }
            output.append(escape)
        }
    }

    @inline(__always)
    private static func needsEscape(_ byte: UInt8, _ separators: HL7v2Separators) -> Bool {
        separators.isSplitting(byte) || byte == separators.escape || byte == separators.truncation
            || byte == Self.carriageReturn || byte == Self.lineFeed
    }

    private static let carriageReturn: UInt8 = 0x0D
    private static let lineFeed: UInt8 = 0x0A
    /// `.br`.
    private static let lineBreak: [UInt8] = Array(".br".utf8)
    /// `X22`, a double quote in hexadecimal.
    private static let hexQuote: [UInt8] = Array("X22".utf8)
}
