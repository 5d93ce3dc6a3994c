import Foundation

/// Writes delimited records: quotes a field only when it needs it, with the delimiter, line ending, decimal
/// separator and encoding of the options.
///
/// A field is quoted when it holds the delimiter, the quote, the escape character, a CR or an LF, when it is the
/// only field of its record and empty (so that the record is not an empty line, which readers skip), and when the
/// file would otherwise start with a byte order mark that belongs to the data. Quotes inside are doubled (or
/// escaped, when the options name an escape character). Whatever ``CSVReader`` reads back from the output is
/// exactly what was written, NUL characters aside (readers drop them).
///
/// ```swift
/// let options = CSVWriter.Options(delimiter: UInt8(ascii: ";"), decimalSeparator: UInt8(ascii: ","))
/// var writer = CSVWriter(options: options)
/// writer.write(record: ["item", "price"])
/// writer.append(field: "Gauze; 4x4")
/// writer.append(decimal: Decimal(string: "45.5")!, minimumFractionDigits: 2)   // 45,50
/// writer.endRecord()
/// let bytes = writer.takeBytes()      // item;price\r\n"Gauze; 4x4";45,50\r\n
/// ```
public struct CSVWriter: Sendable {
    /// How the output is written.
    public struct Options: Hashable, Sendable {
        /// The byte between fields.
        public var delimiter: UInt8
        /// The quote character.
        public var quote: UInt8
        /// An escape character written before a quote (and before itself) inside quoted fields, or `nil` to double
        /// quotes as RFC 4180 says.
        public var escape: UInt8?
        /// The line break after each record.
        public var lineEnding: CSVLineEnding
        /// The decimal separator of numbers written with ``CSVWriter/append(decimal:minimumFractionDigits:)``.
        public var decimalSeparator: UInt8
        /// The output encoding; ``CSVEncoding/automatic`` writes UTF-8.
        public var encoding: CSVEncoding
        /// Whether the output starts with a byte order mark (always for UTF-16).
        public var byteOrderMark: Bool
        /// Whether every field is quoted, needed or not.
        public var quoteAll: Bool

        /// Creates options; the defaults write RFC 4180 in UTF-8 without a byte order mark.
        public init(delimiter: UInt8 = UInt8(ascii: ","), quote: UInt8 = UInt8(ascii: "\""), escape: UInt8? = nil,
                    lineEnding: CSVLineEnding = .crlf, decimalSeparator: UInt8 = UInt8(ascii: "."),
                    encoding: CSVEncoding = .utf8, byteOrderMark: Bool = false, quoteAll: Bool = false) {
            self.delimiter = delimiter
            self.quote = quote
            self.escape = escape == quote ? nil : escape
            self.lineEnding = lineEnding
            self.decimalSeparator = decimalSeparator
            self.encoding = encoding
            self.byteOrderMark = byteOrderMark
            self.quoteAll = quoteAll
        }
    }

    /// The options.
    public let options: Options
    /// The number of records ended so far.
    public private(set) var recordCount = 0
    /// The characters written as `?` because the output encoding (Latin-1) cannot hold them.
    public private(set) var unrepresentableCharacters = 0

    private var buffer: [UInt8] = []
    private var fieldsInRecord = 0
    private var lastFieldWasEmpty = false
    private var wroteAnything = false
    private var tookAnything = false
    private let lineBreak: [UInt8]

    /// Creates a writer.
    public init(options: Options = Options()) {
        self.options = options
        self.lineBreak = options.lineEnding.bytes
    }

    /// Writes one record.
    public mutating func write(record fields: [String]) {
        for field in fields { self.append(field: field) }
        self.endRecord()
    }

    /// Appends a field to the current record.
    public mutating func append(field: String) {
        var text = field
        text.withUTF8 { bytes in self.append(utf8: bytes) }
    }

