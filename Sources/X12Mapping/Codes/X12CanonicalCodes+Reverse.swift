extension X12CanonicalCodes {
    /// The X12 code for a canonical value: the source qualifier when the document kept one, else the first X12 code
    /// (in sorted order, so the choice is stable) that the table maps to `canonical`, else `fallback`.
    static func code(for canonical: String, in table: X12CodeTable, keeping qualifier: String?,
                     fallback: String? = nil) -> String? {
        if let qualifier, !qualifier.isEmpty { return qualifier }
        if canonical.hasPrefix("x12:") { return String(canonical.dropFirst(4)) }
        return table.entries.filter { $0.value == canonical }.keys.sorted().first ?? fallback
    }
}
