/// One field to write: text (escaped when written), components, subcomponents, repetitions, the explicit null, or
/// text already in HL7 form.
///
/// ```swift
/// let name: HL7v2OutputField = "Gauze, 4x4 | sterile"                  // escaped: Gauze, 4x4 \F\ sterile
/// let type = HL7v2OutputField(components: ["OMS", "O05", "OMS_O05"])
/// let ids = HL7v2OutputField(repetitions: [["A1", "", "", "MR"], ["B2"]])
/// let clear = HL7v2OutputField.null                                   // ""
/// ```
public struct HL7v2OutputField: Hashable, Sendable, ExpressibleByStringInterpolation {
    /// What a field holds.
    enum Content: Hashable, Sendable {
        /// Repetitions of components of subcomponents, as plain text.
        case values([[[String]]])
        /// Bytes already in HL7 form, with the separators they were written with (`nil`: the writer's own).
        case encoded([UInt8], HL7v2Separators?)
    }

    let content: Content

    /// A simple value.
    public init(_ value: String) { self.content = .values([[[value]]]) }

    /// A simple value given as a literal (or an interpolation).
    public init(stringLiteral value: String) { self.init(value) }

    /// A value of several components (one repetition).
    public init(components: [String]) { self.content = .values([components.map { [$0] }]) }

    /// Several repetitions, each a list of components.
    public init(repetitions: [[String]]) { self.content = .values(repetitions.map { $0.map { [$0] } }) }

    /// The general form: repetitions, each a list of components, each a list of subcomponents.
    public init(nested: [[[String]]]) { self.content = .values(nested) }

    /// Text already in HL7 form with the writer's separators (escape sequences and all), written as it is. It must
    /// not hold a segment terminator or the field separator.
    public init(encoded: String) { self.content = .encoded(Array(encoded.utf8), nil) }

    /// A field as read, in the form and with the separators of its message (the writer translates them).
    public init(_ value: HL7v2Value) { self.content = .encoded(Array(value.bytes), value.separators) }

    init(content: Content) { self.content = content }

    /// The explicit null `""`: the receiver deletes what it holds.
    public static let null = HL7v2OutputField(encoded: "\"\"")

    /// An empty field (nothing sent).
    public static let empty = HL7v2OutputField("")

    /// True when nothing would be written for it.
    public var isEmpty: Bool {
        switch self.content {
        case .values(let repetitions): repetitions.allSatisfy { $0.allSatisfy { $0.allSatisfy(\.isEmpty) } }
        case .encoded(let bytes, _): bytes.isEmpty
        }
    }
}
