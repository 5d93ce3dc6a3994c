#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import WharfCore

/// Splits a stream of bytes into X12 segments, one interchange after another, each with its own delimiters.
///
/// Feed bytes in chunks of any size with ``append(_:)``, call ``finish()`` at the end of the input, and pull
/// ``Event``s with ``next()`` until it returns `nil` (more data needed, or, after `finish()`, the end). Feeding the same
/// bytes in one chunk or byte by byte gives the same events.
///
/// Tolerated, with a diagnostic where it matters: a UTF-8 byte order mark, CR/LF or whitespace between segments, line
/// breaks inside segments, an ISA that is not 106 bytes, multi-byte terminators, EBCDIC interchanges.
///
/// ```swift
/// var reader = X12SegmentReader()
/// reader.append(bytes)
/// reader.finish()
/// while let event = reader.next() { … }
/// ```
public struct X12SegmentReader: Sendable {
    /// What the reader produces.
    public enum Event: Hashable, Sendable {
        /// A segment, ISA and IEA included.
        case segment(X12Segment)
        /// A problem found while splitting (never containing payload bytes).
        case diagnostic(Diagnostic)
    }

    private var buffer: [UInt8] = []
    private var start = 0
    private var baseOffset = 0
    private var line = 1
    private var delimiters: X12Delimiters?
    private var ebcdic = false
    private var transcodedEnd = 0
    private var finished = false
    private var atStartOfInput = true
    private var seenInterchange = false
    private var reportedJunk = false
    private var reportedLineBreaks = false
    /// Segments of this interchange so far, and how many of them were followed by a line break: when every one was,
    /// the interchange is written one segment per line, and a line break inside a segment marks a lost terminator.
    private var segmentsInInterchange = 0
    private var segmentsEndingLines = 0
    private var layoutPending = false
    private var pending = EventQueue<Event>()

    /// Creates a reader with no input yet.
    public init() {}

    /// Adds the next chunk of input.
    public mutating func append(_ bytes: some Sequence<UInt8>) {
        if self.buffer.isEmpty, self.start == 0 {
            // The first chunk (often the whole input) is taken as it is: an array is shared, not copied.
            self.buffer = Array(bytes)
            self.transcodeIfNeeded()
            return
        }
        if self.start > 0, self.start >= self.buffer.count / 2 {
            self.buffer.removeSubrange(0..<self.start)
            self.baseOffset += self.start
            self.transcodedEnd -= self.start
            self.start = 0
        }
        self.buffer.append(contentsOf: bytes)
        self.transcodeIfNeeded()
    }

    /// Marks the end of the input: remaining bytes are read as they are.
    public mutating func finish() { self.finished = true }

    /// The next event, or `nil` when more input is needed (or, after ``finish()``, when the input is exhausted).
    public mutating func next() -> Event? {
        while true {
            if let event = self.pending.popFirst() { return event }
            let outcome = self.delimiters == nil ? self.seekInterchange() : self.readSegment()
            switch outcome {
            case .event(let event):
                // Events queued while producing this one come first, keeping input order whatever the chunking.
                guard !self.pending.isEmpty else { return event }
                self.pending.append(event)
            case .needMoreData:
                guard !self.pending.isEmpty else { return nil }
            case .progress:
                continue
            }
        }
    }

    private enum Outcome {
        case event(Event)
        case needMoreData
        case progress
    }

    // MARK: Between interchanges

    private mutating func seekInterchange() -> Outcome {
        if self.atStartOfInput {
            if self.available < 3, !self.finished { return .needMoreData }
            if self.available >= 3, self.buffer[self.start] == 0xEF, self.buffer[self.start + 1] == 0xBB,
               self.buffer[self.start + 2] == 0xBF
            {
                self.start += 3
            }
            self.atStartOfInput = false
        }
        self.skipWhitespace(delimiters: nil)
        if self.available == 0 {
            if self.finished, !self.seenInterchange, !self.reportedJunk {
                self.reportedJunk = true
                return .event(.diagnostic(Diagnostic(
                    .error, .isaMissing, at: self.location(segment: nil),
                    "the input is empty; an X12 interchange starts with an ISA segment")))
            }
            return .needMoreData
        }
        if self.available < 4, !self.finished { return .needMoreData }
        if self.startsWithISA(at: self.start) { return self.readISA() }
        return self.skipJunk()
    }

