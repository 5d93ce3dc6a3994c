#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Resolves HL7 v2 escape sequences, with the message's own escape character (`\` below):
///
/// | sequence | becomes |
/// |---|---|
/// | `\F\` `\S\` `\T\` `\R\` `\E\` | the field, component, subcomponent, repetition separator, the escape character |
/// | `\P\` | the truncation character (v2.7; `#` when the message declares none) |
/// | `\Xhhhh…\` | the bytes given in hexadecimal (an even number of digits) |
/// | `\.br\`, `\.sp n\` | a line break (`\n`), n line breaks |
/// | `\H\` `\N\` | nothing: highlighting on/off has no plain-text form |
/// | `\Z…\`, `\Cxxyy\`, `\Mxxyy\`, `\Mxxyyzz\`, `\.fi\` `\.nf\` `\.in n\` `\.ti n\` `\.sk n\` `\.ce\` | kept |
///
/// Anything else between two escape characters, and an escape character with no closing one before the next
/// separator, is invalid: it is kept as it is and counted, so that the reader can report `hl7.escape.invalid`.
enum HL7v2EscapeDecoder {
    /// What a pass over a value found.
    struct Check: Sendable {
        /// The number of invalid (unknown, malformed or unterminated) escape sequences.
        var invalid = 0
        /// The index of the first invalid sequence's escape character.
        var firstInvalid: Int?
    }

    /// Appends the decoded bytes of `buffer[range]` to `output`.
    @discardableResult
    static func decode(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, separators: HL7v2Separators,
                       into output: inout [UInt8]) -> Check {
        self.process(buffer, range, separators: separators, emit: true, into: &output)
    }

    /// Counts the invalid escape sequences of `buffer[range]` without decoding.
    static func check(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, separators: HL7v2Separators)
        -> Check
    {
        var unused: [UInt8] = []
        return self.process(buffer, range, separators: separators, emit: false, into: &unused)
    }

    /// The decoded text of `buffer[range]` (invalid UTF-8 repaired); no copy when it holds no escape character.
    static func decodeToString(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>,
                               separators: HL7v2Separators) -> String {
        guard let escape = separators.escape, Self.find(escape, in: buffer, range) != nil else {
            return String(decoding: UnsafeBufferPointer(rebasing: buffer[range]), as: UTF8.self)
        }
        var output: [UInt8] = []
        output.reserveCapacity(range.count)
        self.decode(buffer, range, separators: separators, into: &output)
        return String(decoding: output, as: UTF8.self)
    }

    private static func process(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>,
                                separators: HL7v2Separators, emit: Bool, into output: inout [UInt8]) -> Check {
        var check = Check()
        guard let escape = separators.escape else {
            if emit { output.append(contentsOf: buffer[range]) }
            return check
        }
        let end = range.upperBound
        var literalStart = range.lowerBound
        var index = range.lowerBound
        while let opening = Self.find(escape, in: buffer, index..<end) {
            var closing = opening + 1
            while closing < end, buffer[closing] != escape, !separators.isSplitting(buffer[closing]) { closing += 1 }
            guard closing < end, buffer[closing] == escape else {
                // Unterminated: the escape character is kept as text.
                check.invalid += 1
                if check.firstInvalid == nil { check.firstInvalid = opening }
                index = opening + 1
                continue
            }
            if emit { output.append(contentsOf: buffer[literalStart..<opening]) }
            let body = UnsafeBufferPointer(rebasing: buffer[(opening + 1)..<closing])
            switch Self.meaning(of: body, separators: separators) {
            case .byte(let byte):
                if emit { output.append(byte) }
            case .lineBreaks(let count):
                if emit { for _ in 0..<count { output.append(Self.lineFeed) } }
            case .hex:
                if emit { Self.appendHex(body, to: &output) }
            case .dropped:
                break
            case .kept:
                if emit { output.append(contentsOf: buffer[opening...closing]) }
            case .invalid:
                check.invalid += 1
                if check.firstInvalid == nil { check.firstInvalid = opening }
                if emit { output.append(contentsOf: buffer[opening...closing]) }
            }
            index = closing + 1
            literalStart = index
        }
        if emit { output.append(contentsOf: buffer[literalStart..<end]) }
        return check
    }

    /// What an escape sequence stands for.
    private enum Meaning {
        case byte(UInt8)
        case lineBreaks(Int)
        case hex
        case dropped
        case kept
        case invalid
    }

