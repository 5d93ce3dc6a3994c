import WharfCore

/// The last stage of reading a record: makes its bytes valid UTF-8 (checking UTF-8, converting Latin-1, replacing
/// what cannot be decoded with U+FFFD) and reports encoding problems at the record.
struct CSVRecordDecoder: Sendable {
    /// True once a record was read as Latin-1 because it was not valid UTF-8 (reported once per file).
    private var reportedFallback = false

    /// The record's text as UTF-8, with the diagnostics it causes.
    mutating func decode(_ raw: CSVTokenizer.RawRecord, number: Int, mode: CSVInputDecoder.TextMode,
                         location: (Int?) -> SourceLocation, into diagnostics: inout [Diagnostic]) -> CSVRecord {
        if Self.isASCII(raw.bytes) { return CSVRecord(number: number, bytes: raw.bytes, ends: raw.ends) }
        switch mode {
        case .latin1:
            return Self.fromLatin1(raw, number: number)
        case .utf8OrLatin1:
            if Self.isValidUTF8(raw.bytes) { return CSVRecord(number: number, bytes: raw.bytes, ends: raw.ends) }
            if !self.reportedFallback {
                self.reportedFallback = true
                diagnostics.append(Diagnostic(
                    .warning, .csvEncodingInvalid, at: location(nil),
                    "the record is not valid UTF-8; it and every later such record were read as Latin-1 "
                        + "(name the encoding in the layout to silence this)"))
            }
            return Self.fromLatin1(raw, number: number)
        case .utf8:
            if Self.isValidUTF8(raw.bytes) { return CSVRecord(number: number, bytes: raw.bytes, ends: raw.ends) }
            var bytes: [UInt8] = []
            var ends: [Int] = []
            var start = 0
            var firstBadColumn: Int?
            for (offset, end) in raw.ends.enumerated() {
                let field = raw.bytes[start..<end]
                if Self.isValidUTF8(field) {
                    bytes.append(contentsOf: field)
                } else {
                    if firstBadColumn == nil { firstBadColumn = offset + 1 }
                    bytes.append(contentsOf: String(decoding: field, as: UTF8.self).utf8)
                }
                ends.append(bytes.count)
                start = end
            }
            diagnostics.append(Diagnostic(
                .error, .csvEncodingInvalid, at: location(firstBadColumn),
                "the field is not valid in the file's encoding; the bytes that cannot be decoded were replaced "
                    + "by U+FFFD"))
            return CSVRecord(number: number, bytes: bytes, ends: ends)
        }
    }

    private static func fromLatin1(_ raw: CSVTokenizer.RawRecord, number: Int) -> CSVRecord {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(raw.bytes.count + raw.bytes.count / 4)
        var ends: [Int] = []
        ends.reserveCapacity(raw.ends.count)
        var start = 0
        for end in raw.ends {
            for byte in raw.bytes[start..<end] {
                if byte < 0x80 {
                    bytes.append(byte)
                } else {
                    bytes.append(0xC0 | byte >> 6)
                    bytes.append(0x80 | byte & 0x3F)
                }
            }
            ends.append(bytes.count)
            start = end
        }
        return CSVRecord(number: number, bytes: bytes, ends: ends)
    }

    /// True when every byte is below 0x80, checked eight bytes at a time.
    static func isASCII(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBytes { raw in
            var index = 0
            let count = raw.count
            var accumulated: UInt64 = 0
            while index + 8 <= count {
                accumulated |= raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                index += 8
            }
            while index < count {
                accumulated |= UInt64(raw[index])
                index += 1
            }
            return accumulated & 0x8080_8080_8080_8080 == 0
        }
    }

    /// True when `bytes` is well-formed UTF-8 (no overlong forms, surrogates or values past U+10FFFF).
    static func isValidUTF8(_ bytes: some Collection<UInt8>) -> Bool {
        var iterator = bytes.makeIterator()
        while let lead = iterator.next() {
            if lead < 0x80 { continue }
            let continuation: Int
            var lower: UInt8 = 0x80
            var upper: UInt8 = 0xBF
            switch lead {
            case 0xC2...0xDF: continuation = 1
            case 0xE0: (continuation, lower) = (2, 0xA0)
            case 0xE1...0xEC, 0xEE, 0xEF: continuation = 2
            case 0xED: (continuation, upper) = (2, 0x9F)
            case 0xF0: (continuation, lower) = (3, 0x90)
            case 0xF1...0xF3: continuation = 3
            case 0xF4: (continuation, upper) = (3, 0x8F)
            default: return false
            }
            for position in 0..<continuation {
                guard let byte = iterator.next() else { return false }
                if position == 0 {
                    guard byte >= lower, byte <= upper else { return false }
                } else {
                    guard byte & 0xC0 == 0x80 else { return false }
                }
            }
        }
        return true
    }
}
