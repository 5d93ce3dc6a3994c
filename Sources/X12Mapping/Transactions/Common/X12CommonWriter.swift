import Canonical
import Foundation
import X12

/// Writes the segments every transaction set shares (REF, DTM, PER, N1–N4, product id pairs) from canonical values.
struct X12CommonWriter {
    let codes: X12CanonicalCodes

    func reference(_ reference: Reference) -> X12OutputSegment {
        let qualifier = X12CanonicalCodes.code(for: reference.kind.rawValue, in: self.codes.referenceQualifiers,
                                               keeping: reference.qualifier, fallback: "ZZ") ?? "ZZ"
        return X12OutputSegment("REF", [X12Element(qualifier), X12Element(reference.value),
                                        X12Element(reference.description ?? "")])
    }

    func date(_ date: QualifiedDate) -> X12OutputSegment {
        X12OutputSegment("DTM", [X12Element(self.dateQualifier(date)), X12Element(X12Format.date(date.date)),
                                 X12Element(X12Format.time(date.date) ?? "")])
    }

    /// The X12 date/time qualifier of a canonical date.
    func dateQualifier(_ date: QualifiedDate) -> String {
        X12CanonicalCodes.code(for: date.kind.rawValue, in: self.codes.dateQualifiers, keeping: date.qualifier,
                               fallback: "097") ?? "097"
    }

    func party(_ party: Party) -> [X12OutputSegment] {
        let role = X12CanonicalCodes.code(for: party.role.rawValue, in: self.codes.entityRoles, keeping: nil,
                                          fallback: "ZZ") ?? "ZZ"
        let identifier = party.identifiers.first
        let qualifier = identifier.flatMap {
            X12CanonicalCodes.code(for: $0.system.rawValue, in: self.codes.partyIdentifierSystems,
                                   keeping: $0.qualifier, fallback: "ZZ")
        } ?? ""
        var segments = [X12OutputSegment("N1", [
            X12Element(role), X12Element(party.name ?? ""), X12Element(qualifier),
            X12Element(identifier?.value ?? ""),
        ])]
        if let address = party.address {
            for pair in stride(from: 0, to: address.lines.count, by: 2) {
                let second = pair + 1 < address.lines.count ? address.lines[pair + 1] : ""
                segments.append(X12OutputSegment("N3", [X12Element(address.lines[pair]), X12Element(second)]))
            }
            if address.city != nil || address.region != nil || address.postalCode != nil || address.country != nil {
                segments.append(X12OutputSegment("N4", [
                    X12Element(address.city ?? ""), X12Element(address.region ?? ""),
                    X12Element(address.postalCode ?? ""), X12Element(address.country ?? ""),
                ]))
            }
        }
        segments += party.references.map(self.reference)
        for contact in party.contacts { segments.append(self.contact(contact)) }
        return segments
    }

    func contact(_ contact: Contact) -> X12OutputSegment {
        let function = contact.function.flatMap {
            X12CanonicalCodes.code(for: $0.rawValue, in: self.codes.contactFunctions, keeping: nil)
        } ?? "IC"
        var elements = [X12Element(function), X12Element(contact.name ?? "")]
        for (channel, number) in [("phone", contact.phone), ("email", contact.email), ("fax", contact.fax)] {
            guard let number, let qualifier = X12CanonicalCodes.code(
                for: channel, in: self.codes.communicationChannels, keeping: nil) else { continue }
            elements += [X12Element(qualifier), X12Element(number)]
        }
        return X12OutputSegment("PER", elements)
    }

    /// Qualifier/id element pairs for item identifiers (at most `limit` pairs).
    func itemIdentifiers(_ identifiers: [ItemIdentifier], limit: Int) -> [X12Element] {
        identifiers.prefix(limit).flatMap { identifier -> [X12Element] in
            let qualifier = X12CanonicalCodes.code(for: identifier.kind.rawValue, in: self.codes.productIDQualifiers,
                                                   keeping: identifier.qualifier, fallback: "ZZ") ?? "ZZ"
            return [X12Element(qualifier), X12Element(identifier.value)]
        }
    }

    /// Header notes as an N9 (`L1`) followed by one MSG per note; nothing when there are none.
    func notes(_ notes: [Note]) -> [X12OutputSegment] {
        guard !notes.isEmpty else { return [] }
        return [X12OutputSegment("N9", ["L1", "NOTES"])] + notes.map { X12OutputSegment("MSG", [X12Element($0.text)]) }
    }

    /// What follows a line's item segment: PID description, then REF, DTM and MSG, in the standard's order.
    func lineDetails(description: String?, references: [Reference], dates: [QualifiedDate], notes: [Note])
        -> [X12OutputSegment] {
        var segments: [X12OutputSegment] = []
        if let description { segments.append(X12OutputSegment("PID", ["F", "", "", "", X12Element(description)])) }
        segments += references.map(self.reference)
        segments += dates.map(self.date)
        segments += notes.map { X12OutputSegment("MSG", [X12Element($0.text)]) }
        return segments
    }

    /// The elements of a baseline item (PO1/IT1 style): line number, quantity, unit, price, basis, id pairs.
    func baselineItem(lineNumber: String?, quantity: Quantity?, price: Price?, identifiers: [ItemIdentifier])
        -> [X12Element] {
        [
            X12Element(lineNumber ?? ""), X12Element(quantity.map { X12Format.decimal($0.value) } ?? ""),
            X12Element(quantity?.unit.rawValue ?? ""), X12Element(price.map { X12Format.decimal($0.amount) } ?? ""),
            X12Element(price?.basis?.rawValue ?? ""),
        ] + self.itemIdentifiers(identifiers, limit: 10)
    }
}
