import WharfCore

/// The HL7 v2 syntax diagnostic codes. Each is to be documented in `specs/diagnostics.md`; the located ones fill ERR-2
/// of an acknowledgment. Names carry an `hl7` prefix so that they never clash with another format's codes in a module
/// that imports several formats.
extension DiagnosticCode {
    // Reading
    /// Data that is not inside a message: it does not start with MSH (or a batch segment), or the input is empty.
    public static let hl7MessageNoMSH = DiagnosticCode("hl7.message.no-msh")
    /// The field separator (MSH-1) or the encoding characters (MSH-2, FHS-2, BHS-2) are missing, too few, too many,
    /// repeated, letters or digits.
    public static let hl7EncodingInvalidSeparators = DiagnosticCode("hl7.encoding.invalid-separators")
    /// NUL or other control bytes where a segment should start; they were skipped.
    public static let hl7SyntaxControlBytes = DiagnosticCode("hl7.syntax.control-bytes")
    /// A segment identifier that is not three upper-case letters or digits starting with a letter.
    public static let hl7SegmentInvalidID = DiagnosticCode("hl7.segment.invalid-id")
    /// A message (or one segment outside a message) longer than the reader's limit; it was skipped.
    public static let hl7MessageTooLarge = DiagnosticCode("hl7.message.too-large")
    /// An escape sequence that is unknown, malformed or not terminated; its text was kept as it is.
    public static let hl7EscapeInvalid = DiagnosticCode("hl7.escape.invalid")
    /// MSH-9 (message type), MSH-10 (control id), MSH-11 (processing id) or MSH-12 (version) is empty or absent.
    public static let hl7HeaderFieldMissing = DiagnosticCode("hl7.msh.required-field-missing")

    // Batches
    /// BTS-1 is not the number of messages of its batch, or FTS-1 not the number of batches of its file.
    public static let hl7BatchCountMismatch = DiagnosticCode("hl7.batch.count-mismatch")
    /// BTS-1 or FTS-1 is not a whole number.
    public static let hl7BatchCountInvalid = DiagnosticCode("hl7.batch.count-invalid")
    /// A batch (BHS) without BTS, or a file (FHS) without FTS.
    public static let hl7BatchTrailerMissing = DiagnosticCode("hl7.batch.trailer-missing")
    /// A batch segment out of place: BTS without BHS, FTS without FHS, FHS inside a file.
    public static let hl7BatchUnexpectedSegment = DiagnosticCode("hl7.batch.unexpected-segment")

    // Writing
    /// MSH-1/MSH-2 (or FHS/BHS) given to the writer differ from the writer's separators.
    public static let hl7WriteSeparatorMismatch = DiagnosticCode("hl7.write.separator-mismatch")
    /// A pre-encoded value holds a segment terminator or the field separator.
    public static let hl7WriteInvalidValue = DiagnosticCode("hl7.write.invalid-value")
    /// A batch trailer without its header, or a file header after the first batch.
    public static let hl7WriteBatchOrder = DiagnosticCode("hl7.write.batch-order")
}

extension DiagnosticCode {
    /// A segment out of its place in the message structure, or one the structure does not have (0357: 100).
    public static let hl7SegmentSequence = DiagnosticCode("hl7.segment.sequence")
    /// A required segment or group is missing (0357: 100).
    public static let hl7SegmentMissing = DiagnosticCode("hl7.segment.required-missing")
    /// A required field or component is empty (0357: 101).
    public static let hl7FieldRequiredMissing = DiagnosticCode("hl7.field.required-missing")
    /// A value does not have its data type's form, or a field repeats more than allowed (0357: 102).
    public static let hl7FieldDataType = DiagnosticCode("hl7.field.data-type")
    /// A value is not in its HL7 table (0357: 103).
    public static let hl7FieldTableValue = DiagnosticCode("hl7.field.table-value")
    /// A value is longer than its field's maximum length (reported as a warning: 2.5.1 has no error code for it).
    public static let hl7FieldTooLong = DiagnosticCode("hl7.field.too-long")
    /// The message type is not one Wharf reads (0357: 200).
    public static let hl7MessageUnsupportedType = DiagnosticCode("hl7.message.unsupported-type")
    /// The version is not one Wharf reads (0357: 203).
    public static let hl7MessageUnsupportedVersion = DiagnosticCode("hl7.message.unsupported-version")
}