    /// Appends a field given as UTF-8 bytes to the current record.
    public mutating func append(utf8 bytes: UnsafeBufferPointer<UInt8>) {
        if self.fieldsInRecord > 0 { self.buffer.append(self.options.delimiter) }
        self.fieldsInRecord += 1
        self.lastFieldWasEmpty = bytes.isEmpty
        if self.options.quoteAll || self.needsQuotes(bytes) {
            self.buffer.append(self.options.quote)
            for byte in bytes {
                if byte == self.options.quote || byte == self.options.escape {
                    self.buffer.append(self.options.escape ?? self.options.quote)
                }
                self.buffer.append(byte)
            }
            self.buffer.append(self.options.quote)
        } else {
            self.buffer.append(contentsOf: bytes)
        }
        self.wroteAnything = true
    }

    /// Appends a number as a field, with the options' decimal separator.
    /// - Parameters:
    ///   - decimal: the value; written exactly, never rounded.
    ///   - minimumFractionDigits: zeros are added after the separator up to this many digits (`45.5` with 2 is
    ///     `45.50`).
    public mutating func append(decimal: Decimal, minimumFractionDigits: Int = 0) {
        self.append(field: self.text(for: decimal, minimumFractionDigits: minimumFractionDigits))
    }

    /// Ends the current record with the line break.
    public mutating func endRecord() {
        if self.fieldsInRecord == 1, self.lastFieldWasEmpty, !self.options.quoteAll {
            // A record of one empty field would be an empty line, which readers skip.
            self.buffer.append(self.options.quote)
            self.buffer.append(self.options.quote)
        }
        self.buffer.append(contentsOf: self.lineBreak)
        self.fieldsInRecord = 0
        self.recordCount += 1
        self.wroteAnything = true
    }

    /// The text of a number with the options' decimal separator, exact and without exponent.
    public func text(for decimal: Decimal, minimumFractionDigits: Int = 0) -> String {
        CSVNumberFormat(decimalSeparator: self.options.decimalSeparator)
            .text(for: decimal, minimumFractionDigits: minimumFractionDigits)
    }

    /// Takes what was written so far, in the output encoding (with the byte order mark the first time), and empties
    /// the writer's buffer: call it after every few records to stream, or once at the end.
    public mutating func takeBytes() -> [UInt8] {
        defer {
            self.buffer.removeAll(keepingCapacity: true)
            self.tookAnything = true
        }
        let withMark = !self.tookAnything && (self.options.byteOrderMark || self.isUTF16)
        switch self.options.encoding {
        case .automatic, .utf8:
            return withMark ? [0xEF, 0xBB, 0xBF] + self.buffer : self.buffer
        case .latin1:
            var output: [UInt8] = []
            output.reserveCapacity(self.buffer.count)
            for scalar in String(decoding: self.buffer, as: UTF8.self).unicodeScalars {
                if scalar.value <= 0xFF {
                    output.append(UInt8(scalar.value))
                } else {
                    output.append(UInt8(ascii: "?"))
                    self.unrepresentableCharacters += 1
                }
            }
            return output
        case .utf16LittleEndian, .utf16BigEndian:
            let bigEndian = self.options.encoding == .utf16BigEndian
            var output: [UInt8] = withMark ? (bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]) : []
            output.reserveCapacity(output.count + self.buffer.count * 2)
            for unit in String(decoding: self.buffer, as: UTF8.self).utf16 {
                let high = UInt8(unit >> 8)
                let low = UInt8(unit & 0xFF)
                output.append(bigEndian ? high : low)
                output.append(bigEndian ? low : high)
            }
            return output
        }
    }

    private var isUTF16: Bool {
        self.options.encoding == .utf16LittleEndian || self.options.encoding == .utf16BigEndian
    }

    private func needsQuotes(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        if !self.wroteAnything, bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return true }
        let escape = self.options.escape
        for byte in bytes {
            if byte == self.options.delimiter || byte == self.options.quote || byte == 0x0D || byte == 0x0A
                || byte == escape {
                return true
            }
        }
        return false
    }
}
