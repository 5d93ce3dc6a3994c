/// The state machine that splits decoded bytes into records and fields.
///
/// It keeps its state between chunks (inside a quoted field, just after a quote, just after a CR …), so every byte
/// is looked at once whatever the chunking, and it copies runs of ordinary bytes into the record with one `memcpy`
/// each. A record's fields are stored back to back in one byte array with the end offset of each field: two
/// allocations per record, none per field or byte.
struct CSVTokenizer: Sendable {
    /// Where the tokenizer is.
    private enum State: UInt8, Sendable {
        /// Before the first byte of a field.
        case fieldStart
        /// Inside a field that does not start with a quote.
        case unquoted
        /// Inside a quoted field.
        case quoted
        /// After a quote inside a quoted field: a second quote is a literal quote, anything else ends the quotes.
        case quoteInQuoted
        /// After the closing quote of a field.
        case afterQuoted
        /// After the escape character in an unquoted field.
        case escapeUnquoted
        /// After the escape character in a quoted field.
        case escapeQuoted
        /// After a CR that ended a record: an LF right after it belongs to the same line break.
        case afterCarriageReturn
    }

    /// The classes of bytes; `ordinary` bytes are copied in runs.
    private enum ByteClass {
        static let ordinary: UInt8 = 0
        static let delimiter: UInt8 = 1
        static let quote: UInt8 = 2
        static let carriageReturn: UInt8 = 3
        static let lineFeed: UInt8 = 4
        static let escape: UInt8 = 5
        static let nul: UInt8 = 6
    }

    /// What was wrong in the record just completed; columns are 1-based.
    struct Problems: Hashable, Sendable {
        /// The first column with a quote inside an unquoted field or text after a closing quote.
        var strayQuoteColumn: Int?
        /// The first column with a NUL byte (NUL bytes are dropped).
        var nulColumn: Int?
        /// The column whose quotes were still open at the end of the input.
        var unterminatedQuoteColumn: Int?
        /// The record was longer than the limit and was dropped.
        var tooLarge = false
    }

    /// A completed record, before it is read as text.
    struct RawRecord: Sendable {
        /// The fields' bytes, back to back.
        var bytes: [UInt8]
        /// The end offset in `bytes` of each field.
        var ends: [Int]
        /// What was wrong.
        var problems: Problems
        /// True for an empty line: one empty field that was not quoted.
        var isEmptyLine: Bool
    }

    /// Byte classes outside quotes (first 256) and inside quotes (next 256).
    private let classes: [UInt8]
    private let quote: UInt8
    private let escape: UInt8
    private let maximumRecordSize: Int
    private var state = State.fieldStart
    private var bytes: [UInt8] = []
    private var ends: [Int] = []
    private var firstFieldQuoted = false
    private var problems = Problems()
    private var expectedCapacity = 64

    /// Creates a tokenizer for a known delimiter.
    init(delimiter: UInt8, quote: UInt8?, escape: UInt8?, maximumRecordSize: Int) {
        var classes = [UInt8](repeating: ByteClass.ordinary, count: 512)
        classes[Int(delimiter)] = ByteClass.delimiter
        classes[0x0D] = ByteClass.carriageReturn
        classes[0x0A] = ByteClass.lineFeed
        classes[0x00] = ByteClass.nul
        classes[256] = ByteClass.nul
        if let quote {
            classes[Int(quote)] = ByteClass.quote
            classes[256 + Int(quote)] = ByteClass.quote
        }
        if let escape {
            classes[Int(escape)] = ByteClass.escape
            classes[256 + Int(escape)] = ByteClass.escape
        }
        self.classes = classes
        self.quote = quote ?? 0
        self.escape = escape ?? 0
        self.maximumRecordSize = maximumRecordSize
    }

    /// Reads bytes from `index` until a record is complete or the buffer ends.
    /// - Returns: the index after the last byte consumed, and whether a record is complete (take it with
    ///   ``takeRecord()`` before consuming more).
    mutating func consume(_ buffer: UnsafeBufferPointer<UInt8>, from index: Int) -> (next: Int, complete: Bool) {
        self.classes.withUnsafeBufferPointer { classes in
            self.run(buffer, from: index, classes: classes)
        }
    }

