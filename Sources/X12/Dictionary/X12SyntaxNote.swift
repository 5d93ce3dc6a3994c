/// A relational condition between elements of a segment or components of a composite, e.g. `P0607`.
public struct X12SyntaxNote: Hashable, Sendable, CustomStringConvertible {
    /// The kind of condition.
    public enum Kind: Character, Hashable, Sendable {
        /// All or none of the positions are present.
        case paired = "P"
        /// At least one of the positions is present.
        case required = "R"
        /// At most one of the positions is present.
        case exclusion = "E"
        /// If the first is present, all the others are.
        case conditional = "C"
        /// If the first is present, at least one of the others is.
        case listConditional = "L"
    }

    /// The kind of condition.
    public var kind: Kind
    /// The positions (1-based) it relates, in the order written.
    public var positions: [Int]

    /// Reads the standard's notation: a letter followed by two digits per position (`P0607`, `R020304`).
    public init?(_ text: String) {
        guard let letter = text.first, let kind = Kind(rawValue: letter) else { return nil }
        let digits = Array(text.dropFirst())
        guard digits.count >= 4, digits.count.isMultiple(of: 2) else { return nil }
        var positions: [Int] = []
        for index in stride(from: 0, to: digits.count, by: 2) {
            guard let position = Int(String(digits[index...index + 1])), position > 0 else { return nil }
            positions.append(position)
        }
        self.kind = kind
        self.positions = positions
    }

    public var description: String {
        String(self.kind.rawValue) + self.positions.map { $0 < 10 ? "0\($0)" : "\($0)" }.joined()
    }
}
