/// One value of a row: the field it fills and the layout column it came from (`nil` for a layout constant).
struct CSVCell: Hashable, Sendable {
    /// The index of the column in the layout, or `nil` for a constant.
    let column: Int?
    /// The canonical field.
    let field: CSVField
    /// The converted value.
    let value: CSVValue
}

/// One record converted by a layout: its document values, its line values, and whether anything failed.
struct CSVRow: Sendable {
    /// The record number (header = 1).
    let record: Int
    /// The values of document fields, constants included.
    var document: [CSVCell] = []
    /// The values of line fields, constants included.
    var line: [CSVCell] = []
    /// True when a value could not be converted or a required value is missing: the row's document is rejected.
    var failed = false
    /// True when a column (not a constant) gave a line field a value: the row makes a line.
    var hasLineContent = false
}
