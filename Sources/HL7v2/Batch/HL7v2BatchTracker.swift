import WharfCore

/// Follows the batch envelope of an input — `[FHS] { [BHS] { MSH … } [BTS] } [FTS]` — and checks it: BTS-1 against
/// the messages of its batch, FTS-1 against the batches of its file, every header closed by its trailer.
///
/// Batch segments are located by their ordinal in the whole input: `BTS(2)-1` is BTS-1 of the second batch.
struct HL7v2BatchTracker: Sendable {
    /// The separators of the open file header, if any.
    private var fileSeparators: HL7v2Separators?
    /// The separators of the open batch header, if any.
    private var batchSeparators: HL7v2Separators?
    private var fileOpen = false
    private var batchOpen = false
    private var batchesInFile = 0
    private var messagesInBatch = 0
    private var fileHeaders = 0
    private var batchHeaders = 0
    private var batchTrailers = 0
    private var fileTrailers = 0

    /// The separators a trailer (BTS, FTS), which declares none, is split with: its batch's, else its file's.
    var trailerSeparators: HL7v2Separators? { self.batchSeparators ?? self.fileSeparators }

    /// The ordinal the next segment `code` will have (FHS, BHS, BTS, FTS counted separately).
    func nextOrdinal(_ code: UInt32) -> Int {
        switch code {
        case HL7v2SegmentID.fhs: self.fileHeaders + 1
        case HL7v2SegmentID.bhs: self.batchHeaders + 1
        case HL7v2SegmentID.bts: self.batchTrailers + 1
        default: self.fileTrailers + 1
        }
    }

    /// Counts a message (an MSH, readable or not) in the open batch.
    mutating func messageStarted() {
        if self.batchOpen { self.messagesInBatch += 1 }
    }

    /// Follows one batch segment, appending what is wrong to `diagnostics`.
    mutating func process(_ segment: HL7v2Segment, into diagnostics: inout [Diagnostic]) {
        switch segment.idCode {
        case HL7v2SegmentID.fhs:
            self.closeBatch(into: &diagnostics)
            self.closeFile(into: &diagnostics)
            self.fileHeaders += 1
            self.fileOpen = true
            self.fileSeparators = segment.separators
            self.batchesInFile = 0
        case HL7v2SegmentID.bhs:
            self.closeBatch(into: &diagnostics)
            self.batchHeaders += 1
            self.batchOpen = true
            self.batchSeparators = segment.separators
            self.messagesInBatch = 0
            if self.fileOpen { self.batchesInFile += 1 }
        case HL7v2SegmentID.bts:
            self.batchTrailers += 1
            guard self.batchOpen else {
                diagnostics.append(Diagnostic(.error, .hl7BatchUnexpectedSegment, at: self.location("BTS"),
                                              "a batch trailer (BTS) without a batch header (BHS) before it"))
                return
            }
            self.check(segment, "BTS", expected: self.messagesInBatch,
                       counting: ("batch", "message", "messages"), into: &diagnostics)
            self.batchOpen = false
            self.batchSeparators = nil
        default:
            self.fileTrailers += 1
            self.closeBatch(into: &diagnostics)
            guard self.fileOpen else {
                diagnostics.append(Diagnostic(.error, .hl7BatchUnexpectedSegment, at: self.location("FTS"),
                                              "a file trailer (FTS) without a file header (FHS) before it"))
                return
            }
            self.check(segment, "FTS", expected: self.batchesInFile,
                       counting: ("file", "batch", "batches"), into: &diagnostics)
            self.fileOpen = false
            self.fileSeparators = nil
        }
    }

    /// Reports the batch and file left open at the end of the input.
    mutating func finish(into diagnostics: inout [Diagnostic]) {
        self.closeBatch(into: &diagnostics)
        self.closeFile(into: &diagnostics)
    }

    private mutating func closeBatch(into diagnostics: inout [Diagnostic]) {
        guard self.batchOpen else { return }
        self.batchOpen = false
        self.batchSeparators = nil
        diagnostics.append(Diagnostic(
            .error, .hl7BatchTrailerMissing,
            at: .hl7v2(HL7v2Location(segment: "BHS", segmentOrdinal: self.batchHeaders)),
            "this batch has no trailer (BTS): the next batch segment or the end of the input came first"))
    }

    private mutating func closeFile(into diagnostics: inout [Diagnostic]) {
        guard self.fileOpen else { return }
        self.fileOpen = false
        self.fileSeparators = nil
        diagnostics.append(Diagnostic(
            .error, .hl7BatchTrailerMissing,
            at: .hl7v2(HL7v2Location(segment: "FHS", segmentOrdinal: self.fileHeaders)),
            "this file has no trailer (FTS): another file header or the end of the input came first"))
    }

    /// Compares field 1 of a trailer with the count; an empty count is not checked (the field is optional).
    private func check(_ segment: HL7v2Segment, _ id: String, expected: Int,
                       counting: (container: String, singular: String, plural: String),
                       into diagnostics: inout [Diagnostic]) {
        let field = segment.field(1)
        guard !field.isEmpty else { return }
        let location = self.location(id, field: 1)
        guard let count = Self.wholeNumber(field.bytes) else {
            diagnostics.append(Diagnostic(
                .error, .hl7BatchCountInvalid, at: location,
                "\(id)-1 must be a whole number (the number of \(counting.plural) in the \(counting.container))"))
            return
        }
        guard count != expected else { return }
        diagnostics.append(Diagnostic(.error, .hl7BatchCountMismatch, at: location,
                                      "\(id)-1 is \(count) but the \(counting.container) holds \(expected) "
                                          + (expected == 1 ? counting.singular : counting.plural)))
    }

    private func location(_ id: String, field: Int? = nil) -> SourceLocation {
        let ordinal = switch id {
        case "BTS": self.batchTrailers
        default: self.fileTrailers
        }
        return .hl7v2(HL7v2Location(segment: id, segmentOrdinal: ordinal, field: field))
    }

    /// Up to 9 digits, surrounding spaces allowed.
    private static func wholeNumber(_ bytes: ArraySlice<UInt8>) -> Int? {
        let trimmed = bytes.drop { $0 == 0x20 }.reversed().drop { $0 == 0x20 }.reversed()
        guard !trimmed.isEmpty, trimmed.count <= 9, trimmed.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        return trimmed.reduce(0) { $0 * 10 + Int($1 - 0x30) }
    }
}
