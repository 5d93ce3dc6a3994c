/// The first stage of reading: finds the encoding (byte order mark, UTF-16 look, or what the dialect names), skips
/// the byte order mark and turns UTF-16 into UTF-8, so that the tokenizer only ever sees ASCII-compatible bytes.
///
/// UTF-8 and Latin-1 pass through unchanged (Latin-1 is converted record by record, see ``CSVRecordDecoder``).
/// A UTF-16 code unit that cannot be decoded (a lone surrogate, a last odd byte) becomes the byte `0xFF`, which is
/// never valid UTF-8, so that the record decoder reports it at the record that holds it whatever the chunking.
struct CSVInputDecoder: Sendable {
    /// How the decoded bytes are to be read as text, once known.
    enum TextMode: Hashable, Sendable {
        /// UTF-8; invalid sequences are errors.
        case utf8
        /// UTF-8, but a record that is not valid UTF-8 is read as Latin-1.
        case utf8OrLatin1
        /// Latin-1.
        case latin1
    }

    /// The bytes a decision on the encoding needs at most.
    private static let lookahead = 4
    private static let utf8ByteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]
    /// Written in place of a UTF-16 unit that cannot be decoded; never part of valid UTF-8.
    static let invalidMarker: UInt8 = 0xFF

    let requested: CSVEncoding
    /// The encoding found: `nil` until the first bytes have been seen.
    private(set) var encoding: CSVEncoding?
    private var prefix: [UInt8] = []
    private var bigEndian = false
    private var pendingByte: UInt8?
    private var pendingHighSurrogate: UInt16?

    init(requested: CSVEncoding) {
        self.requested = requested
    }

    /// How the output is read as text; meaningful once ``encoding`` is known.
    var textMode: TextMode {
        switch self.encoding ?? self.requested {
        case .automatic: .utf8OrLatin1
        case .latin1: .latin1
        case .utf8, .utf16LittleEndian, .utf16BigEndian: .utf8
        }
    }

    /// For a chunk that can be read as it is (UTF-8 or Latin-1, with the encoding known or decidable from the
    /// chunk alone): the number of byte order mark bytes to skip at its start; `nil` when it must be decoded.
    mutating func passThrough(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        if self.encoding == nil {
            guard self.prefix.isEmpty, bytes.count >= Self.lookahead else { return nil }
            let (found, skip) = self.detect(Array(bytes.prefix(Self.lookahead)))
            guard found != .utf16LittleEndian, found != .utf16BigEndian else { return nil }
            self.encoding = found
            return skip
        }
        switch self.encoding {
        case .utf16LittleEndian, .utf16BigEndian: return nil
        default: return 0
        }
    }

    /// Decodes the next chunk, appending UTF-8 (or Latin-1) bytes to `output`.
    mutating func decode(_ bytes: UnsafeBufferPointer<UInt8>, into output: inout [UInt8]) {
        guard let encoding = self.encoding else {
            self.prefix.append(contentsOf: bytes)
            if self.prefix.count >= Self.lookahead { self.decide(into: &output) }
            return
        }
        switch encoding {
        case .utf16LittleEndian, .utf16BigEndian: self.transcode(bytes, into: &output)
        default: output.append(contentsOf: bytes)
        }
    }

    /// Ends the input: decides on a short input, and reports a last odd byte or lone surrogate of UTF-16.
    mutating func finish(into output: inout [UInt8]) {
        if self.encoding == nil { self.decide(into: &output) }
        if self.pendingHighSurrogate != nil || self.pendingByte != nil {
            output.append(Self.invalidMarker)
            self.pendingHighSurrogate = nil
            self.pendingByte = nil
        }
    }

    private mutating func decide(into output: inout [UInt8]) {
        let head = self.prefix
        self.prefix = []
        let (found, skip) = self.detect(head)
        self.encoding = found
        self.bigEndian = found == .utf16BigEndian
        head.withUnsafeBufferPointer { buffer in
            self.decode(UnsafeBufferPointer(rebasing: buffer[min(skip, buffer.count)...]), into: &output)
        }
    }

    /// The encoding of an input that starts with `head`, and the length of its byte order mark.
    private func detect(_ head: [UInt8]) -> (encoding: CSVEncoding, skip: Int) {
        switch self.requested {
        case .automatic:
            if head.starts(with: Self.utf8ByteOrderMark) { return (.utf8, 3) }
            if head.starts(with: [0xFF, 0xFE]) { return (.utf16LittleEndian, 2) }
            if head.starts(with: [0xFE, 0xFF]) { return (.utf16BigEndian, 2) }
            // Without a mark, two ASCII characters with a zero byte each are UTF-16.
            guard head.count >= 4 else { return (.automatic, 0) }
            let zeros = (head[0] == 0, head[1] == 0, head[2] == 0, head[3] == 0)
            if zeros == (false, true, false, true) { return (.utf16LittleEndian, 0) }
            if zeros == (true, false, true, false) { return (.utf16BigEndian, 0) }
            return (.automatic, 0)
        case .utf8:
            return (.utf8, head.starts(with: Self.utf8ByteOrderMark) ? 3 : 0)
        case .utf16LittleEndian:
            return (.utf16LittleEndian, head.starts(with: [0xFF, 0xFE]) ? 2 : 0)
        case .utf16BigEndian:
            return (.utf16BigEndian, head.starts(with: [0xFE, 0xFF]) ? 2 : 0)
        case .latin1:
            return (.latin1, 0)
        }
    }

    private mutating func transcode(_ bytes: UnsafeBufferPointer<UInt8>, into output: inout [UInt8]) {
        output.reserveCapacity(output.count + bytes.count)
        for byte in bytes {
            guard let first = self.pendingByte else {
                self.pendingByte = byte
                continue
            }
            self.pendingByte = nil
            let unit = self.bigEndian ? UInt16(first) << 8 | UInt16(byte) : UInt16(byte) << 8 | UInt16(first)
            self.append(unit: unit, into: &output)
        }
    }

    private mutating func append(unit: UInt16, into output: inout [UInt8]) {
        if let high = self.pendingHighSurrogate {
            self.pendingHighSurrogate = nil
            if (0xDC00...0xDFFF).contains(unit) {
                let scalar = 0x10000 + ((UInt32(high) - 0xD800) << 10) + (UInt32(unit) - 0xDC00)
                Self.appendUTF8(scalar, into: &output)
                return
            }
            output.append(Self.invalidMarker)
        }
        switch unit {
        case 0xD800...0xDBFF: self.pendingHighSurrogate = unit
        case 0xDC00...0xDFFF: output.append(Self.invalidMarker)
        default: Self.appendUTF8(UInt32(unit), into: &output)
        }
    }

    /// Appends the UTF-8 form of a Unicode scalar value.
    static func appendUTF8(_ scalar: UInt32, into output: inout [UInt8]) {
        switch scalar {
        case 0..<0x80:
            output.append(UInt8(scalar))
        case 0x80..<0x800:
            output.append(UInt8(0xC0 | scalar >> 6))
            output.append(UInt8(0x80 | scalar & 0x3F))
        case 0x800..<0x10000:
            output.append(UInt8(0xE0 | scalar >> 12))
            output.append(UInt8(0x80 | scalar >> 6 & 0x3F))
            output.append(UInt8(0x80 | scalar & 0x3F))
        default:
            output.append(UInt8(0xF0 | scalar >> 18))
            output.append(UInt8(0x80 | scalar >> 12 & 0x3F))
            output.append(UInt8(0x80 | scalar >> 6 & 0x3F))
            output.append(UInt8(0x80 | scalar & 0x3F))
        }
    }
}