    private mutating func readISA() -> Outcome {
        if !self.ebcdic, self.buffer[self.start] == EBCDICTag.i {
            self.ebcdic = true
            self.transcodedEnd = self.start
            self.transcodeIfNeeded()
            self.queue(.diagnostic(Diagnostic(
                .warning, .encodingEBCDIC, at: self.location(segment: "ISA"),
                "the interchange is EBCDIC (code page 037); it was read translated to ASCII")))
        }
        let scan = self.buffer.withUnsafeBufferPointer { bytes in
            ISAScanner.scan(bytes, at: self.start, finished: self.finished, line: self.line,
                            byteOffset: self.baseOffset + self.start)
        }
        switch scan {
        case .needMoreData:
            return .needMoreData
        case .unreadable(let diagnostic):
            self.advance(to: self.start + 3)
            self.reportedJunk = true
            return .event(.diagnostic(diagnostic))
        case .found(let delimiters, let contentEnd, let next, let diagnostics):
            self.delimiters = delimiters
            self.seenInterchange = true
            self.reportedJunk = false
            self.reportedLineBreaks = false
            self.segmentsInInterchange = 0
            self.segmentsEndingLines = 0
            let (segment, remarks) = self.makeSegment(contentEnd: contentEnd, delimiters: delimiters, isISA: true)
            self.advance(to: next)
            self.countLineLayout()
            return self.emit(segment, diagnostics + remarks)
        }
    }

    private mutating func skipJunk() -> Outcome {
        let diagnostic: Diagnostic? = self.reportedJunk ? nil : Diagnostic(
            .error, self.seenInterchange ? .outsideInterchange : .isaMissing, at: self.location(segment: nil),
            self.seenInterchange
                ? "data after the end of an interchange (IEA) that does not start a new one with ISA"
                : "the input does not start with an ISA segment; an X12 interchange starts with 'ISA'")
        self.reportedJunk = true
        var index = self.start + 1
        while index + 3 <= self.buffer.count, !self.startsWithISA(at: index) { index += 1 }
        if index + 3 > self.buffer.count, !self.finished {
            index = max(self.start, self.buffer.count - 3)
        } else if index + 3 > self.buffer.count {
            index = self.buffer.count
        }
        self.advance(to: index)
        if let diagnostic { return .event(.diagnostic(diagnostic)) }
        return index == self.buffer.count || (!self.finished && self.available < 4) ? .needMoreData : .progress
    }

    // MARK: Inside an interchange

    private mutating func readSegment() -> Outcome {
        guard let delimiters = self.delimiters else { return .progress }
        guard self.settleLineLayout() else { return .needMoreData }
        self.skipWhitespace(delimiters: delimiters)
        guard self.available > 0 else {
            if self.finished {
                self.delimiters = nil
                return .progress
            }
            return .needMoreData
        }
        let terminatorLength = delimiters.terminatorLength
        let found: Int? = self.buffer.withUnsafeBufferPointer { bytes in
            var from = self.start
            while from < bytes.count {
                guard let raw = memchr(bytes.baseAddress! + from, Int32(delimiters.terminatorByte(0)),
                                       bytes.count - from) else { return nil }
                let index = bytes.baseAddress!.distance(to: raw.assumingMemoryBound(to: UInt8.self))
                if terminatorLength == 1 { return index }
                if index + terminatorLength > bytes.count { return nil }
                if (1..<terminatorLength).allSatisfy({ bytes[index + $0] == delimiters.terminatorByte($0) }) {
                    return index
                }
                from = index + 1
            }
            return nil
        }
        guard let end = found else {
            guard self.finished else { return .needMoreData }
            let (segment, remarks) = self.makeSegment(
                contentEnd: self.buffer.count, delimiters: delimiters, isISA: false)
            let unterminated = Diagnostic(
                .error, .segmentUnterminated, at: self.location(segment: nil, line: segment.line),
                "the data ends before this segment's terminator")
            self.advance(to: self.buffer.count)
            self.delimiters = nil
            return self.emit(segment, remarks + [unterminated])
        }
        if end == self.start {
            let location = self.location(segment: nil)
            self.advance(to: end + terminatorLength)
            return .event(.diagnostic(Diagnostic(.warning, .segmentEmpty, at: location,
                                                 "an empty segment (two terminators in a row) was skipped")))
        }
        if let cut = self.lostTerminator(before: end, delimiters: delimiters) {
            let (segment, remarks) = self.makeSegment(contentEnd: cut, delimiters: delimiters, isISA: false)
            let lost = Diagnostic(
                .warning, .segmentTerminatorMissing, at: self.location(segment: nil, line: segment.line),
                "this segment has no terminator before the line break; the line break was taken as its end")
            self.advance(to: cut)
            return self.emit(segment, remarks + [lost])
        }
        let (segment, remarks) = self.makeSegment(contentEnd: end, delimiters: delimiters, isISA: false)
        if remarks.isEmpty, segment.bytes.count == end - self.start {
            // No line break inside: only the terminator itself can be one.
            if delimiters.terminatorByte(terminatorLength - 1) == 0x0A { self.line += 1 }
            self.start = end + terminatorLength
        } else {
            self.advance(to: end + terminatorLength)
        }
        self.countLineLayout()
        if segment.tagCode == X12TagCode.iea { self.delimiters = nil }
        return self.emit(segment, remarks)
    }

