import WharfCore

/// Writes segments with a chosen set of separators: text is escaped, trailing empty fields, repetitions, components
/// and subcomponents are left out, MSH (and FHS, BHS) get MSH-1 and MSH-2 from the separators, and each segment ends
/// with the chosen terminator (CR unless told otherwise).
///
/// ```swift
/// var writer = HL7v2Writer()
/// var msh = HL7v2OutputSegment("MSH")
/// msh[3] = "WHARF"; msh[9] = HL7v2OutputField(components: ["OMS", "O05"]); msh[10] = "1"; msh[11] = "P"
/// msh[12] = "2.5.1"
/// try writer.write(msh)
/// try writer.write(HL7v2OutputSegment("RQD", ["1", HL7v2OutputField(components: ["ITEM-1", "Gauze & tape"])]))
/// let bytes = writer.bytes   // MSH|^~\&|WHARF|||||OMS^O05|1|P|2.5.1<CR>RQD|1|ITEM-1^Gauze \T\ tape<CR>
/// ```
public struct HL7v2Writer: Sendable {
    /// The separators written.
    public let separators: HL7v2Separators
    /// What ends each segment.
    public let terminator: HL7v2SegmentTerminator
    /// What has been written so far.
    public private(set) var bytes: [UInt8] = []

    /// Creates a writer.
    /// - Parameters:
    ///   - separators: the separators; they must be complete (``HL7v2Separators/isComplete``) to write.
    ///   - terminator: what ends each segment (CR by default, as the standard says).
    public init(separators: HL7v2Separators = .standard, terminator: HL7v2SegmentTerminator = .carriageReturn) {
        self.separators = separators
        self.terminator = terminator
        self.bytes.reserveCapacity(1024)
    }

    /// Writes a whole message at once.
    /// - Throws: ``TranslationError`` as ``write(_:)-(HL7v2OutputSegment)`` does.
    public static func message(_ segments: [HL7v2OutputSegment], separators: HL7v2Separators = .standard,
                               terminator: HL7v2SegmentTerminator = .carriageReturn) throws(TranslationError)
        -> [UInt8]
    {
        var writer = HL7v2Writer(separators: separators, terminator: terminator)
        try writer.write(segments)
        return writer.bytes
    }

    /// Appends several segments.
    /// - Throws: ``TranslationError`` as ``write(_:)-(HL7v2OutputSegment)`` does.
    public mutating func write(_ segments: [HL7v2OutputSegment]) throws(TranslationError) {
        for segment in segments { try self.write(segment) }
    }

    /// Appends one segment.
    /// - Throws: ``TranslationError`` `hl7.encoding.invalid-separators` when the separators are incomplete,
    ///   `hl7.segment.invalid-id` for an identifier that is not three upper-case letters or digits starting with a
    ///   letter, `hl7.write.separator-mismatch` when MSH-1/MSH-2 are given and differ from the writer's separators,
    ///   `hl7.write.invalid-value` when a pre-encoded value holds a line break or the field separator.
    public mutating func write(_ segment: HL7v2OutputSegment) throws(TranslationError) {
        guard self.separators.isComplete else {
            throw TranslationError(code: .hl7EncodingInvalidSeparators,
                                   message: "a message cannot be written without all four encoding characters")
        }
        let code = HL7v2SegmentID.code(segment.id)
        guard HL7v2SegmentID.isValid(code) else {
            throw TranslationError(code: .hl7SegmentInvalidID, message: "a segment identifier to write is not three "
                + "upper-case letters or digits starting with a letter")
        }
        let mark = self.bytes.count
        do {
            try self.append(segment, code: code)
        } catch {
            self.bytes.removeSubrange(mark...)
            throw error
        }
        self.bytes.append(contentsOf: self.terminator.bytes)
    }

    /// Appends a message as read, segment by segment with this writer's terminator; its bytes (and its own MSH
    /// separators) are kept.
    public mutating func write(_ message: HL7v2Message) {
        for segment in message.segments { self.write(raw: segment) }
    }

    /// Appends a segment as read, with this writer's terminator; its bytes are kept.
    public mutating func write(raw segment: HL7v2Segment) {
        self.bytes.append(contentsOf: segment.bytes)
        self.bytes.append(contentsOf: self.terminator.bytes)
    }

