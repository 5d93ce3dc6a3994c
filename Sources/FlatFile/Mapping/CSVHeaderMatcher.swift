/// Matches layout header names with a file's header: exactly first, then ignoring case, surrounding spaces and runs
/// of spaces (`PO Number ` and `po  number` are the same column).
enum CSVHeaderMatcher {
    /// The form compared when an exact match fails.
    static func normalized(_ name: String) -> String {
        name.lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
    }

    /// The 1-based position in `header` of the first of `names` found, or `nil`.
    static func position(of names: [String], in header: [String]) -> Int? {
        for name in names {
            if let index = header.firstIndex(of: name) { return index + 1 }
        }
        let normalizedHeader = header.map(Self.normalized)
        for name in names {
            if let index = normalizedHeader.firstIndex(of: Self.normalized(name)) { return index + 1 }
        }
        return nil
    }
}