    /// Where a plain segment taken by ``takePlainSegment(into:)`` was.
    struct PlainSegment {
        var line: Int
        var byteOffset: Int
        var length: Int
    }

    /// Takes the next segment straight into `list` when it is plain — whole in the buffer, terminated, without line
    /// breaks, with a valid tag that is not an envelope or interchange-level tag (ISA, IEA, GS, GE, ST, SE, TA1, ISB,
    /// ISE, ISX), and nothing waiting to be reported — exactly as ``next()`` would read it, but without making it a
    /// segment of its own. `nil` (and nothing taken) for anything else, which ``next()`` then reads.
    mutating func takePlainSegment(into list: inout X12SegmentList) -> PlainSegment? {
        guard let delimiters = self.delimiters, self.pending.isEmpty, self.settleLineLayout() else { return nil }
        self.skipWhitespace(delimiters: delimiters)
        let start = self.start
        let terminatorLength = delimiters.terminatorLength
        // The end of the content and its tag code, when the segment is plain.
        let found: (end: Int, tagCode: UInt32)? = self.buffer.withUnsafeBufferPointer { bytes in
            guard start < bytes.count,
                  let raw = memchr(bytes.baseAddress! + start, Int32(delimiters.terminatorByte(0)), bytes.count - start)
            else { return nil }
            let index = bytes.baseAddress!.distance(to: raw.assumingMemoryBound(to: UInt8.self))
            guard index > start, index + terminatorLength <= bytes.count else { return nil }
            for offset in 1..<Swift.max(terminatorLength, 1) where bytes[index + offset] != delimiters.terminatorByte(offset) {
                return nil
            }
            // No line break inside: none to remove, and no lost terminator (`lostTerminator` looks for one there).
            let content = UnsafeBufferPointer(rebasing: bytes[start..<index])
            guard memchr(content.baseAddress!, 0x0A, content.count) == nil,
                  memchr(content.baseAddress!, 0x0D, content.count) == nil,
                  Self.isValidTag(content, separator: delimiters.element) else { return nil }
            let tagCode = X12TagCode.code(content, separator: delimiters.element)
            switch tagCode {
            case X12TagCode.isa, X12TagCode.iea, X12TagCode.gs, X12TagCode.ge, X12TagCode.st, X12TagCode.se,
                 X12TagCode.ta1, X12TagCode.isb, X12TagCode.ise, X12TagCode.isx:
                return nil
            default:
                return (index, tagCode)
            }
        }
        guard let (end, tagCode) = found else { return nil }
        let plain = PlainSegment(line: self.line, byteOffset: self.baseOffset + start, length: end - start)
        self.buffer.withUnsafeBufferPointer { bytes in
            list.append(UnsafeBufferPointer(rebasing: bytes[start..<end]), byteOffset: plain.byteOffset,
                        line: plain.line, tagCode: tagCode)
        }
        if delimiters.terminatorByte(terminatorLength - 1) == 0x0A { self.line += 1 }
        self.start = end + terminatorLength
        self.countLineLayout()
        return plain
    }

