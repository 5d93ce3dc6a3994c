import WharfCore

/// Splits a stream of bytes into HL7 v2 messages, each with the separators of its own MSH, and follows batch
/// envelopes (FHS/BHS … BTS/FTS).
///
/// Feed bytes in chunks of any size with ``append(_:)``, call ``finish()`` at the end of the input, and pull
/// ``Event``s with ``next()`` until it returns `nil` (more data needed, or, after `finish()`, the end). Feeding the
/// same bytes in one chunk or byte by byte gives the same events. A message is emitted when the segment after it (or
/// the end of the input) shows that it is complete. Memory holds one message at a time.
///
/// Segments end at CR, LF or CRLF; blank lines, a UTF-8 byte order mark and a missing final terminator are tolerated.
/// NUL and other control bytes before a segment are skipped with an error; data outside any message is reported once
/// per run. Problems inside a message go to its ``HL7v2Message/diagnostics``; the others are ``Event/diagnostic``
/// events.
///
/// ```swift
/// var reader = HL7v2Reader()
/// reader.append(chunk)               // as often as needed
/// reader.finish()
/// while let event = reader.next() {
///     if case .message(let message) = event { … }
/// }
/// ```
public struct HL7v2Reader: Sendable {
    /// What the reader produces, in input order.
    public enum Event: Hashable, Sendable {
        /// A complete message, with the problems found in it.
        case message(HL7v2Message)
        /// A batch envelope segment: FHS, BHS, BTS or FTS.
        case batchSegment(HL7v2Segment)
        /// A problem outside any message (never containing payload bytes).
        case diagnostic(Diagnostic)
    }

    /// The default for ``maximumMessageSize``: 128 MiB.
    public static let defaultMaximumMessageSize = 128 << 20

    /// The longest message (and segment) read; a longer one is skipped with `hl7.message.too-large`, so that a
    /// garbage input cannot exhaust memory.
    public let maximumMessageSize: Int

    private var buffer: [UInt8] = []
    /// The index in ``buffer`` of the next byte to read.
    private var start = 0
    /// The input offset of `buffer[0]`.
    private var bufferOffset = 0
    /// The line of `buffer[start]`.
    private var line = 1
    /// Where the search for the next terminator resumes (bytes before it hold none).
    private var scanFrom = 0
    /// Whether the input so far ends its segments with LF rather than CR: only decides which byte is searched first.
    private var preferLineFeed = false
    private var finished = false
    private var closed = false
    private var atStartOfInput = true
    private var assembler = HL7v2MessageAssembler()
    private var batches = HL7v2BatchTracker()
    private var pending = EventQueue<Event>()
    /// After a message that cannot be read (or is too large): its other segments are skipped without a word.
    private var skippingMessage = false
    /// Discarding the rest of a segment longer than the limit.
    private var discardingSegment = false
    /// Data outside a message was reported, and no message or batch segment has come since.
    private var reportedOutside = false
    /// Control bytes skipped since the last segment, reported once the next segment shows where the problem
    /// belongs: inside the open message, or outside messages.
    private var controlBytes: Diagnostic?
    /// A message or batch segment (readable or not) was seen, or stray data reported.
    private var sawAnything = false
    /// The separators of the last message, for trailers outside a batch header.
    private var lastSeparators = HL7v2Separators.standard

    /// Creates a reader with no input yet.
    /// - Parameter maximumMessageSize: the longest message read (at most 4 GiB); default 128 MiB.
    public init(maximumMessageSize: Int = HL7v2Reader.defaultMaximumMessageSize) {
        self.maximumMessageSize = min(max(maximumMessageSize, 16), Int(UInt32.max))
    }

    /// Reads a whole input at once.
    ///
    /// ```swift
    /// let result = HL7v2Reader.read(Array(data))
    /// for message in result.messages { … }
    /// ```
    public static func read(_ bytes: some Sequence<UInt8>,
                            maximumMessageSize: Int = HL7v2Reader.defaultMaximumMessageSize) -> HL7v2ReadResult {
        var reader = HL7v2Reader(maximumMessageSize: maximumMessageSize)
        reader.append(bytes)
        reader.finish()
        var result = HL7v2ReadResult()
        while let event = reader.next() { result.add(event) }
        return result
    }

