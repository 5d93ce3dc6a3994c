import WharfCore

/// The X12 diagnostic codes. Each is documented in `specs/diagnostics.md`; the element and segment codes line up with
/// the 997 AK3/AK4 and 999 IK3/IK4 error codes (``X12ErrorCodes``).
extension DiagnosticCode {
    // Reading
    /// The input holds no ISA segment where an interchange must start.
    public static let isaMissing = DiagnosticCode("x12.interchange.isa-missing")
    /// Bytes that are not inside any interchange (before an ISA or after an IEA).
    public static let outsideInterchange = DiagnosticCode("x12.syntax.outside-interchange")
    /// The ISA segment cannot be read: fewer than 16 elements or data ends inside it.
    public static let isaMalformed = DiagnosticCode("x12.isa.malformed")
    /// The ISA segment is not 106 bytes (read by its separators).
    public static let isaLength = DiagnosticCode("x12.isa.length")
    /// ISA16 is missing.
    public static let isaComponentSeparatorMissing = DiagnosticCode("x12.isa.component-separator-missing")
    /// An ISA field has a line break inside it.
    public static let isaLineBreak = DiagnosticCode("x12.isa.line-break")
    /// An ISA field is invalid (date, time, control number, code).
    public static let isaElementInvalid = DiagnosticCode("x12.isa.element-invalid")
    /// The interchange is EBCDIC and was read translated to ASCII.
    public static let encodingEBCDIC = DiagnosticCode("x12.encoding.ebcdic")
    /// Line breaks inside segments were removed.
    public static let lineBreakInSegment = DiagnosticCode("x12.syntax.line-break-in-segment")
    /// A line break where a segment terminator was expected (one-segment-per-line interchanges).
    public static let segmentTerminatorMissing = DiagnosticCode("x12.segment.terminator-missing")
    /// The data ends before the segment's terminator.
    public static let segmentUnterminated = DiagnosticCode("x12.segment.unterminated")
    /// A segment identifier is not 2–3 upper-case letters or digits starting with a letter.
    public static let segmentInvalidTag = DiagnosticCode("x12.segment.invalid-tag")
    /// An empty segment (two terminators in a row).
    public static let segmentEmpty = DiagnosticCode("x12.segment.empty")

    // Envelope
    /// An interchange without IEA.
    public static let ieaMissing = DiagnosticCode("x12.interchange.iea-missing")
    /// ISA13 and IEA02 differ.
    public static let interchangeControlMismatch = DiagnosticCode("x12.interchange.control-number-mismatch")
    /// IEA01 is not the number of groups.
    public static let interchangeGroupCount = DiagnosticCode("x12.interchange.group-count")
    /// A group without GE.
    public static let geMissing = DiagnosticCode("x12.group.ge-missing")
    /// GS06 and GE02 differ.
    public static let groupControlMismatch = DiagnosticCode("x12.group.control-number-mismatch")
    /// GE01 is not the number of transaction sets.
    public static let groupTransactionCount = DiagnosticCode("x12.group.transaction-count")
    /// ST01 does not belong to the functional group named by GS01.
    public static let groupFunctionalIDMismatch = DiagnosticCode("x12.group.functional-id-mismatch")
    /// A GS or GE element is invalid (date, time, control number).
    public static let groupElementInvalid = DiagnosticCode("x12.group.element-invalid")
    /// A transaction set without SE.
    public static let seMissing = DiagnosticCode("x12.transaction.se-missing")
    /// ST02 and SE02 differ.
    public static let transactionControlMismatch = DiagnosticCode("x12.transaction.control-number-mismatch")
    /// SE01 is not the number of segments from ST to SE.
    public static let transactionSegmentCount = DiagnosticCode("x12.transaction.segment-count")
    /// Two transaction sets of one group share a control number.
    public static let transactionControlDuplicate = DiagnosticCode("x12.transaction.control-number-duplicate")
    /// A transaction set with no segment between ST and SE.
    public static let transactionEmpty = DiagnosticCode("x12.transaction.empty")
    /// A segment between ISA and GS (other than TA1), or after GE.
    public static let segmentOutsideGroup = DiagnosticCode("x12.segment.outside-group")
    /// A segment between GS and ST, or between SE and the next ST/GE.
    public static let segmentOutsideTransaction = DiagnosticCode("x12.segment.outside-transaction")
    /// An envelope segment where it cannot be (e.g. GS inside a transaction set).
    public static let segmentUnexpected = DiagnosticCode("x12.segment.unexpected")

    // Structure
    /// A mandatory segment or loop of the transaction set is missing.
    public static let segmentMandatoryMissing = DiagnosticCode("x12.segment.mandatory-missing")
    /// A segment occurs more often than its max use.
    public static let segmentExceedsMaximumUse = DiagnosticCode("x12.segment.exceeds-maximum-use")
    /// A loop occurs more often than its repeat.
    public static let segmentLoopExceedsMaximum = DiagnosticCode("x12.segment.loop-exceeds-maximum")
    /// A segment of the set out of its defined order.
    public static let segmentOutOfSequence = DiagnosticCode("x12.segment.out-of-sequence")
    /// A segment the set does not define at all.
    public static let segmentNotInSet = DiagnosticCode("x12.segment.not-in-transaction-set")

    // Dictionary
    /// A segment the dictionary does not know, in a transaction set it covers.
    public static let segmentUnrecognized = DiagnosticCode("x12.segment.unrecognized")
    /// No dictionary for the version; only the envelope was checked.
    public static let dictionaryVersionUnknown = DiagnosticCode("x12.dictionary.version-unknown")
    /// A transaction set the dictionary does not cover; only known segments were checked.
    public static let dictionaryTransactionUnknown = DiagnosticCode("x12.dictionary.transaction-unknown")
    /// A mandatory element is empty or absent.
    public static let elementMandatoryMissing = DiagnosticCode("x12.element.mandatory-missing")
    /// A syntax note requires an element that is absent.
    public static let elementConditionalMissing = DiagnosticCode("x12.element.conditional-missing")
    /// A syntax note forbids two elements together.
    public static let elementExclusionViolated = DiagnosticCode("x12.element.exclusion-violated")
    /// More elements than the segment defines.
    public static let elementTooMany = DiagnosticCode("x12.element.too-many")
    /// More components than the composite defines, or components in a simple element.
    public static let elementTooManyComponents = DiagnosticCode("x12.element.too-many-components")
    /// More repetitions than allowed.
    public static let elementTooManyRepetitions = DiagnosticCode("x12.element.too-many-repetitions")
    /// An `ID` value not in its element's code list.
    public static let elementInvalidCode = DiagnosticCode("x12.element.invalid-code")
    /// Shorter than the minimum length.
    public static let elementTooShort = DiagnosticCode("x12.element.too-short")
    /// Longer than the maximum length.
    public static let elementTooLong = DiagnosticCode("x12.element.too-long")
    /// A numeric (`Nn` or `R`) element that is not a number.
    public static let elementNotNumeric = DiagnosticCode("x12.element.not-numeric")
    /// A character outside the X12 character set.
    public static let elementInvalidCharacter = DiagnosticCode("x12.element.invalid-character")
    /// A `DT` element that is not a calendar date.
    public static let elementInvalidDate = DiagnosticCode("x12.element.invalid-date")
    /// A `TM` element that is not a time of day.
    public static let elementInvalidTime = DiagnosticCode("x12.element.invalid-time")

    // Writing
    /// A value to write contains one of the interchange's delimiters (X12 has no escape).
    public static let writeDelimiterInValue = DiagnosticCode("x12.write.delimiter-in-value")
}
