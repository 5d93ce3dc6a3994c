import Canonical
import FHIR
import WharfCore

/// Reads the parties of a resource: from Wharf's `party` extensions (role and reference, in source order) when
/// present, else from the resource's own elements (a table of element → role per resource type). Each referenced
/// Organization, Location or Practitioner gives the name, identifiers, address and contacts.
struct PartyResourceReader {
    let values: FHIRValueReader
    let index: FHIRResourceIndex

    /// The parties of `resource`; `native` lists its Reference elements and the role each stands for.
    func parties(of resource: JSONNode, native: [(element: String, role: PartyRole)],
                 diagnostics: inout Diagnostics) -> [Party] {
        let extensions = self.values.extensionNodes(resource, WharfExtension.party)
        if !extensions.isEmpty {
            return extensions.compactMap { node in
                guard let role = self.values.extensionValue(node, "role")?.string,
                      let reference = self.values.extensionValue(node, "party") else {
                    diagnostics.append(Diagnostic(.error, .fhirMappingRequiredMissing, at: .jsonPointer(node.pointer),
                                                  "a party extension needs a role and a party reference"))
                    return nil
                }
                return self.party(reference, role: PartyRole(rawValue: role), in: resource, &diagnostics)
            }
        }
        var parties: [Party] = []
        for (element, role) in native {
            guard let node = resource[element] else { continue }
            let references = node.kind == .array ? Array(node.children) : [node]
            for reference in references {
                if let party = self.party(reference, role: role, in: resource, &diagnostics) { parties.append(party) }
            }
        }
        return parties
    }

    /// The party a Reference points at (a logical reference or a display only gives what it says).
    func party(_ reference: JSONNode, role: PartyRole, in resource: JSONNode, _ diagnostics: inout Diagnostics)
        -> Party? {
        guard let target = self.index.resolve(reference, in: resource) else {
            if reference["reference"] != nil {
                diagnostics.append(Diagnostic(.warning, .fhirMappingReferenceUnresolved,
                                              at: .jsonPointer(reference.pointer + "/reference"),
                                              "the reference points at no entry of the bundle and no contained resource"))
            }
            var party = Party(role: role, name: reference["display"]?.string)
            if let identifier = reference["identifier"], let value = identifier["value"]?.string {
                party.identifiers = [PartyIdentifier(system: self.values.systems.partyScheme(
                    ofSystem: identifier["system"]?.string ?? ""), value: value, qualifier: self.values.qualifier(identifier))]
            }
            return party.name == nil && party.identifiers.isEmpty ? nil : party
        }
        return self.party(target, role: role)
    }

    /// An Organization, Location or Practitioner as a party.
    func party(_ target: JSONNode, role: PartyRole) -> Party {
        var party = Party(role: role)
        party.name = target["name"]?.string ?? target["name"]?[0]?["text"]?.string
        party.identifiers = target["identifier"].map({ Array($0.children) })?.compactMap { identifier in
            guard let value = identifier["value"]?.string else { return nil }
            return PartyIdentifier(system: self.values.systems.partyScheme(ofSystem: identifier["system"]?.string ?? ""),
                                   value: value, qualifier: self.values.qualifier(identifier))
        } ?? []
        let contacts = target["contact"].map { Array($0.children) } ?? []
        let addressOnly = contacts.first { $0["address"] != nil && $0.count == 1 }
        if let address = target["address"].flatMap({ $0.kind == .array ? $0[0] : $0 }) ?? addressOnly?["address"] {
            party.address = Address(lines: address["line"]?.children.compactMap(\.string) ?? [],
                                    city: address["city"]?.string, region: address["state"]?.string,
                                    postalCode: address["postalCode"]?.string, country: address["country"]?.string)
        }
        party.contacts = contacts.filter { $0 != addressOnly }.map(self.contact)
        return party
    }

    private func contact(_ node: JSONNode) -> Contact {
        var contact = Contact()
        contact.function = node["purpose"]?["coding"]?[0]?["code"]?.string.map { ContactFunction(rawValue: $0) }
        contact.name = node["name"]?["text"]?.string ?? node["name"]?[0]?["text"]?.string
        for telecom in node["telecom"].map({ Array($0.children) }) ?? [] {
            let value = telecom["value"]?.string
            switch telecom["system"]?.string {
            case "phone": contact.phone = contact.phone ?? value
            case "fax": contact.fax = contact.fax ?? value
            case "email": contact.email = contact.email ?? value
            default: break
            }
        }
        return contact
    }
}
