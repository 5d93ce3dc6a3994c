/// One column of a layout: where it is in the file (header name or position), which canonical field it fills, its
/// type, and whether it is required.
public struct CSVColumn: Hashable, Sendable {
    /// The header names that identify the column, the first being the one written; empty for a column found by
    /// position only.
    public var headers: [String]
    /// The column's position (1-based); when given, it wins over the header name.
    public var position: Int?
    /// The canonical field.
    public var field: CSVField
    /// How the text is checked and converted.
    public var type: CSVValueType
    /// The date format of a `date` column, when it differs from the layout's.
    public var dateFormat: CSVDateFormat?
    /// Whether an empty value (or a missing column) is an error.
    public var isRequired: Bool
    /// The text used when the value is empty, read like the file's own text.
    public var defaultValue: String?
    /// A code table: the file's code and the canonical code it stands for, in the layout's order (the first pair
    /// naming a canonical code is the one written back).
    public var codes: [(source: String, canonical: String)] {
        get { self.codePairs.map { ($0.source, $0.canonical) } }
        set { self.codePairs = newValue.map { CodePair(source: $0.source, canonical: $0.canonical) } }
    }
    /// For a `decimal` column: the fewest digits written after the decimal separator (`45.5` with 2 is `45.50`).
    public var fractionDigits: Int?

    private var codePairs: [CodePair] = []

    private struct CodePair: Hashable, Sendable {
        var source: String
        var canonical: String
    }

    /// Creates a column.
    public init(headers: [String] = [], position: Int? = nil, field: CSVField, type: CSVValueType? = nil,
                dateFormat: CSVDateFormat? = nil, isRequired: Bool = false, defaultValue: String? = nil,
                codes: [(source: String, canonical: String)] = [], fractionDigits: Int? = nil) {
        self.headers = headers
        self.position = position
        self.field = field
        self.type = type ?? field.valueType
        self.dateFormat = dateFormat
        self.isRequired = isRequired
        self.defaultValue = defaultValue
        self.fractionDigits = fractionDigits
        self.codes = codes
    }

    /// How the column is named in messages: its first header, or `column N`.
    public var name: String { self.headers.first ?? self.position.map { "column \($0)" } ?? self.field.description }

    /// The canonical code for a file's code, when the column has a code table that lists it.
    func canonicalCode(for source: String) -> String? {
        self.codePairs.first { $0.source == source }?.canonical
    }

    /// The file's code for a canonical code, when the column has a code table that lists it.
    func sourceCode(for canonical: String) -> String? {
        self.codePairs.first { $0.canonical == canonical }?.source
    }

    /// Whether the column has a code table.
    var hasCodeTable: Bool { !self.codePairs.isEmpty }
}