    /// Adds the next chunk of input.
    public mutating func append(_ bytes: some Sequence<UInt8>) {
        let keep = self.assembler.isOpen ? min(self.start, self.assembler.byteOffset - self.bufferOffset) : self.start
        if keep > 0, keep >= self.buffer.count / 2 {
            self.buffer.removeSubrange(0..<keep)
            self.bufferOffset += keep
            self.start -= keep
            self.scanFrom -= keep
        }
        self.buffer.append(contentsOf: bytes)
    }

    /// Marks the end of the input: a last segment without terminator is read as it is.
    public mutating func finish() { self.finished = true }

    /// The next event, or `nil` when more input is needed (or, after ``finish()``, when the input is exhausted).
    public mutating func next() -> Event? {
        while true {
            if let event = self.pending.popFirst() { return event }
            guard self.step() else { return self.pending.popFirst() }
        }
    }

    // MARK: Steps

    /// Reads one segment (or skips what comes before one); false when more input is needed or the input is done.
    private mutating func step() -> Bool {
        if self.atStartOfInput {
            if self.buffer.count - self.start < Self.byteOrderMark.count, !self.finished { return false }
            if self.buffer[self.start...].starts(with: Self.byteOrderMark) { self.start += Self.byteOrderMark.count }
            self.atStartOfInput = false
        }
        // While the rest of an over-long segment is dropped, its bytes are not the start of another.
        guard self.discardingSegment || self.skipBetweenSegments() else { return false }
        self.scanFrom = max(self.scanFrom, self.start)
        guard self.start < self.buffer.count else {
            guard self.finished, !self.closed else { return false }
            self.endOfInput()
            return true
        }
        let end: Int
        if let terminator = self.findTerminator() {
            end = terminator
        } else if self.finished {
            end = self.buffer.count
        } else {
            self.checkIncompleteSegment()
            return false
        }
        let range = self.start..<end
        self.start = end
        self.scanFrom = end
        if self.discardingSegment {
            self.discardingSegment = false
            return true
        }
        self.process(range)
        return true
    }

    /// Skips line breaks (counting lines) and control bytes (reporting them) before a segment; false when a CR ends
    /// the data so far and the next byte decides whether it is a CRLF.
    private mutating func skipBetweenSegments() -> Bool {
        while self.start < self.buffer.count {
            let byte = self.buffer[self.start]
            if byte == Self.lineFeed {
                self.line += 1
                self.start += 1
            } else if byte == Self.carriageReturn {
                if self.start + 1 < self.buffer.count {
                    self.start += self.buffer[self.start + 1] == Self.lineFeed ? 2 : 1
                } else if self.finished {
                    self.start += 1
                } else {
                    return false
                }
                self.line += 1
            } else if byte < 0x20 && byte != Self.tab || byte == 0x7F {
                if self.controlBytes == nil {
                    self.controlBytes = Diagnostic(
                        .error, .hl7SyntaxControlBytes, at: nil,
                        "NUL or other control bytes before a segment (line \(self.line), byte offset "
                            + "\(self.bufferOffset + self.start)) were skipped")
                }
                self.start += 1
            } else {
                return true
            }
        }
        return true
    }

    /// The index of the next CR or LF from ``scanFrom``, searching first for the kind the input uses, so that
    /// the other is only looked for inside the segment.
    private mutating func findTerminator() -> Int? {
        let (primary, secondary) = self.preferLineFeed
            ? (Self.lineFeed, Self.carriageReturn) : (Self.carriageReturn, Self.lineFeed)
        let from = self.scanFrom
        let found: (Int?, Bool) = self.buffer.withUnsafeBufferPointer { bytes in
            let first = HL7v2EscapeDecoder.find(primary, in: bytes, from..<bytes.count)
            if let other = HL7v2EscapeDecoder.find(secondary, in: bytes, from..<(first ?? bytes.count)) {
                return (other, true)
            }
            return (first, false)
        }
        if found.1 { self.preferLineFeed.toggle() }
        if found.0 == nil { self.scanFrom = self.buffer.count }
        return found.0
    }

