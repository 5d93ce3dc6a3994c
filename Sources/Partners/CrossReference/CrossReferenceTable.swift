/// What a cross-reference table translates.
public enum CrossReferenceKind: String, Sendable, Hashable, CaseIterable {
    /// Item identifiers: a row ties a buyer part, a vendor part, a GTIN … of one item (columns named by canonical
    /// item identifier kinds).
    case items
    /// Units of measure: `partner` code ↔ `canonical` code.
    case units
    /// Party identifiers: `partner` value ↔ `canonical` value.
    case parties
    /// Locations or departments → cost centers: `location` → `costCenter`.
    case costCenters
}

/// What an unmapped value does.
public enum UnmappedPolicy: String, Sendable, Hashable {
    /// The translation fails with a located diagnostic; nothing is written.
    case fail
    /// A warning is reported and the value is kept.
    case warn
    /// The value is kept silently.
    case passThrough
}

/// A cross-reference table loaded from a CSV file beside a profile.
public struct CrossReferenceTable: Sendable, Hashable {
    public var kind: CrossReferenceKind
    /// The CSV file, relative to the profile's folder.
    public var file: String
    public var onUnmapped: UnmappedPolicy
    /// The header's column names.
    public var columns: [String]
    /// The rows, each as long as `columns` (empty cells are empty strings).
    public var rows: [[String]]

    /// The first row whose `column` is `value`.
    public func row(where column: String, is value: String) -> [String: String]? {
        guard let index = self.columns.firstIndex(of: column),
              let row = self.rows.first(where: { $0[index] == value }) else { return nil }
        return Dictionary(uniqueKeysWithValues: zip(self.columns, row))
    }

    /// The columns every table of a kind must have.
    static func requiredColumns(_ kind: CrossReferenceKind) -> [String] {
        switch kind {
        case .items: return []
        case .units, .parties: return ["partner", "canonical"]
        case .costCenters: return ["location", "costCenter"]
        }
    }
}
