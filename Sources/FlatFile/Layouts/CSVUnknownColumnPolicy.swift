/// What reading does with a column of the file that the layout does not map.
public enum CSVUnknownColumnPolicy: String, Hashable, Sendable, CaseIterable {
    /// Nothing.
    case ignore
    /// A `csv.layout.unknown-column` warning per column.
    case warn
    /// A `csv.layout.unknown-column` error per column (the file is invalid, the documents are still mapped).
    case error
}
