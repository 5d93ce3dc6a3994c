import Canonical
import FHIR

/// Writes a canonical party as an Organization, Location or Practitioner: name, identifiers (with their systems and
/// source qualifiers), address and, where the resource has room for them, contacts.
struct PartyResourceWriter {
    let values: FHIRValueBuilder

    /// The resource type a party of `role` is written as.
    static func resourceType(for role: PartyRole, locations: Bool) -> String {
        switch role {
        case .shipTo: locations ? "Location" : "Organization"
        case .requester: "Practitioner"
        default: "Organization"
        }
    }

    /// Whether a resource of `type` has room for contacts (R4 Location and Practitioner have none).
    static func keepsContacts(type: String, release: FHIRRelease) -> Bool {
        type == "Organization" || (type == "Location" && release == .r5)
    }

    /// The resource of `party`.
    func resource(for party: Party, type: String) -> JSONObject {
        var resource: JSONObject = ["resourceType": .string(type)]
        if !party.identifiers.isEmpty { resource["identifier"] = .array(party.identifiers.map(self.values.identifier)) }
        if let name = party.name {
            resource["name"] = type == "Practitioner" ? [["text": .string(name)]] : .string(name)
        }
        var contacts: [JSONValue] = []
        if let address = party.address {
            let value = self.address(address)
            if type == "Location" {
                resource["address"] = value
            } else if type == "Organization" && self.values.release == .r5 {
                contacts.append(["address": value])   // R5 Organization keeps addresses in contact (ExtendedContactDetail)
            } else {
                resource["address"] = [value]
            }
        }
        if Self.keepsContacts(type: type, release: self.values.release) {
            contacts += party.contacts.map(self.contact)
        }
        if !contacts.isEmpty { resource["contact"] = .array(contacts) }
        return resource
    }

    private func address(_ address: Address) -> JSONValue {
        var object = JSONObject()
        if !address.lines.isEmpty { object["line"] = .array(address.lines.map { .string($0) }) }
        if let city = address.city { object["city"] = .string(city) }
        if let region = address.region { object["state"] = .string(region) }
        if let postalCode = address.postalCode { object["postalCode"] = .string(postalCode) }
        if let country = address.country { object["country"] = .string(country) }
        return .object(object)
    }

    private func contact(_ contact: Contact) -> JSONValue {
        var object = JSONObject()
        if let function = contact.function {
            object["purpose"] = self.values.concept(system: FHIRSystem.contactFunction, code: function.rawValue)
        }
        if let name = contact.name {
            let humanName: JSONValue = ["text": .string(name)]
            object["name"] = self.values.release == .r4 ? humanName : [humanName]   // R5 ExtendedContactDetail.name 0..*
        }
        var telecom: [JSONValue] = []
        if let phone = contact.phone { telecom.append(["system": "phone", "value": .string(phone)]) }
        if let fax = contact.fax { telecom.append(["system": "fax", "value": .string(fax)]) }
        if let email = contact.email { telecom.append(["system": "email", "value": .string(email)]) }
        if !telecom.isEmpty { object["telecom"] = .array(telecom) }
        return .object(object)
    }
}
