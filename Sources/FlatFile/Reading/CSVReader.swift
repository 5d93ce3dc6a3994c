import WharfCore

/// Reads a delimited file (RFC 4180 and the variants met in practice) from bytes, as a stream.
///
/// Feed bytes in chunks of any size with ``append(_:)``, call ``finish()`` at the end of the input, and pull
/// ``Event``s with ``next()`` until it returns `nil` (more input needed, or, after `finish()`, the end). The same
/// bytes give the same events whether fed whole, in chunks or byte by byte. Memory holds one record and the
/// unread part of the last chunk.
///
/// What it accepts: the delimiter of the dialect or a detected one (`,` `;` tab `|`); fields quoted with the
/// dialect's quote, holding delimiters and line breaks, with quotes doubled or escaped; CRLF, LF or CR line ends,
/// mixed; a UTF-8 or UTF-16 byte order mark; UTF-8, Latin-1 and UTF-16 (converted to UTF-8). Empty lines are
/// skipped but counted, so record numbers stay those a spreadsheet shows. Problems are reported as
/// ``Event/diagnostic(_:)`` events located by record, column and header, before the record they concern: ragged
/// records, NUL bytes (dropped), stray quotes (kept), invalid bytes, an unterminated quote, an over-long record
/// (skipped). None stops the reading.
///
/// ```swift
/// var reader = CSVReader(dialect: CSVDialect(delimiter: UInt8(ascii: ";")))
/// reader.append(chunk)               // as often as needed
/// reader.finish()
/// while let event = reader.next() {
///     if case .record(let record) = event { print(record[column: 1] ?? "") }
/// }
/// ```
public struct CSVReader: Sendable {
    /// What the reader produces, in input order.
    public enum Event: Hashable, Sendable {
        /// A record (never an empty line).
        case record(CSVRecord)
        /// A problem, located by record and column; never containing field values.
        case diagnostic(Diagnostic)
    }

    /// The default for ``maximumRecordSize``: 16 MiB.
    public static let defaultMaximumRecordSize = 16 << 20

    /// The dialect asked for (its delimiter may be `nil`: detected).
    public let dialect: CSVDialect
    /// The longest record read; a longer one is skipped with `csv.record.too-large`, so that an unterminated quote
    /// in a large file cannot exhaust memory.
    public let maximumRecordSize: Int

    private var decoder: CSVInputDecoder
    private var tokenizer: CSVTokenizer?
    private var recordDecoder = CSVRecordDecoder()
    /// Decoded bytes not yet tokenized, from `position` on.
    private var input: [UInt8] = []
    private var position = 0
    private var finished = false
    private var tokenizerFinished = false
    private var recordCount = 0
    private var firstFieldCount: Int?
    private var headerNames: [String] = []
    private var pending: [Event] = []
    private var pendingHead = 0

    /// Creates a reader with no input yet.
    /// - Parameters:
    ///   - dialect: how the file is written; by default everything is detected.
    ///   - maximumRecordSize: the longest record read (default 16 MiB).
    public init(dialect: CSVDialect = CSVDialect(), maximumRecordSize: Int = CSVReader.defaultMaximumRecordSize) {
        self.dialect = dialect
        self.maximumRecordSize = max(maximumRecordSize, 64)
        self.decoder = CSVInputDecoder(requested: dialect.encoding)
        if let delimiter = dialect.delimiter {
            self.tokenizer = CSVTokenizer(delimiter: delimiter, quote: dialect.quote, escape: dialect.escape,
                                          maximumRecordSize: self.maximumRecordSize)
        }
        self.delimiter = dialect.delimiter
    }

    /// Reads a whole input at once.
    ///
    /// ```swift
    /// let result = CSVReader.read(bytes, dialect: CSVDialect(hasHeader: false))
    /// for record in result.records { … }
    /// ```
    public static func read(_ bytes: [UInt8], dialect: CSVDialect = CSVDialect(),
                            maximumRecordSize: Int = CSVReader.defaultMaximumRecordSize) -> CSVReadResult {
        var reader = CSVReader(dialect: dialect, maximumRecordSize: maximumRecordSize)
        reader.append(bytes)
        reader.finish()
        var result = CSVReadResult()
        while let event = reader.next() {
            switch event {
            case .record(let record): result.records.append(record)
            case .diagnostic(let diagnostic): result.diagnostics.append(diagnostic)
            }
        }
        result.delimiter = reader.delimiter
        result.encoding = reader.encoding
        result.hasHeader = dialect.hasHeader
        return result
    }

    /// The delimiter: the dialect's, or the detected one once enough input was seen.
    public private(set) var delimiter: UInt8?

    /// The encoding: the dialect's, or the detected one once the first bytes were seen.
    public var encoding: CSVEncoding? { self.decoder.encoding }

    /// Adds the next chunk of input.
    public mutating func append(_ bytes: [UInt8]) {
        precondition(!self.finished, "append(_:) after finish()")
        if self.position >= self.input.count,
           let skip = bytes.withUnsafeBufferPointer({ buffer in self.decoder.passThrough(buffer) }) {
            // Nothing unread: the chunk becomes the input without a copy.
            self.input = bytes
            self.position = skip
            return
        }
        bytes.withUnsafeBufferPointer { buffer in self.append(buffer) }
    }

