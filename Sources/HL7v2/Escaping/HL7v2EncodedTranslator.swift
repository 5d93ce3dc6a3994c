/// Rewrites a value already in HL7 form from one message's separators to another's, keeping its meaning: separators
/// are mapped, `\F\ \S\ \T\ \R\ \E\ \P\` become the character they stand for (escaped again only when it is one of the
/// new separators), other escape sequences keep their body with the new escape character, and a byte that was data
/// but is one of the new separators is escaped.
enum HL7v2EncodedTranslator {
    /// Appends `encoded`, written with `source`, to `output` in the form of `target` (which must be complete).
    static func append(_ encoded: [UInt8], from source: HL7v2Separators, to target: HL7v2Separators,
                       into output: inout [UInt8]) {
        var index = 0
        while index < encoded.count {
            let byte = encoded[index]
            if byte == source.escape, let closing = Self.closing(of: index, in: encoded, source) {
                let body = encoded[(index + 1)..<closing]
                if body.count == 1, let literal = Self.character(named: body.first!, in: source) {
                    Self.appendData(literal, target, into: &output)
                } else {
                    output.append(target.escape!)
                    output.append(contentsOf: body)
                    output.append(target.escape!)
                }
                index = closing + 1
                continue
            }
            switch byte {
            case source.field: output.append(target.field)
            case source.component: output.append(target.component!)
            case source.repetition: output.append(target.repetition!)
            case source.subcomponent: output.append(target.subcomponent!)
            case source.truncation where target.truncation != nil: output.append(target.truncation!)
            default: Self.appendData(byte, target, into: &output)
            }
            index += 1
        }
    }

    /// The index of the escape character closing the sequence opened at `opening`, if it comes before a separator.
    private static func closing(of opening: Int, in encoded: [UInt8], _ source: HL7v2Separators) -> Int? {
        var index = opening + 1
        while index < encoded.count, !source.isSplitting(encoded[index]) {
            if encoded[index] == source.escape { return index }
            index += 1
        }
        return nil
    }

    /// The character `\F\`, `\S\`, `\T\`, `\R\`, `\E\` or `\P\` stands for in `source`.
    private static func character(named name: UInt8, in source: HL7v2Separators) -> UInt8? {
        switch name {
        case UInt8(ascii: "F"): source.field
        case UInt8(ascii: "S"): source.component ?? UInt8(ascii: "^")
        case UInt8(ascii: "T"): source.subcomponent ?? UInt8(ascii: "&")
        case UInt8(ascii: "R"): source.repetition ?? UInt8(ascii: "~")
        case UInt8(ascii: "E"): source.escape ?? UInt8(ascii: "\\")
        case UInt8(ascii: "P"): source.truncation ?? UInt8(ascii: "#")
        default: nil
        }
    }

    /// Appends a data byte, escaped when `target` gives it a meaning.
    private static func appendData(_ byte: UInt8, _ target: HL7v2Separators, into output: inout [UInt8]) {
        if target.isSplitting(byte) || byte == target.escape || byte == target.truncation || byte == 0x0D
            || byte == 0x0A
        {
            [byte].withUnsafeBufferPointer { HL7v2EscapeEncoder.append($0, separators: target, to: &output) }
        } else {
            output.append(byte)
        }
    }
}
