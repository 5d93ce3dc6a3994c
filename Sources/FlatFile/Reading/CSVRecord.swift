/// One record of a delimited file: its number and its fields as UTF-8 text.
///
/// The fields are stored back to back in one byte array, so a record costs two allocations however many fields it
/// has. Columns are numbered from 1, as spreadsheets and layouts count them.
///
/// ```swift
/// let record: CSVRecord = …
/// record.number              // 3: the header is record 1
/// record[column: 2]          // "Gauze 4x4", or nil past the last field
/// record.utf8(column: 2)     // the same as bytes, without making a String
/// ```
public struct CSVRecord: Hashable, Sendable, CustomStringConvertible {
    /// The record's number in the file, counting the header (when there is one) as 1 and counting empty lines.
    public let number: Int
    private let bytes: [UInt8]
    private let ends: [Int]

    /// Creates a record from its fields.
    /// - Parameters:
    ///   - number: the record number (header = 1).
    ///   - fields: the fields' text.
    public init(number: Int, fields: [String]) {
        var bytes: [UInt8] = []
        var ends: [Int] = []
        for field in fields {
            bytes.append(contentsOf: field.utf8)
            ends.append(bytes.count)
        }
        self.init(number: number, bytes: bytes, ends: ends)
    }

    /// Creates a record from UTF-8 bytes and the end offset of each field.
    init(number: Int, bytes: [UInt8], ends: [Int]) {
        self.number = number
        self.bytes = bytes
        self.ends = ends
    }

    /// The number of fields.
    public var count: Int { self.ends.count }

    /// The UTF-8 bytes of the field in `column` (1-based), or `nil` past the last field.
    public func utf8(column: Int) -> ArraySlice<UInt8>? {
        guard column >= 1, column <= self.ends.count else { return nil }
        let start = column == 1 ? 0 : self.ends[column - 2]
        return self.bytes[start..<self.ends[column - 1]]
    }

    /// The text of the field in `column` (1-based), or `nil` past the last field.
    public subscript(column column: Int) -> String? {
        self.utf8(column: column).map { String(decoding: $0, as: UTF8.self) }
    }

    /// Every field's text, in order.
    public var fields: [String] {
        (0..<self.count).map { offset in self[column: offset + 1] ?? "" }
    }

    /// True when every field is empty (a line of delimiters, as spreadsheets leave at the end of an export).
    public var isBlank: Bool { self.bytes.isEmpty }

    /// `record 3 (4 fields)`: never the content, which may be patient data.
    public var description: String { "record \(self.number) (\(self.count) fields)" }
}