    /// Adds the next chunk of input.
    public mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        precondition(!self.finished, "append(_:) after finish()")
        if self.position > 0, self.position >= self.input.count / 2 {
            self.input.removeSubrange(0..<self.position)
            self.position = 0
        }
        self.decoder.decode(bytes, into: &self.input)
    }

    /// Marks the end of the input: a last record without a line break is read as it is.
    public mutating func finish() {
        guard !self.finished else { return }
        self.finished = true
        self.decoder.finish(into: &self.input)
    }

    /// The next event, or `nil` when more input is needed (or, after ``finish()``, when the input is exhausted).
    public mutating func next() -> Event? {
        while true {
            if self.pendingHead < self.pending.count {
                let event = self.pending[self.pendingHead]
                self.pendingHead += 1
                if self.pendingHead == self.pending.count {
                    self.pending.removeAll(keepingCapacity: true)
                    self.pendingHead = 0
                }
                return event
            }
            guard self.step() else { return nil }
        }
    }

    /// Tokenizes until one record is complete; false when more input is needed or the input is exhausted.
    private mutating func step() -> Bool {
        guard self.decoder.encoding != nil else { return false }
        if self.tokenizer == nil, !self.startTokenizer() { return false }
        // Moved out while it works, so that its buffers are never shared (and so never copied) on mutation.
        guard var tokenizer = self.tokenizer.take() else { return false }
        defer { self.tokenizer = tokenizer }
        let position = self.position
        let (next, complete) = self.input.withUnsafeBufferPointer { buffer in
            tokenizer.consume(buffer, from: position)
        }
        self.position = next
        if complete {
            self.emit(tokenizer.takeRecord())
            return true
        }
        guard self.finished, !self.tokenizerFinished else { return false }
        self.tokenizerFinished = true
        if tokenizer.finish() { self.emit(tokenizer.takeRecord()) }
        return true
    }

    /// Detects the delimiter once enough input is there.
    private mutating func startTokenizer() -> Bool {
        let quote = self.dialect.quote
        let finished = self.finished
        let found: UInt8? = self.input.withUnsafeBufferPointer { buffer in
            let unread = UnsafeBufferPointer(rebasing: buffer[self.position...])
            guard CSVDelimiterDetector.canDecide(unread, quote: quote, finished: finished) else { return nil }
            return CSVDelimiterDetector.detect(unread, quote: quote, finished: finished)
        }
        guard let delimiter = found else { return false }
        self.delimiter = delimiter
        self.tokenizer = CSVTokenizer(delimiter: delimiter, quote: quote, escape: self.dialect.escape,
                                      maximumRecordSize: self.maximumRecordSize)
        return true
    }

    /// Turns a completed record into events.
    private mutating func emit(_ raw: CSVTokenizer.RawRecord) {
        self.recordCount += 1
        let number = self.recordCount
        if raw.isEmptyLine { return }
        var diagnostics: [Diagnostic] = []
        let problems = raw.problems
        if problems.tooLarge {
            diagnostics.append(Diagnostic(
                .error, .csvRecordTooLarge, at: self.location(number, nil),
                "the record is longer than \(self.maximumRecordSize) bytes and was skipped "
                    + "(an unterminated quote can cause this)"))
            self.pending.append(contentsOf: diagnostics.map(Event.diagnostic))
            return
        }
        if let column = problems.unterminatedQuoteColumn {
            diagnostics.append(Diagnostic(
                .error, .csvQuoteUnterminated, at: self.location(number, column),
                "the quoted field is not closed before the end of the input; it was read up to the end"))
        }
        if let column = problems.strayQuoteColumn {
            diagnostics.append(Diagnostic(
                .warning, .csvQuoteStray, at: self.location(number, column),
                "a quote inside an unquoted field, or text after a closing quote; kept as it is"))
        }
        if let column = problems.nulColumn {
            diagnostics.append(Diagnostic(.warning, .csvRecordNulByte, at: self.location(number, column),
                                          "NUL bytes in the record were dropped"))
        }
        let headerNames = self.headerNames
        let record = self.recordDecoder.decode(
            raw, number: number, mode: self.decoder.textMode,
            location: { column in Self.location(number, column, headerNames: headerNames) }, into: &diagnostics)
        if let expected = self.firstFieldCount {
            if record.count != expected {
                let first = self.dialect.hasHeader ? "the header" : "the first record"
                diagnostics.append(Diagnostic(
                    .warning, .csvRecordRagged, at: self.location(number, nil),
                    "the record has \(record.count) fields where \(first) has \(expected)"))
            }
        } else {
            self.firstFieldCount = record.count
            if self.dialect.hasHeader { self.headerNames = record.fields }
        }
        self.pending.append(contentsOf: diagnostics.map(Event.diagnostic))
        self.pending.append(.record(record))
    }

    private func location(_ record: Int, _ column: Int?) -> SourceLocation {
        Self.location(record, column, headerNames: self.headerNames)
    }

    /// The location of a record, or of one of its columns with its header name when the file has a header.
    private static func location(_ record: Int, _ column: Int?, headerNames: [String]) -> SourceLocation {
        let header = column.flatMap { $0 <= headerNames.count ? headerNames[$0 - 1] : nil }
        return .csv(CSVLocation(record: record, column: column, header: header))
    }
}
