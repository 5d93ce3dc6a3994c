/// A position in a delimited text file: record (header = 1), column number and header name.
public struct CSVLocation: Hashable, Sendable, Codable {
    /// The record number, counting the header record as 1.
    public var record: Int
    /// The column (1-based), when the problem is in one value.
    public var column: Int?
    /// The column's header name, when the file has a header.
    public var header: String?

    /// Creates a location.
    public init(record: Int, column: Int? = nil, header: String? = nil) {
        self.record = record
        self.column = column
        self.header = header
    }

    /// `record 17, column 4 (quantity)`.
    public var text: String {
        var text = "record \(self.record)"
        if let column = self.column { text += ", column \(column)" }
        if let header = self.header { text += " (\(header))" }
        return text
    }

    private enum CodingKeys: String, CodingKey { case format, record, column, header }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(record: try container.decode(Int.self, forKey: .record),
                  column: try container.decodeIfPresent(Int.self, forKey: .column),
                  header: try container.decodeIfPresent(String.self, forKey: .header))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode("csv", forKey: .format)
        try container.encode(self.record, forKey: .record)
        try container.encodeOrNull(self.column, forKey: .column)
        try container.encodeOrNull(self.header, forKey: .header)
    }
}
