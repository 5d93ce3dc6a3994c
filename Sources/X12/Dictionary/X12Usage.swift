/// Whether an element or component must be present.
public enum X12Usage: String, Hashable, Sendable, Decodable {
    /// Mandatory.
    case mandatory = "M"
    /// Optional.
    case optional = "O"
    /// Relational: required or forbidden by a syntax note.
    case relational = "X"
}
