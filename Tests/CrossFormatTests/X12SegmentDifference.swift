/// The segments two X12 interchanges (one segment per line) do not share, for a readable failure message:
/// `- REF*DP*…` is only in the expected interchange, `+ …` only in the actual one. Test data only: example
/// documents hold no patient data.
struct X12SegmentDifference: CustomStringConvertible {
    /// Segments of the expected interchange the actual one lacks.
    var missing: [Substring]
    /// Segments of the actual interchange the expected one lacks.
    var extra: [Substring]

    /// Compares `actual` with `expected`, segment by segment as multisets (order is left out).
    init(expected: String, actual: String) {
        let expectedSegments = expected.split(separator: "\n")
        let actualSegments = actual.split(separator: "\n")
        self.missing = Self.subtract(actualSegments, from: expectedSegments)
        self.extra = Self.subtract(expectedSegments, from: actualSegments)
    }

    private static func subtract(_ removed: [Substring], from all: [Substring]) -> [Substring] {
        var remaining = removed
        return all.filter { segment in
            guard let index = remaining.firstIndex(of: segment) else { return true }
            remaining.remove(at: index)
            return false
        }
    }

    var description: String {
        (self.missing.map { "- \($0)" } + self.extra.map { "+ \($0)" }).joined(separator: "\n")
    }
}
