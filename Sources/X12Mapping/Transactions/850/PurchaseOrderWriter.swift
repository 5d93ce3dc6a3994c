import Canonical
import Foundation
import WharfCore
import X12

/// Writes a canonical ``Order`` as the body of an 850 (ST and SE excluded): BEG, CUR, REF, DTM, MSG notes (N9), the
/// N1 loop (N1–N4, PER), the PO1 loop (PO1 with product id pairs, PID, REF, DTM, MSG, line N1), CTT and AMT.
struct PurchaseOrderWriter {
    let codes: X12CanonicalCodes

    func segments(for order: Order) -> [X12OutputSegment] {
        var segments: [X12OutputSegment] = []
        let purpose = order.purpose.flatMap {
            X12CanonicalCodes.code(for: $0.rawValue, in: self.codes.purposeCodes, keeping: nil)
        } ?? "00"
        let type = order.type.flatMap {
            X12CanonicalCodes.code(for: $0.rawValue, in: self.codes.orderTypes, keeping: nil)
        } ?? "SA"
        let release = order.references.first { $0.qualifier == "BEG04" }?.value ?? ""
        segments.append(X12OutputSegment("BEG", [
            X12Element(purpose), X12Element(type), X12Element(order.orderNumber), X12Element(release),
            X12Element(order.orderDate.map(X12Format.date) ?? ""),
        ]))
        if let currency = order.currency { segments.append(X12OutputSegment("CUR", ["BY", X12Element(currency.rawValue)])) }
        for reference in order.references where reference.qualifier != "BEG04" {
            segments.append(self.reference(reference))
        }
        for date in order.dates { segments.append(self.date(date)) }
        if !order.notes.isEmpty {
            segments.append(X12OutputSegment("N9", ["L1", "NOTES"]))
            for note in order.notes { segments.append(X12OutputSegment("MSG", [X12Element(note.text)])) }
        }
        for party in order.parties { segments += self.party(party) }
        for line in order.lines { segments += self.line(line) }
        let hash = order.lines.reduce(Decimal(0)) { $0 + $1.quantity.value }
        segments.append(X12OutputSegment("CTT", [X12Element(String(order.lines.count)), X12Element(X12Format.decimal(hash))]))
        if let total = order.totalAmount {
            segments.append(X12OutputSegment("AMT", ["TT", X12Element(X12Format.decimal(total.amount))]))
        }
        return segments
    }

    private func reference(_ reference: Reference) -> X12OutputSegment {
        let qualifier = X12CanonicalCodes.code(for: reference.kind.rawValue, in: self.codes.referenceQualifiers,
                                               keeping: reference.qualifier, fallback: "ZZ") ?? "ZZ"
        return X12OutputSegment("REF", [X12Element(qualifier), X12Element(reference.value),
                                        X12Element(reference.description ?? "")])
    }

    private func date(_ date: QualifiedDate) -> X12OutputSegment {
        let qualifier = X12CanonicalCodes.code(for: date.kind.rawValue, in: self.codes.dateQualifiers,
                                               keeping: date.qualifier, fallback: "097") ?? "097"
        return X12OutputSegment("DTM", [X12Element(qualifier), X12Element(X12Format.date(date.date)),
                                        X12Element(X12Format.time(date.date) ?? "")])
    }

    private func party(_ party: Party) -> [X12OutputSegment] {
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
        for contact in party.contacts { segments.append(self.contact(contact)) }
        return segments
    }

    private func contact(_ contact: Contact) -> X12OutputSegment {
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

    private func line(_ line: OrderLine) -> [X12OutputSegment] {
        var elements = [
            X12Element(line.lineNumber ?? ""), X12Element(X12Format.decimal(line.quantity.value)),
            X12Element(line.quantity.unit.rawValue),
            X12Element(line.price.map { X12Format.decimal($0.amount) } ?? ""),
            X12Element(line.price?.basis?.rawValue ?? ""),
        ]
        for identifier in line.itemIdentifiers.prefix(10) {
            let qualifier = X12CanonicalCodes.code(for: identifier.kind.rawValue, in: self.codes.productIDQualifiers,
                                                   keeping: identifier.qualifier, fallback: "ZZ") ?? "ZZ"
            elements += [X12Element(qualifier), X12Element(identifier.value)]
        }
        var segments = [X12OutputSegment("PO1", elements)]
        if let description = line.description {
            segments.append(X12OutputSegment("PID", ["F", "", "", "", X12Element(description)]))
        }
        for reference in line.references { segments.append(self.reference(reference)) }
        for date in line.dates { segments.append(self.date(date)) }
        for note in line.notes { segments.append(X12OutputSegment("MSG", [X12Element(note.text)])) }
        for party in line.parties { segments += self.party(party) }
        return segments
    }
}