    /// Notes that a segment was read; whether a line break follows it is settled when the next byte is there
    /// (``settleLineLayout()``), so that the answer does not depend on where a chunk ends.
    private mutating func countLineLayout() {
        self.segmentsInInterchange += 1
        self.layoutPending = true
        if let delimiters = self.delimiters,
           [0x0A, 0x0D].contains(delimiters.terminatorByte(delimiters.terminatorLength - 1)) {
            self.segmentsEndingLines += 1
            self.layoutPending = false
        }
    }

    /// Counts the previous segment as ending a line when the byte after its terminator is a line break.
    /// Returns false when that byte has not arrived yet.
    private mutating func settleLineLayout() -> Bool {
        guard self.layoutPending else { return true }
        guard self.start < self.buffer.count else { return self.finished }
        if self.buffer[self.start] == 0x0A || self.buffer[self.start] == 0x0D { self.segmentsEndingLines += 1 }
        self.layoutPending = false
        return true
    }

    /// In an interchange written one segment per line, the index of a line break inside `start..<end` that is
    /// followed by what starts a segment (a valid tag and the element separator): the terminator before it was lost.
    private func lostTerminator(before end: Int, delimiters: X12Delimiters) -> Int? {
        guard self.segmentsInInterchange >= 2, self.segmentsEndingLines == self.segmentsInInterchange else { return nil }
        return self.buffer.withUnsafeBufferPointer { bytes -> Int? in
            guard let raw = memchr(bytes.baseAddress! + self.start, 0x0A, end - self.start) else { return nil }
            var cut = bytes.baseAddress!.distance(to: raw.assumingMemoryBound(to: UInt8.self))
            var next = cut + 1
            while next < end, bytes[next] == 0x0A || bytes[next] == 0x0D { next += 1 }
            var length = 0
            while next + length < end, length < 4, bytes[next + length] != delimiters.element { length += 1 }
            guard next + length < end, bytes[next + length] == delimiters.element,
                  X12SegmentReader.isValidTag(Array(bytes[next..<(next + length)]), separator: delimiters.element)
            else { return nil }
            if cut > self.start, bytes[cut - 1] == 0x0D { cut -= 1 }
            return cut > self.start ? cut : nil
        }
    }

    /// Copies `start..<contentEnd` into a segment, removing stray CR/LF bytes (with one diagnostic per interchange).
    private mutating func makeSegment(contentEnd: Int, delimiters: X12Delimiters, isISA: Bool)
        -> (X12Segment, [Diagnostic])
    {
        var remarks: [Diagnostic] = []
        let line = self.line
        let offset = self.baseOffset + self.start
        let start = self.start
        let hasLineBreak = self.buffer.withUnsafeBufferPointer { bytes in
            let base = bytes.baseAddress! + start
            return memchr(base, 0x0A, contentEnd - start) != nil || memchr(base, 0x0D, contentEnd - start) != nil
        }
        var content: [UInt8]
        if hasLineBreak {
            content = []
            content.reserveCapacity(contentEnd - start)
            var element = 0
            var brokenElement: Int?
            for byte in self.buffer[start..<contentEnd] {
                if byte == delimiters.element { element += 1 }
                if byte == 0x0A || byte == 0x0D {
                    if brokenElement == nil { brokenElement = element }
                } else {
                    content.append(byte)
                }
            }
            if isISA {
                remarks.append(Diagnostic(
                    .error, .isaLineBreak,
                    at: self.x12Location(segment: "ISA", line: line).elementLocation(brokenElement ?? 0),
                    "the ISA segment is broken across lines; its fields are fixed-width and cannot hold a line break"))
            } else if !self.reportedLineBreaks {
                self.reportedLineBreaks = true
                remarks.append(Diagnostic(
                    .warning, .lineBreakInSegment, at: self.location(segment: nil, line: line),
                    "line breaks inside segments were removed (first at this segment); X12 data cannot contain them"))
            }
        } else {
            content = Array(self.buffer[start..<contentEnd])
        }
        let segment = X12Segment(bytes: content, delimiters: delimiters, byteOffset: offset, line: line)
        if !Self.isValidTag(content, separator: delimiters.element) {
            remarks.append(Diagnostic(
                .error, .segmentInvalidTag, at: self.location(segment: nil, line: line, byteOffset: offset),
                "a segment identifier must be 2 or 3 upper-case letters or digits starting with a letter"))
        }
        return (segment, remarks)
    }

