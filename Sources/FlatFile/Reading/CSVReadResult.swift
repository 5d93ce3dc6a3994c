import WharfCore

/// A whole file read at once by ``CSVReader/read(_:dialect:maximumRecordSize:)``.
public struct CSVReadResult: Hashable, Sendable {
    /// Every record, the header included, in order.
    public var records: [CSVRecord] = []
    /// Every problem found, in input order.
    public var diagnostics: [Diagnostic] = []
    /// The delimiter used (detected or given); `nil` only for an empty input.
    public var delimiter: UInt8?
    /// The encoding used (detected or given).
    public var encoding: CSVEncoding?
    /// Whether the first record is a header (as the dialect said).
    public var hasHeader = true

    /// Creates an empty result.
    public init() {}

    /// The header record, when the dialect has one and the file is not empty.
    public var header: CSVRecord? { self.hasHeader ? self.records.first : nil }

    /// The records after the header.
    public var dataRecords: ArraySlice<CSVRecord> { self.records.dropFirst(self.hasHeader ? 1 : 0) }

    /// True when an error was found.
    public var hasErrors: Bool { self.diagnostics.contains { $0.severity == .error } }
}
