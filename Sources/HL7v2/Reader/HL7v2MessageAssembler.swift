import WharfCore

/// Collects the segments of the message being read while their bytes are still in the reader's buffer, checks each
/// as it comes (identifier, escapes, required MSH fields), and builds the ``HL7v2Message`` when the message ends:
/// one array for its bytes, one for the field boundaries of all its segments, one for the segments.
struct HL7v2MessageAssembler: Sendable {
    /// One segment of the open message.
    private struct Record: Sendable {
        /// The segment's first byte, relative to the message's first byte.
        var start: Int
        var line: Int
        var boundsStart: Int
        var boundsCount: Int
        var idCode: UInt32
        var ordinal: Int
    }

    /// True while a message is being collected.
    private(set) var isOpen = false
    /// The input offset of the open message's first byte.
    private(set) var byteOffset = 0
    /// The open message's length so far, up to the end of its last segment.
    private(set) var size = 0
    /// The line of the open message's MSH.
    private(set) var line = 1
    private var separators = HL7v2Separators.standard
    private var records: [Record] = []
    /// Field boundaries relative to the message's first byte (reused from message to message).
    private var bounds: [UInt32] = []
    /// How many segments of each identifier so far, to give each its ordinal.
    private var ordinals: [(code: UInt32, count: Int)] = []
    private var diagnostics: [Diagnostic] = []

    /// Starts a message with its MSH, `buffer[range]`.
    /// - Parameters:
    ///   - bufferOffset: the input offset of `buffer[0]`.
    ///   - problems: what is wrong with the encoding characters, reported at MSH-2.
    mutating func open(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, bufferOffset: Int, line: Int,
                       separators: HL7v2Separators, problems: [String]) {
        self.isOpen = true
        self.byteOffset = bufferOffset + range.lowerBound
        self.size = 0
        self.line = line
        self.separators = separators
        if !problems.isEmpty {
            self.diagnostics.append(Diagnostic(
                .error, .hl7EncodingInvalidSeparators,
                at: .hl7v2(HL7v2Location(segment: "MSH", segmentOrdinal: 1,
                                         field: HL7v2HeaderLayout.encodingCharactersField)),
                problems.joined(separator: "; ")))
        }
        self.add(buffer, range, bufferOffset: bufferOffset, line: line)
        self.checkRequiredHeaderFields()
    }

    /// Adds the segment `buffer[range]` to the open message.
    mutating func add(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, bufferOffset: Int, line: Int) {
        let base = self.byteOffset - bufferOffset
        let boundsStart = self.bounds.count
        HL7v2SegmentSplitter.appendBounds(of: buffer, range: range, separator: self.separators.field, base: base,
                                          to: &self.bounds)
        let idCode = HL7v2SegmentID.code(UnsafeBufferPointer(rebasing: buffer[range]), separator: self.separators.field)
        var record = Record(start: range.lowerBound - base, line: line, boundsStart: boundsStart,
                            boundsCount: self.bounds.count - boundsStart, idCode: idCode, ordinal: 1)
        record.ordinal = self.nextOrdinal(idCode)
        self.records.append(record)
        self.size = range.upperBound - base
        if !HL7v2SegmentID.isValid(idCode) {
            self.diagnostics.append(Diagnostic(
                .error, .hl7SegmentInvalidID, at: nil,
                "the segment on line \(line) (segment \(self.records.count) of the message starting on line "
                    + "\(self.line)) has no valid identifier: three upper-case letters or digits, starting with a "
                    + "letter, then the field separator"))
        } else {
            self.checkEscapes(buffer, record, base: base)
        }
    }

    /// Adds a problem found between the open message's segments.
    mutating func note(_ diagnostic: Diagnostic) { self.diagnostics.append(diagnostic) }

    /// Ends the open message and returns it; `buffer` still holds all its bytes.
    mutating func close(_ buffer: [UInt8], bufferOffset: Int) -> HL7v2Message {
        let base = self.byteOffset - bufferOffset
        let storage = Array(buffer[base..<(base + self.size)])
        let bounds = Array(self.bounds)
        var segments: [HL7v2Segment] = []
        segments.reserveCapacity(self.records.count)
        for record in self.records {
            segments.append(HL7v2Segment(
                storage: storage, bounds: bounds, boundsStart: record.boundsStart, boundsCount: record.boundsCount,
                contentStart: record.start, separators: self.separators, idCode: record.idCode,
                byteOffset: self.byteOffset + record.start, line: record.line, ordinal: record.ordinal))
        }
        let message = HL7v2Message(bytes: storage, segments: segments, separators: self.separators,
                                   byteOffset: self.byteOffset, line: self.line,
                                   diagnostics: self.diagnostics.isEmpty ? [] : Array(self.diagnostics))
        self.abandon()
        return message
    }

