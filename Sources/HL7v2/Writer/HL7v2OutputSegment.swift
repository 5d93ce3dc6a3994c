/// One segment to write: its identifier and its fields, by HL7 position.
///
/// `fields[0]` is field 1. For MSH, FHS and BHS, fields 1 and 2 are the separators: the writer writes its own there,
/// so leave them empty (or give exactly the writer's).
///
/// ```swift
/// var msh = HL7v2OutputSegment("MSH")
/// msh[3] = "WHARF"
/// msh[9] = HL7v2OutputField(components: ["OMS", "O05", "OMS_O05"])
/// ```
public struct HL7v2OutputSegment: Hashable, Sendable {
    /// The segment identifier (`PID`).
    public var id: String
    /// The fields, field 1 first.
    public var fields: [HL7v2OutputField]

    /// Creates a segment.
    public init(_ id: String, _ fields: [HL7v2OutputField] = []) {
        self.id = id
        self.fields = fields
    }

    /// A segment as read, every field kept in its encoded form (the writer translates the separators when its own
    /// differ).
    public init(_ segment: HL7v2Segment) {
        self.id = segment.id
        self.fields = segment.fields.map(HL7v2OutputField.init)
    }

    /// Field `position` (1-based); setting past the end adds empty fields before it.
    public subscript(position: Int) -> HL7v2OutputField {
        get { position >= 1 && position <= self.fields.count ? self.fields[position - 1] : .empty }
        set {
            precondition(position >= 1, "HL7 field positions start at 1")
            while self.fields.count < position { self.fields.append(.empty) }
            self.fields[position - 1] = newValue
        }
    }
}