    /// With no terminator yet: a segment already longer than the limit is given up (and its bytes dropped as they
    /// come), whatever the chunking, exactly as if it had been complete.
    private mutating func checkIncompleteSegment() {
        guard self.buffer.count - self.start > self.maximumMessageSize else { return }
        if !self.discardingSegment {
            self.tooLarge(self.start..<self.buffer.count)
            self.discardingSegment = true
        }
        self.start = self.buffer.count
        self.scanFrom = self.start
    }

    /// Handles one segment, `buffer[range]`.
    private mutating func process(_ range: Range<Int>) {
        if range.count > self.maximumMessageSize {
            self.tooLarge(range)
            return
        }
        let code = self.prefixCode(range)
        if code == HL7v2SegmentID.msh {
            self.closeMessage()
            self.flushControlBytes()
            self.openMessage(range)
        } else if HL7v2SegmentID.isBatch(code) {
            self.closeMessage()
            self.flushControlBytes()
            self.batchSegment(range, code: code)
        } else if self.buffer[range].allSatisfy({ $0 == Self.space || $0 == Self.tab }) {
            return
        } else if self.assembler.isOpen {
            if let diagnostic = self.controlBytes {
                self.assembler.note(diagnostic)
                self.controlBytes = nil
            }
            if range.upperBound - (self.assembler.byteOffset - self.bufferOffset) > self.maximumMessageSize {
                self.tooLarge(range)
                return
            }
            self.buffer.withUnsafeBufferPointer { bytes in
                self.assembler.add(bytes, range, bufferOffset: self.bufferOffset, line: self.line)
            }
        } else {
            self.flushControlBytes()
            // After a message that cannot be read its segments are skipped silently: its own error says enough.
            guard !self.skippingMessage, !self.reportedOutside else { return }
            self.reportedOutside = true
            self.sawAnything = true
            self.pending.append(.diagnostic(Diagnostic(
                .error, .hl7MessageNoMSH, at: nil,
                "data that is not in a message (line \(self.line), byte offset "
                    + "\(self.bufferOffset + range.lowerBound)) was skipped; a message starts with an MSH segment")))
        }
    }

    /// Starts a message at the MSH `buffer[range]`.
    private mutating func openMessage(_ range: Range<Int>) {
        self.sawAnything = true
        self.reportedOutside = false
        self.batches.messageStarted()
        self.buffer.withUnsafeBufferPointer { bytes in
            switch HL7v2HeaderScanner.scan(UnsafeBufferPointer(rebasing: bytes[range])) {
            case .unreadable(let problem):
                self.skippingMessage = true
                self.pending.append(.diagnostic(Diagnostic(
                    .error, .hl7EncodingInvalidSeparators,
                    at: .hl7v2(HL7v2Location(segment: "MSH", segmentOrdinal: 1,
                                             field: HL7v2HeaderLayout.fieldSeparatorField)),
                    "the message at line \(self.line) (byte offset \(self.bufferOffset + range.lowerBound)) cannot be "
                        + "read: \(problem)")))
            case .read(let separators, let problems):
                self.skippingMessage = false
                self.lastSeparators = separators
                self.assembler.open(bytes, range, bufferOffset: self.bufferOffset, line: self.line,
                                    separators: separators, problems: problems)
            }
        }
    }

    /// Emits the open message, if any.
    private mutating func closeMessage() {
        guard self.assembler.isOpen else { return }
        self.pending.append(.message(self.assembler.close(self.buffer, bufferOffset: self.bufferOffset)))
    }

