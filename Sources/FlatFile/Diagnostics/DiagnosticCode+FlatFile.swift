import WharfCore

/// The codes of the FlatFile module (`specs/csv/README.md` lists them with their meaning).
extension DiagnosticCode {
    // MARK: Reading

    /// A record has another number of fields than the first record (warning; the record is still read).
    public static let csvRecordRagged = DiagnosticCode("csv.record.ragged")
    /// A record holds NUL bytes, which were dropped (warning).
    public static let csvRecordNulByte = DiagnosticCode("csv.record.nul-byte")
    /// A record is longer than the reader's limit and was skipped (error).
    public static let csvRecordTooLarge = DiagnosticCode("csv.record.too-large")
    /// The input ends inside a quoted field (error; the field is read up to the end).
    public static let csvQuoteUnterminated = DiagnosticCode("csv.quote.unterminated")
    /// A quote inside an unquoted field, or text after a closing quote, kept as it is (warning).
    public static let csvQuoteStray = DiagnosticCode("csv.quote.stray")
    /// Bytes that are not valid in the file's encoding (error; a warning when Latin-1 was assumed instead).
    public static let csvEncodingInvalid = DiagnosticCode("csv.encoding.invalid")
    /// Two columns of the header have the same name; the first one is used (warning).
    public static let csvHeaderDuplicate = DiagnosticCode("csv.header.duplicate")
    /// The input holds no record at all (warning).
    public static let csvFileEmpty = DiagnosticCode("csv.file.empty")

    // MARK: Layouts

    /// No layout has the name asked for (thrown).
    public static let csvLayoutUnknown = DiagnosticCode("csv.layout.unknown")
    /// A layout file breaks the layout format (`specs/csv/README.md`).
    public static let csvLayoutInvalid = DiagnosticCode("csv.layout.invalid")
    /// A column of the file that the layout does not map (a warning, or as the layout's `unknownColumns` says).
    public static let csvLayoutUnknownColumn = DiagnosticCode("csv.layout.unknown-column")
    /// A column the layout requires is not in the file's header (thrown: no row can be mapped).
    public static let csvLayoutMissingColumn = DiagnosticCode("csv.layout.missing-column")

    // MARK: Values

    /// A value that must be a number is not one in the column's format (error).
    public static let csvValueNotANumber = DiagnosticCode("csv.value.not-a-number")
    /// A value that must be a date does not match the column's date format or is not a real date (error).
    public static let csvValueInvalidDate = DiagnosticCode("csv.value.invalid-date")
    /// A required value is empty or its column is missing from the record (error).
    public static let csvValueRequiredMissing = DiagnosticCode("csv.value.required-missing")
    /// A code that the column's code table does not list; it is kept as it is (warning).
    public static let csvValueUnknownCode = DiagnosticCode("csv.value.unknown-code")
    /// A value that the layout's column cannot carry when writing (a date finer than the format, a second value);
    /// written as far as it goes (warning).
    public static let csvValueUnrepresentable = DiagnosticCode("csv.value.unrepresentable")

    // MARK: Documents

    /// Rows of one document disagree on a document-level value; the first non-empty value is kept (warning).
    public static let csvDocumentInconsistent = DiagnosticCode("csv.document.inconsistent")
    /// A document was not produced because one of its rows could not be mapped (error).
    public static let csvDocumentRejected = DiagnosticCode("csv.document.rejected")
}