    // MARK: Helpers

    private var available: Int { self.buffer.count - self.start }

    private func startsWithISA(at index: Int) -> Bool {
        guard index + 3 <= self.buffer.count else { return false }
        let first = self.buffer[index], second = self.buffer[index + 1], third = self.buffer[index + 2]
        return (first == 0x49 && second == 0x53 && third == 0x41)
            || (first == EBCDICTag.i && second == EBCDICTag.s && third == EBCDICTag.a)
    }

    /// Skips CR, LF, space, tab and NUL that are not delimiters (and, between interchanges, the DOS end-of-file
    /// byte 0x1A), counting lines.
    private mutating func skipWhitespace(delimiters: X12Delimiters?) {
        while self.start < self.buffer.count {
            let byte = self.buffer[self.start]
            guard byte == 0x0A || byte == 0x0D || byte == 0x20 || byte == 0x09 || byte == 0x00
                || (byte == 0x1A && delimiters == nil) else { return }
            if let delimiters, delimiters.isDelimiter(byte) { return }
            if byte == 0x0A { self.line += 1 }
            self.start += 1
        }
    }

    /// Moves the read position to `index`, counting the line feeds passed.
    private mutating func advance(to index: Int) {
        let start = self.start
        let lineFeeds = self.buffer.withUnsafeBufferPointer { bytes in
            var count = 0
            for position in start..<index where bytes[position] == 0x0A { count += 1 }
            return count
        }
        self.line += lineFeeds
        self.start = index
    }

    private mutating func queue(_ event: Event) { self.pending.append(event) }

    /// Queues `segment` and then the diagnostics about it (after whatever was queued before), keeping input order.
    private mutating func emit(_ segment: X12Segment, _ diagnostics: [Diagnostic]) -> Outcome {
        if self.pending.isEmpty, diagnostics.isEmpty { return .event(.segment(segment)) }
        self.pending.append(.segment(segment))
        for diagnostic in diagnostics { self.pending.append(.diagnostic(diagnostic)) }
        return .progress
    }

    private mutating func transcodeIfNeeded() {
        guard self.ebcdic, self.transcodedEnd < self.buffer.count else { return }
        let table = EBCDIC037.toLatin1
        for index in self.transcodedEnd..<self.buffer.count { self.buffer[index] = table[Int(self.buffer[index])] }
        self.transcodedEnd = self.buffer.count
    }

    private func x12Location(segment: String?, line: Int? = nil, byteOffset: Int? = nil) -> X12Location {
        X12Location(segment: segment, line: line ?? self.line, byteOffset: byteOffset ?? self.baseOffset + self.start)
    }

    private func location(segment: String?, line: Int? = nil, byteOffset: Int? = nil) -> SourceLocation {
        .x12(self.x12Location(segment: segment, line: line, byteOffset: byteOffset))
    }

    package static func isValidTag(_ content: some Collection<UInt8>, separator: UInt8) -> Bool {
        var length = 0
        for byte in content {
            if byte == separator { break }
            let isUpper = byte >= 0x41 && byte <= 0x5A
            let isDigit = byte >= 0x30 && byte <= 0x39
            guard isUpper || (isDigit && length > 0) else { return false }
            length += 1
            if length > 3 { return false }
        }
        return length >= 2
    }
}

/// `ISA` in EBCDIC.
private enum EBCDICTag {
    static let i: UInt8 = 0xC9
    static let s: UInt8 = 0xE2
    static let a: UInt8 = 0xC1
}

extension X12Location {
    /// This location as an X12 ``SourceLocation`` narrowed to an element when `element` > 0.
    func elementLocation(_ element: Int) -> SourceLocation {
        .x12(element > 0 ? self.element(element) : self)
    }
}