    private mutating func append(_ segment: HL7v2OutputSegment, code: UInt32) throws(TranslationError) {
        let id = HL7v2SegmentID.text(code)
        self.bytes.append(contentsOf: id.utf8)
        var firstField = 1
        if HL7v2SegmentID.isHeader(code) {
            try self.checkHeaderFields(segment, id: id)
            self.bytes.append(self.separators.field)
            self.bytes.append(contentsOf: self.separators.encodingCharacters)
            firstField = HL7v2HeaderLayout.encodingCharactersField + 1
        }
        var lastWritten = self.bytes.count
        if firstField <= segment.fields.count {
            for position in firstField...segment.fields.count {
                self.bytes.append(self.separators.field)
                let fieldStart = self.bytes.count
                try self.append(segment.fields[position - 1], id: id, position: position)
                if self.bytes.count > fieldStart { lastWritten = self.bytes.count }
            }
        }
        self.bytes.removeSubrange(lastWritten...)
    }

    /// Checks that MSH-1 and MSH-2, when given in the writer's own terms, are the writer's separators.
    private func checkHeaderFields(_ segment: HL7v2OutputSegment, id: String) throws(TranslationError) {
        let expected = [[self.separators.field], self.separators.encodingCharacters]
        for (index, field) in segment.fields.prefix(2).enumerated() {
            switch field.content {
            case .encoded(_, .some):
                continue   // a header as read: its own separators give way to the writer's
            case .encoded(let bytes, nil):
                if bytes.isEmpty || bytes == expected[index] { continue }
            case .values(let repetitions):
                if field.isEmpty || repetitions == [[[String(decoding: expected[index], as: UTF8.self)]]] { continue }
            }
            throw TranslationError(
                code: .hl7WriteSeparatorMismatch,
                message: "\(id)-\(index + 1) differs from the writer's separators; leave it empty",
                location: .hl7v2(HL7v2Location(segment: id, segmentOrdinal: 1, field: index + 1)))
        }
    }

    /// Appends one field, leaving out its trailing empty repetitions, components and subcomponents.
    private mutating func append(_ field: HL7v2OutputField, id: String, position: Int) throws(TranslationError) {
        switch field.content {
        case .encoded(let encoded, let source):
            try self.appendEncoded(encoded, from: source, id: id, position: position)
        case .values(let repetitions):
            let start = self.bytes.count
            var lastRepetition = start
            for (index, components) in repetitions.enumerated() {
                if index > 0 { self.bytes.append(self.separators.repetition!) }
                let repetitionStart = self.bytes.count
                var lastComponent = repetitionStart
                for (componentIndex, subcomponents) in components.enumerated() {
                    if componentIndex > 0 { self.bytes.append(self.separators.component!) }
                    let componentStart = self.bytes.count
                    var lastSubcomponent = componentStart
                    for (subIndex, text) in subcomponents.enumerated() {
                        if subIndex > 0 { self.bytes.append(self.separators.subcomponent!) }
                        HL7v2EscapeEncoder.append(text, separators: self.separators, to: &self.bytes)
                        if !text.isEmpty { lastSubcomponent = self.bytes.count }
                    }
                    self.bytes.removeSubrange(lastSubcomponent...)
                    if lastSubcomponent > componentStart { lastComponent = self.bytes.count }
                }
                self.bytes.removeSubrange(lastComponent...)
                if lastComponent > repetitionStart { lastRepetition = self.bytes.count }
            }
            self.bytes.removeSubrange(lastRepetition...)
        }
    }

    /// Appends a value already in HL7 form; one written with other separators is translated to this writer's
    /// (``HL7v2EncodedTranslator``).
    private mutating func appendEncoded(_ encoded: [UInt8], from source: HL7v2Separators?, id: String,
                                        position: Int) throws(TranslationError) {
        guard let source, source != self.separators else {
            guard !encoded.contains(where: { $0 == 0x0D || $0 == 0x0A || $0 == self.separators.field }) else {
                throw TranslationError(
                    code: .hl7WriteInvalidValue,
                    message: "\(id)-\(position) is given encoded but holds a line break or the field separator",
                    location: .hl7v2(HL7v2Location(segment: id, segmentOrdinal: 1, field: position)))
            }
            self.bytes.append(contentsOf: encoded)
            return
        }
        HL7v2EncodedTranslator.append(encoded, from: source, to: self.separators, into: &self.bytes)
    }
}