    private mutating func run(_ buffer: UnsafeBufferPointer<UInt8>, from index: Int,
                              classes: UnsafeBufferPointer<UInt8>) -> (next: Int, complete: Bool) {
        var index = index
        let count = buffer.count
        while index < count {
            switch self.state {
            case .afterCarriageReturn:
                self.state = .fieldStart
                if buffer[index] == 0x0A { index += 1 }
            case .fieldStart:
                if classes[Int(buffer[index])] == ByteClass.quote {
                    self.state = .quoted
                    if self.ends.isEmpty { self.firstFieldQuoted = true }
                    index += 1
                } else {
                    self.state = .unquoted
                }
            case .unquoted, .afterQuoted:
                let start = index
                if self.state == .unquoted {
                    while index < count, classes[Int(buffer[index])] == ByteClass.ordinary { index += 1 }
                    if index > start { self.append(UnsafeBufferPointer(rebasing: buffer[start..<index])) }
                    if index == count { return (index, false) }
                }
                let byte = buffer[index]
                index += 1
                switch classes[Int(byte)] {
                case ByteClass.delimiter:
                    self.endField()
                    self.state = .fieldStart
                case ByteClass.carriageReturn:
                    self.endField()
                    self.state = .afterCarriageReturn
                    return (index, true)
                case ByteClass.lineFeed:
                    self.endField()
                    self.state = .fieldStart
                    return (index, true)
                case ByteClass.escape:
                    self.state = .escapeUnquoted
                case ByteClass.nul:
                    if self.problems.nulColumn == nil { self.problems.nulColumn = self.ends.count + 1 }
                default:
                    // A quote inside an unquoted field, or text after a closing quote: kept as it is.
                    if self.problems.strayQuoteColumn == nil { self.problems.strayQuoteColumn = self.ends.count + 1 }
                    self.append(byte: byte)
                    self.state = .unquoted
                }
            case .quoted:
                let start = index
                while index < count, classes[256 + Int(buffer[index])] == ByteClass.ordinary { index += 1 }
                if index > start { self.append(UnsafeBufferPointer(rebasing: buffer[start..<index])) }
                if index == count { return (index, false) }
                switch classes[256 + Int(buffer[index])] {
                case ByteClass.quote: self.state = .quoteInQuoted
                case ByteClass.escape: self.state = .escapeQuoted
                default:
                    if self.problems.nulColumn == nil { self.problems.nulColumn = self.ends.count + 1 }
                }
                index += 1
            case .quoteInQuoted:
                if buffer[index] == self.quote {
                    self.append(byte: self.quote)
                    self.state = .quoted
                    index += 1
                } else {
                    self.state = .afterQuoted
                }
            case .escapeUnquoted, .escapeQuoted:
                self.append(byte: buffer[index])
                self.state = self.state == .escapeQuoted ? .quoted : .unquoted
                index += 1
            }
        }
        return (index, false)
    }

    /// Ends the input.
    /// - Returns: true when a last record (without a line break after it) is complete.
    mutating func finish() -> Bool {
        switch self.state {
        case .afterCarriageReturn:
            self.state = .fieldStart
            return false
        case .fieldStart:
            guard !self.ends.isEmpty else { return false }
        case .quoted, .escapeQuoted:
            self.problems.unterminatedQuoteColumn = self.ends.count + 1
        case .escapeUnquoted:
            self.append(byte: self.escape)
        case .unquoted, .afterQuoted, .quoteInQuoted:
            break
        }
        self.endField()
        self.state = .fieldStart
        return true
    }

    /// Hands out the completed record and starts the next one.
    mutating func takeRecord() -> RawRecord {
        let isEmptyLine = self.ends.count == 1 && self.ends[0] == 0 && !self.firstFieldQuoted && !self.problems.tooLarge
        let record = RawRecord(bytes: self.bytes, ends: self.ends, problems: self.problems, isEmptyLine: isEmptyLine)
        self.expectedCapacity = min(max(self.expectedCapacity, self.bytes.count), 1 << 16)
        self.bytes = []
        self.bytes.reserveCapacity(self.expectedCapacity)
        self.ends = []
        self.ends.reserveCapacity(record.ends.count)
        self.firstFieldQuoted = false
        self.problems = Problems()
        return record
    }

    private mutating func append(_ run: UnsafeBufferPointer<UInt8>) {
        guard !self.problems.tooLarge else { return }
        self.bytes.append(contentsOf: run)
        if self.bytes.count > self.maximumRecordSize { self.dropOversizedRecord() }
    }

    private mutating func append(byte: UInt8) {
        guard !self.problems.tooLarge else { return }
        self.bytes.append(byte)
        if self.bytes.count > self.maximumRecordSize { self.dropOversizedRecord() }
    }

    private mutating func endField() {
        guard !self.problems.tooLarge else { return }
        self.ends.append(self.bytes.count)
        // Counts the field table too, so that a line of a billion delimiters is as large as a billion bytes.
        if self.bytes.count + self.ends.count * MemoryLayout<Int>.size > self.maximumRecordSize {
            self.dropOversizedRecord()
        }
    }

    private mutating func dropOversizedRecord() {
        self.problems.tooLarge = true
        self.bytes = []
        self.ends = [0]
    }
}
