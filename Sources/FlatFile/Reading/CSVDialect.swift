/// How a delimited file is written: delimiter, quoting, escaping, header row and encoding.
///
/// The default reads RFC 4180 files and the usual variants: the delimiter is detected among `,` `;` tab and `|`,
/// fields may be quoted with `"` (a quote inside is doubled), the first record is a header, and the encoding is
/// detected (``CSVEncoding/automatic``).
///
/// ```swift
/// let dialect = CSVDialect(delimiter: UInt8(ascii: ";"), encoding: .latin1)
/// ```
public struct CSVDialect: Hashable, Sendable {
    /// The delimiters detection chooses from, in order of preference on a tie: `,` `;` tab `|`.
    public static let detectableDelimiters: [UInt8] = [0x2C, 0x3B, 0x09, 0x7C]

    /// The byte between fields, or `nil` to detect it from the first records (see ``detectableDelimiters``).
    public var delimiter: UInt8?
    /// The byte that quotes a field, or `nil` when the file never quotes (a `"` is then an ordinary character).
    public var quote: UInt8?
    /// A byte that makes the next byte literal (for example `\`), or `nil` when a quote inside a quoted field is
    /// written twice, as RFC 4180 says.
    public var escape: UInt8?
    /// Whether the first record names the columns.
    public var hasHeader: Bool
    /// The character encoding.
    public var encoding: CSVEncoding

    /// Creates a dialect.
    /// - Parameters:
    ///   - delimiter: the delimiter, or `nil` to detect it.
    ///   - quote: the quote character, or `nil` for none.
    ///   - escape: the escape character, or `nil` for doubled quotes.
    ///   - hasHeader: whether the first record is a header.
    ///   - encoding: the encoding.
    public init(delimiter: UInt8? = nil, quote: UInt8? = UInt8(ascii: "\""), escape: UInt8? = nil,
                hasHeader: Bool = true, encoding: CSVEncoding = .automatic) {
        self.delimiter = delimiter
        self.quote = quote
        self.escape = escape == quote ? nil : escape
        self.hasHeader = hasHeader
        self.encoding = encoding
    }
}
