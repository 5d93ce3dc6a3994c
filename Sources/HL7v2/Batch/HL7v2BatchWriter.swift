import WharfCore

/// Writes a batch file: `[FHS] { BHS { message } BTS } [FTS]`, with BTS-1 (the batch's message count) and FTS-1 (the
/// file's batch count) filled in.
///
/// ```swift
/// var batch = HL7v2BatchWriter()
/// try batch.beginFile()
/// try batch.beginBatch(HL7v2OutputSegment("BHS", ["", "", "WHARF"]))
/// try batch.write(message: orderSegments)
/// try batch.write(message: otherOrderSegments)
/// try batch.endBatch()                 // BTS|2
/// let bytes = try batch.finish()       // FTS|1
/// ```
public struct HL7v2BatchWriter: Sendable {
    private var writer: HL7v2Writer
    private var fileOpen = false
    private var batchOpen = false
    private var started = false
    private var messagesInBatch = 0
    private var batchesInFile = 0

    /// Creates a batch writer.
    /// - Parameters:
    ///   - separators: the separators of the batch headers and of the messages written from output segments.
    ///   - terminator: what ends each segment.
    public init(separators: HL7v2Separators = .standard, terminator: HL7v2SegmentTerminator = .carriageReturn) {
        self.writer = HL7v2Writer(separators: separators, terminator: terminator)
    }

    /// What has been written so far.
    public var bytes: [UInt8] { self.writer.bytes }

    /// Writes the file header (FHS); only before anything else.
    /// - Throws: ``TranslationError`` `hl7.write.batch-order` when something was written already or `header` is not
    ///   an FHS, or what ``HL7v2Writer/write(_:)-(HL7v2OutputSegment)`` throws.
    public mutating func beginFile(_ header: HL7v2OutputSegment = HL7v2OutputSegment("FHS")) throws(TranslationError) {
        guard !self.started else { throw Self.orderError("a file header (FHS) must come first") }
        guard header.id == "FHS" else { throw Self.orderError("a file header must be an FHS segment") }
        try self.writer.write(header)
        self.started = true
        self.fileOpen = true
    }

    /// Writes a batch header (BHS).
    /// - Throws: ``TranslationError`` `hl7.write.batch-order` when a batch is open or `header` is not a BHS.
    public mutating func beginBatch(_ header: HL7v2OutputSegment = HL7v2OutputSegment("BHS")) throws(TranslationError) {
        guard !self.batchOpen else { throw Self.orderError("a batch header (BHS) inside an open batch; end it first") }
        guard header.id == "BHS" else { throw Self.orderError("a batch header must be a BHS segment") }
        try self.writer.write(header)
        self.started = true
        self.batchOpen = true
        self.messagesInBatch = 0
        if self.fileOpen { self.batchesInFile += 1 }
    }

    /// Writes one message from its segments, MSH first.
    /// - Throws: what ``HL7v2Writer/write(_:)-(HL7v2OutputSegment)`` throws.
    public mutating func write(message segments: [HL7v2OutputSegment]) throws(TranslationError) {
        try self.writer.write(segments)
        self.counted()
    }

    /// Writes one message as read (its own MSH and separators kept).
    public mutating func write(_ message: HL7v2Message) {
        self.writer.write(message)
        self.counted()
    }

    /// Writes the batch trailer: BTS-1 the number of messages of the batch, BTS-2 the optional comment.
    /// - Throws: ``TranslationError`` `hl7.write.batch-order` when no batch is open.
    public mutating func endBatch(comment: String? = nil) throws(TranslationError) {
        guard self.batchOpen else { throw Self.orderError("a batch trailer (BTS) without a batch header (BHS)") }
        try self.writer.write(HL7v2OutputSegment("BTS", [HL7v2OutputField(String(self.messagesInBatch)),
                                                         HL7v2OutputField(comment ?? "")]))
        self.batchOpen = false
    }

    /// Writes the file trailer (ending the open batch first): FTS-1 the number of batches, FTS-2 the comment.
    /// - Throws: ``TranslationError`` `hl7.write.batch-order` when no file is open.
    public mutating func endFile(comment: String? = nil) throws(TranslationError) {
        guard self.fileOpen else { throw Self.orderError("a file trailer (FTS) without a file header (FHS)") }
        if self.batchOpen { try self.endBatch() }
        try self.writer.write(HL7v2OutputSegment("FTS", [HL7v2OutputField(String(self.batchesInFile)),
                                                         HL7v2OutputField(comment ?? "")]))
        self.fileOpen = false
    }

    /// Ends the open batch and file, if any, and returns everything written.
    /// - Throws: what ``endBatch(comment:)`` and ``endFile(comment:)`` throw.
    public mutating func finish() throws(TranslationError) -> [UInt8] {
        if self.batchOpen { try self.endBatch() }
        if self.fileOpen { try self.endFile() }
        return self.writer.bytes
    }

    private mutating func counted() {
        self.started = true
        if self.batchOpen { self.messagesInBatch += 1 }
    }

    private static func orderError(_ message: String) -> TranslationError {
        TranslationError(code: .hl7WriteBatchOrder, message: message)
    }
}