    /// Forgets the open message.
    mutating func abandon() {
        self.isOpen = false
        self.size = 0
        self.records.removeAll(keepingCapacity: true)
        self.bounds.removeAll(keepingCapacity: true)
        self.ordinals.removeAll(keepingCapacity: true)
        self.diagnostics.removeAll(keepingCapacity: true)
    }

    // MARK: Checks

    private mutating func nextOrdinal(_ code: UInt32) -> Int {
        for index in self.ordinals.indices where self.ordinals[index].code == code {
            self.ordinals[index].count += 1
            return self.ordinals[index].count
        }
        self.ordinals.append((code, 1))
        return 1
    }

    /// Reports MSH-9, MSH-10, MSH-11 and MSH-12 when they are empty or absent.
    private mutating func checkRequiredHeaderFields() {
        let header = self.records[0]
        for field in HL7v2HeaderLayout.requiredHeaderFields {
            // MSH-n ends at boundary n - 1 and starts after boundary n - 2.
            let present = field <= header.boundsCount
                && self.bounds[header.boundsStart + field - 1] > self.bounds[header.boundsStart + field - 2] + 1
            guard !present else { continue }
            self.diagnostics.append(Diagnostic(
                .error, .hl7HeaderFieldMissing,
                at: .hl7v2(HL7v2Location(segment: "MSH", segmentOrdinal: 1, field: field)),
                "MSH-\(field) (\(Self.headerFieldNames[field] ?? "field")) is required but empty or absent"))
        }
    }

    /// Checks the escape sequences of every field of `record` that holds the escape character (MSH-1 and MSH-2 are
    /// not data and are skipped).
    private mutating func checkEscapes(_ buffer: UnsafeBufferPointer<UInt8>, _ record: Record, base: Int) {
        guard let escape = self.separators.escape else { return }
        let first = record.boundsStart
        let count = record.boundsCount
        let isHeader = HL7v2SegmentID.isHeader(record.idCode)
        // The data starts after the identifier; in a header, after MSH-2.
        let dataBoundary = isHeader ? 1 : 0
        guard dataBoundary < count - 1 else { return }
        let end = base + Int(self.bounds[first + count - 1])
        var from = base + Int(self.bounds[first + dataBoundary])
        var boundary = dataBoundary + 1
        while let found = HL7v2EscapeDecoder.find(escape, in: buffer, from..<end) {
            while base + Int(self.bounds[first + boundary]) < found { boundary += 1 }
            let fieldStart = base + Int(self.bounds[first + boundary - 1]) + 1
            let fieldRange = fieldStart..<(base + Int(self.bounds[first + boundary]))
            let check = HL7v2EscapeDecoder.check(buffer, fieldRange, separators: self.separators)
            if check.invalid > 0, let firstInvalid = check.firstInvalid {
                let field = isHeader ? boundary + 1 : boundary
                var location = self.location(of: firstInvalid, in: fieldRange, buffer)
                location.segment = HL7v2SegmentID.text(record.idCode)
                location.segmentOrdinal = record.ordinal
                location.field = field
                self.diagnostics.append(Diagnostic(
                    .error, .hl7EscapeInvalid, at: .hl7v2(location),
                    check.invalid == 1
                        ? "an escape sequence is unknown, malformed or not terminated; it was kept as text"
                        : "\(check.invalid) escape sequences are unknown, malformed or not terminated; they were kept "
                            + "as text"))
            }
            from = fieldRange.upperBound
        }
    }

    /// The repetition, component and subcomponent of `index` in a field, each given only when the field is split at
    /// that level.
    private func location(of index: Int, in field: Range<Int>, _ buffer: UnsafeBufferPointer<UInt8>) -> HL7v2Location {
        var repetition = 1
        var component = 1
        var subcomponent = 1
        var split = (repetition: false, component: false, subcomponent: false)
        for position in field {
            let byte = buffer[position]
            if byte == self.separators.repetition {
                split.repetition = true
                if position < index { (repetition, component, subcomponent) = (repetition + 1, 1, 1) }
            } else if byte == self.separators.component {
                split.component = true
                if position < index { (component, subcomponent) = (component + 1, 1) }
            } else if byte == self.separators.subcomponent {
                split.subcomponent = true
                if position < index { subcomponent += 1 }
            }
        }
        return HL7v2Location(
            segment: "", segmentOrdinal: 1, repetition: split.repetition ? repetition : nil,
            component: split.component || split.subcomponent ? component : nil,
            subcomponent: split.subcomponent ? subcomponent : nil)
    }

    private static let headerFieldNames = [
        9: "message type", 10: "message control id", 11: "processing id", 12: "version id",
    ]
}
