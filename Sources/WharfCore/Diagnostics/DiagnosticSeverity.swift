/// How serious a diagnostic is. Only `error` makes a document invalid.
public enum DiagnosticSeverity: String, Hashable, Sendable, Codable, Comparable, CaseIterable {
    /// Informational: nothing is wrong, but something is worth knowing (e.g. no dictionary for a version).
    case info
    /// Tolerated deviation from the standard; the document is still valid.
    case warning
    /// The document violates the standard; validation fails and acknowledgments reject it.
    case error

    private var rank: Int {
        switch self {
        case .info: 0
        case .warning: 1
        case .error: 2
        }
    }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rank < rhs.rank }
}
