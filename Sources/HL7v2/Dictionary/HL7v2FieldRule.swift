/// A field or component definition compiled for validation: its components resolved (two levels deep), the codes
/// of its closed HL7 table attached, and whether its type has a form to check. Built once per dictionary, shared.
final class HL7v2FieldRule: Sendable {
    let position: Int
    let name: String
    let type: String
    let required: Bool
    let maximumRepetitions: Int
    let maximumLength: Int?
    let table: String?
    /// The components of a composite type (`nil` for a primitive, or past the second level).
    let components: [HL7v2FieldRule]?
    /// The codes of the field's closed table, for an `ID`.
    let closedCodes: Set<String>?
    /// Whether the type has a form to check (NM, DT, DTM …).
    let checksForm: Bool

    init(field: HL7v2Dictionary.Field, components: [HL7v2FieldRule]?, closedCodes: Set<String>?, checksForm: Bool) {
        self.position = field.position
        self.name = field.name
        self.type = field.type
        self.required = field.required
        self.maximumRepetitions = field.maximumRepetitions
        self.maximumLength = field.maximumLength
        self.table = field.table
        self.components = components
        self.closedCodes = closedCodes
        self.checksForm = checksForm
    }
}
