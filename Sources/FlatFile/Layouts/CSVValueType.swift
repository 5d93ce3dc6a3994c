/// The type of a layout column: how its text is checked and converted.
public enum CSVValueType: String, Hashable, Sendable, CaseIterable {
    /// Any text, kept as it is (trimmed).
    case text
    /// An exact decimal number with the layout's decimal separator (and grouping separator, if any); never a
    /// floating-point value.
    case decimal
    /// A whole number: an optional sign and digits.
    case integer
    /// A date in the column's format (`yyyyMMdd`, `MM/dd/yyyy`, `yyyy-MM-dd` …).
    case date
    /// A code, optionally translated by the column's code table.
    case code

    /// The types a column may have for a field of this type.
    func accepts(_ columnType: CSVValueType) -> Bool {
        switch self {
        case .text: columnType == .text || columnType == .code || columnType == .integer
        case .code: columnType == .code || columnType == .text
        case .decimal: columnType == .decimal || columnType == .integer
        case .integer: columnType == .integer
        case .date: columnType == .date
        }
    }
}
