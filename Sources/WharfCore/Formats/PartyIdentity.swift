/// An identity as it appears on an envelope: a qualifier (X12 ISA05/ISA07, HL7 namespace) and an id.
public struct PartyIdentity: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The qualifier (`ZZ`, `01`, `14`, an HL7 facility), possibly empty.
    public var qualifier: String
    /// The identifier, trimmed of envelope padding.
    public var id: String

    /// Creates an identity.
    public init(qualifier: String, id: String) {
        self.qualifier = qualifier
        self.id = id
    }

    /// `QUALIFIER:ID`, the form the CLI accepts in `--sender`/`--receiver`.
    public var description: String { self.qualifier.isEmpty ? self.id : "\(self.qualifier):\(self.id)" }
}
