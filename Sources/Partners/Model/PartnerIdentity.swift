import WharfCore

/// One way a partner is recognized: an X12 interchange id (with its GS application ids), an HL7 v2 application and
/// facility, or an HTTP client id.
public enum PartnerIdentity: Sendable, Hashable, CustomStringConvertible {
    /// ISA05/ISA06 (or ISA07/ISA08), and the GS02/GS03 application ids the partner uses.
    case x12(qualifier: String, id: String, applicationIDs: [String])
    /// MSH-3/MSH-4 (or MSH-5/MSH-6).
    case hl7v2(application: String, facility: String?)
    /// The client id an HTTP request authenticates with.
    case http(clientID: String)

    /// True when an envelope's party of the given format family is this identity. X12 parties are `QUAL:ID`; HL7 v2
    /// parties are `FACILITY:APPLICATION` (the facility may be empty).
    public func matches(_ party: PartyIdentity, family: FormatFamily) -> Bool {
        switch (self, family) {
        case (.x12(let qualifier, let id, _), .x12):
            return party.qualifier == qualifier && party.id == id
        case (.hl7v2(let application, let facility), .hl7v2):
            return party.id == application && (facility == nil || party.qualifier == facility)
        default:
            return false
        }
    }

    /// `x12 14:0614141000036`, `hl7v2 MERCY:ORCAB`, `http acme`.
    public var description: String {
        switch self {
        case .x12(let qualifier, let id, _): return "x12 \(qualifier):\(id)"
        case .hl7v2(let application, let facility): return "hl7v2 \(facility ?? ""):\(application)"
        case .http(let clientID): return "http \(clientID)"
        }
    }
}