    private static func meaning(of body: UnsafeBufferPointer<UInt8>, separators: HL7v2Separators) -> Meaning {
        guard let first = body.first else { return .invalid }
        let rest = UnsafeBufferPointer(rebasing: body[1...])
        switch first {
        case UInt8(ascii: "F") where rest.isEmpty: return .byte(separators.field)
        case UInt8(ascii: "S") where rest.isEmpty: return .byte(separators.component ?? UInt8(ascii: "^"))
        case UInt8(ascii: "T") where rest.isEmpty: return .byte(separators.subcomponent ?? UInt8(ascii: "&"))
        case UInt8(ascii: "R") where rest.isEmpty: return .byte(separators.repetition ?? UInt8(ascii: "~"))
        case UInt8(ascii: "E") where rest.isEmpty: return .byte(separators.escape ?? UInt8(ascii: "\\"))
        case UInt8(ascii: "P") where rest.isEmpty: return .byte(separators.truncation ?? UInt8(ascii: "#"))
        case UInt8(ascii: "H") where rest.isEmpty, UInt8(ascii: "N") where rest.isEmpty: return .dropped
        case UInt8(ascii: "X"):
            return !rest.isEmpty && rest.count.isMultiple(of: 2) && rest.allSatisfy(Self.isHexDigit) ? .hex : .invalid
        case UInt8(ascii: "Z"):
            return .kept
        case UInt8(ascii: "C"):
            return rest.count == 4 && rest.allSatisfy(Self.isHexDigit) ? .kept : .invalid
        case UInt8(ascii: "M"):
            return (rest.count == 4 || rest.count == 6) && rest.allSatisfy(Self.isHexDigit) ? .kept : .invalid
        case UInt8(ascii: "."):
            return Self.formatting(rest)
        default:
            return .invalid
        }
    }

    /// The formatted-text commands (`\.br\`, `\.sp 2\`, …) after the dot.
    private static func formatting(_ command: UnsafeBufferPointer<UInt8>) -> Meaning {
        guard command.count >= 2 else { return .invalid }
        let name = (command[0], command[1])
        let argument = UnsafeBufferPointer(rebasing: command[2...])
        switch name {
        case (UInt8(ascii: "b"), UInt8(ascii: "r")): return argument.isEmpty ? .lineBreaks(1) : .invalid
        case (UInt8(ascii: "f"), UInt8(ascii: "i")), (UInt8(ascii: "n"), UInt8(ascii: "f")),
             (UInt8(ascii: "c"), UInt8(ascii: "e")):
            return argument.isEmpty ? .kept : .invalid
        case (UInt8(ascii: "s"), UInt8(ascii: "p")):
            guard let count = Self.number(argument, signed: false) else { return .invalid }
            return .lineBreaks(min(max(count ?? 1, 1), Self.maximumLineBreaks))
        case (UInt8(ascii: "i"), UInt8(ascii: "n")), (UInt8(ascii: "t"), UInt8(ascii: "i")):
            return Self.number(argument, signed: true) != nil ? .kept : .invalid
        case (UInt8(ascii: "s"), UInt8(ascii: "k")):
            return Self.number(argument, signed: false) != nil ? .kept : .invalid
        default:
            return .invalid
        }
    }

    /// The optional number after a formatting command (`\.sp 2\`, `\.in -4\`): `.some(nil)` when there is none,
    /// `nil` when what follows is not a number.
    private static func number(_ argument: UnsafeBufferPointer<UInt8>, signed: Bool) -> Int?? {
        var index = 0
        while index < argument.count, argument[index] == UInt8(ascii: " ") { index += 1 }
        if index == argument.count { return .some(nil) }
        if signed, argument[index] == UInt8(ascii: "+") || argument[index] == UInt8(ascii: "-") { index += 1 }
        var value = 0
        var digits = 0
        while index < argument.count, argument[index] >= 0x30, argument[index] <= 0x39 {
            value = min(value * 10 + Int(argument[index] - 0x30), Self.maximumLineBreaks)
            digits += 1
            index += 1
        }
        return digits > 0 && index == argument.count ? .some(value) : nil
    }

    private static func appendHex(_ body: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]) {
        var index = 1
        while index + 1 < body.count {
            output.append(Self.hexValue(body[index]) << 4 | Self.hexValue(body[index + 1]))
            index += 2
        }
    }

    /// The index of the first `byte` in `buffer[range]`.
    @inline(__always)
    static func find(_ byte: UInt8, in buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int? {
        guard !range.isEmpty, let base = buffer.baseAddress,
              let found = memchr(base + range.lowerBound, Int32(byte), range.count) else { return nil }
        return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }

    private static func isHexDigit(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x46) || (byte >= 0x61 && byte <= 0x66)
    }

    private static func hexValue(_ byte: UInt8) -> UInt8 {
        switch byte {
        case 0x30...0x39: byte - 0x30
        case 0x41...0x46: byte - 0x41 + 10
        default: byte - 0x61 + 10
        }
    }

    /// The most line breaks one `\.sp n\` gives, so that a hostile number cannot exhaust memory.
    static let maximumLineBreaks = 100
    static let lineFeed: UInt8 = 0x0A
}