    /// Handles FHS, BHS, BTS or FTS at `buffer[range]`.
    private mutating func batchSegment(_ range: Range<Int>, code: UInt32) {
        self.sawAnything = true
        self.reportedOutside = false
        self.skippingMessage = false
        let id = HL7v2SegmentID.text(code)
        let ordinal = self.batches.nextOrdinal(code)
        var diagnostics: [Diagnostic] = []
        var separators = self.batches.trailerSeparators ?? self.lastSeparators
        if HL7v2SegmentID.isHeader(code) {
            let outcome = self.buffer.withUnsafeBufferPointer { bytes in
                HL7v2HeaderScanner.scan(UnsafeBufferPointer(rebasing: bytes[range]))
            }
            switch outcome {
            case .unreadable(let problem):
                separators = .standard
                diagnostics.append(Diagnostic(
                    .error, .hl7EncodingInvalidSeparators,
                    at: .hl7v2(HL7v2Location(segment: id, segmentOrdinal: ordinal,
                                             field: HL7v2HeaderLayout.fieldSeparatorField)),
                    "\(problem); the segment was split with the standard separators"))
            case .read(let declared, let problems):
                separators = declared
                if !problems.isEmpty {
                    diagnostics.append(Diagnostic(
                        .error, .hl7EncodingInvalidSeparators,
                        at: .hl7v2(HL7v2Location(segment: id, segmentOrdinal: ordinal,
                                                 field: HL7v2HeaderLayout.encodingCharactersField)),
                        problems.joined(separator: "; ").replacing("MSH", with: id)))
                }
            }
        }
        let segment = HL7v2Segment(bytes: Array(self.buffer[range]), separators: separators,
                                   byteOffset: self.bufferOffset + range.lowerBound, line: self.line, ordinal: ordinal)
        var envelope: [Diagnostic] = []
        self.batches.process(segment, into: &envelope)
        // A header's complaint about the batch before it comes first; then the segment and what is wrong with it.
        let before = HL7v2SegmentID.isHeader(code) ? envelope : []
        let after = HL7v2SegmentID.isHeader(code) ? diagnostics : diagnostics + envelope
        for diagnostic in before { self.pending.append(.diagnostic(diagnostic)) }
        self.pending.append(.batchSegment(segment))
        for diagnostic in after { self.pending.append(.diagnostic(diagnostic)) }
    }

    /// Reports a message (or stray segment) longer than the limit whose segment `buffer[range]` goes past it, and
    /// skips the rest of that message.
    private mutating func tooLarge(_ range: Range<Int>) {
        let code = self.prefixCode(range)
        let startsUnit = code == HL7v2SegmentID.msh || HL7v2SegmentID.isBatch(code)
        if startsUnit || !self.assembler.isOpen {
            self.closeMessage()
            self.flushControlBytes()
        } else if let diagnostic = self.controlBytes {
            self.assembler.note(diagnostic)
            self.controlBytes = nil
        }
        let (line, offset) = self.assembler.isOpen && !startsUnit
            ? (self.assembler.line, self.assembler.byteOffset) : (self.line, self.bufferOffset + range.lowerBound)
        self.assembler.abandon()
        if code == HL7v2SegmentID.msh { self.batches.messageStarted() }
        self.skippingMessage = true
        self.sawAnything = true
        self.pending.append(.diagnostic(Diagnostic(
            .error, .hl7MessageTooLarge, at: nil,
            "the message or segment at line \(line) (byte offset \(offset)) is longer than the limit of "
                + "\(self.maximumMessageSize) bytes; it was skipped")))
    }

    /// At the end of the input: emits the last message and reports open batches and an input with no message.
    private mutating func endOfInput() {
        self.closed = true
        self.closeMessage()
        self.flushControlBytes()
        var diagnostics: [Diagnostic] = []
        self.batches.finish(into: &diagnostics)
        for diagnostic in diagnostics { self.pending.append(.diagnostic(diagnostic)) }
        if !self.sawAnything {
            self.pending.append(.diagnostic(Diagnostic(
                .error, .hl7MessageNoMSH, at: nil,
                "the input holds no HL7 v2 message; a message starts with an MSH segment")))
        }
    }

    /// Emits the report of skipped control bytes, if any, as an event outside messages.
    private mutating func flushControlBytes() {
        if let diagnostic = self.controlBytes {
            self.pending.append(.diagnostic(diagnostic))
            self.controlBytes = nil
        }
    }

    /// The first three bytes of `buffer[range]` as a segment identifier code.
    private func prefixCode(_ range: Range<Int>) -> UInt32 {
        self.buffer.withUnsafeBufferPointer { HL7v2SegmentID.prefixCode(UnsafeBufferPointer(rebasing: $0[range])) }
    }

    private static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]
    private static let carriageReturn: UInt8 = 0x0D
    private static let lineFeed: UInt8 = 0x0A
    private static let tab: UInt8 = 0x09
    private static let space: UInt8 = 0x20
}
