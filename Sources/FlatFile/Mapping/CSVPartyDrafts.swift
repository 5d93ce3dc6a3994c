import Canonical

/// Parties being filled from cells, one per role, in the order their roles first appear.
struct CSVPartyDrafts {
    private var roles: [PartyRole] = []
    private var parties: [PartyRole: Party] = [:]
    private var addresses: [PartyRole: [CSVField.AddressMember: String]] = [:]

    /// Sets one member of the party of `role`.
    mutating func set(_ member: CSVField.PartyMember, role: PartyRole, to value: CSVValue) {
        guard let text = value.text else { return }
        if self.parties[role] == nil {
            self.roles.append(role)
            self.parties[role] = Party(role: role)
        }
        switch member {
        case .name: self.parties[role]?.name = text
        case .identifier(let system):
            self.parties[role]?.identifiers.append(PartyIdentifier(system: system, value: text))
        case .address(let part): self.addresses[role, default: [:]][part] = text
        }
    }

    /// The parties, in order.
    var all: [Party] {
        self.roles.compactMap { role in
            guard var party = self.parties[role] else { return nil }
            if let parts = self.addresses[role] { party.address = Self.address(parts) }
            return party
        }
    }

    /// The one party filled (for a vendor or manufacturer of an item), if any.
    var single: Party? { self.all.first }

    private static func address(_ parts: [CSVField.AddressMember: String]) -> Address {
        Address(lines: [parts[.line1], parts[.line2]].compactMap { $0 }, city: parts[.city], region: parts[.region],
                postalCode: parts[.postalCode], country: parts[.country])
    }

    /// The value of a member of the first party of `role` in `parties`.
    static func value(_ member: CSVField.PartyMember, role: PartyRole, in parties: [Party]) -> CSVValue? {
        parties.first { $0.role == role }.flatMap { Self.value(member, of: $0) }
    }

    /// The value of a member of `party`.
    static func value(_ member: CSVField.PartyMember, of party: Party) -> CSVValue? {
        switch member {
        case .name: return party.name.map(CSVValue.text)
        case .identifier(let system):
            return party.identifiers.first { $0.system == system }.map { .text($0.value) }
        case .address(let part):
            guard let address = party.address else { return nil }
            let text: String? = switch part {
            case .line1: address.lines.first
            case .line2: address.lines.count > 1 ? address.lines[1] : nil
            case .city: address.city
            case .region: address.region
            case .postalCode: address.postalCode
            case .country: address.country
            }
            return text.map(CSVValue.text)
        }
    }
}
