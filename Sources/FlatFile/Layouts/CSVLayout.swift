import Canonical
import WharfCore

/// A layout: how the rows of a delimited file map to one kind of canonical document, and back.
///
/// Layouts are data (`specs/csv/*.yaml` for the built-in ones, `specs/csv/README.md` for the format) loaded by
/// ``CSVLayoutLoader``; a ``CSVLayoutCatalog`` holds the ones a program knows. Each row of the file is one line of
/// a document; rows with equal ``groupBy`` values make one document, in the order their first rows appear.
///
/// ```swift
/// let layout = CSVLayoutCatalog.builtIn.layout(named: "order-lines")!
/// layout.documentKind      // .order
/// layout.format            // csv:order-lines@1
/// ```
public struct CSVLayout: Hashable, Sendable {
    /// A field filled with the same value in every document or line, given as canonical text (decimals with `.`,
    /// dates in ISO 8601).
    public struct Constant: Hashable, Sendable {
        /// The field.
        public var field: CSVField
        /// The value's canonical text.
        public var text: String

        /// Creates a constant.
        public init(field: CSVField, text: String) {
            self.field = field
            self.text = text
        }
    }

    /// The layout's name, as in `--from csv:NAME` (lower-case letters, digits and `-`).
    public var name: String
    /// The layout's version (`1` unless the layout says otherwise).
    public var version: String
    /// The kind of document each group of rows makes.
    public var documentKind: CanonicalDocument.Kind
    /// What the layout is for, for people.
    public var summary: String?
    /// How the file is read (a `nil` delimiter is detected).
    public var dialect: CSVDialect
    /// How the file is written.
    public var writerOptions: CSVWriter.Options
    /// How numbers are written in the file.
    public var numberFormat: CSVNumberFormat
    /// The date format of date columns that name none.
    public var dateFormat: CSVDateFormat
    /// Texts read as empty (`NULL`, `N/A` …).
    public var nullValues: [String]
    /// What reading does with columns the layout does not map.
    public var unknownColumns: CSVUnknownColumnPolicy
    /// The document fields whose values identify a document; empty: the whole file is one document.
    public var groupBy: [CSVField]
    /// Fields with the same value everywhere.
    public var constants: [Constant]
    /// The columns, in the order they are written.
    public var columns: [CSVColumn]

    /// Creates a layout; ``CSVLayoutLoader`` checks the rules that this initializer does not.
    public init(name: String, version: String = "1", documentKind: CanonicalDocument.Kind, summary: String? = nil,
                dialect: CSVDialect = CSVDialect(), writerOptions: CSVWriter.Options = CSVWriter.Options(),
                numberFormat: CSVNumberFormat = CSVNumberFormat(), dateFormat: CSVDateFormat = .iso8601,
                nullValues: [String] = [], unknownColumns: CSVUnknownColumnPolicy = .warn, groupBy: [CSVField] = [],
                constants: [Constant] = [], columns: [CSVColumn]) {
        self.name = name
        self.version = version
        self.documentKind = documentKind
        self.summary = summary
        self.dialect = dialect
        self.writerOptions = writerOptions
        self.numberFormat = numberFormat
        self.dateFormat = dateFormat
        self.nullValues = nullValues
        self.unknownColumns = unknownColumns
        self.groupBy = groupBy
        self.constants = constants
        self.columns = columns
    }

    /// The format id of files in this layout: `csv:<name>@<version>`.
    public var format: FormatID { FormatID(family: .csv, messageType: self.name, version: self.version) }

    /// The constant for `field`, if any.
    func constant(for field: CSVField) -> Constant? { self.constants.first { $0.field == field } }
}
