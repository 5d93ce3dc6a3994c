import Canonical
import WharfCore
import X12

/// Reads the segments every transaction set shares (REF, DTM, PER, N1–N4, product id pairs) into canonical values.
struct X12CommonReader {
    let codes: X12CanonicalCodes

    /// REF → reference (REF02, or REF03 when REF02 is empty).
    func reference(_ fields: X12Fields) -> Reference? {
        guard let qualifier = fields.text(1),
              let value = fields.text(2) ?? fields.text(3) else { return nil }
        let kind = ReferenceKind(rawValue: self.codes.referenceQualifiers[qualifier] ?? "other")
        return Reference(kind: kind, value: value, qualifier: qualifier,
                         description: fields.text(2) == nil ? nil : fields.text(3))
    }

    /// DTM → qualified date (DTM02 with DTM03 time).
    func date(_ fields: X12Fields) -> QualifiedDate? {
        guard let qualifier = fields.text(1), let date = fields.date(2, time: 3) else {
            return nil
        }
        return self.qualifiedDate(qualifier, date)
    }

    /// A date with its X12 date/time qualifier.
    func qualifiedDate(_ qualifier: String, _ date: CanonicalDate) -> QualifiedDate {
        QualifiedDate(kind: DateKind(rawValue: self.codes.dateQualifiers[qualifier] ?? "other"), date: date,
                      qualifier: qualifier)
    }

    /// PER → contact (function, name, up to three numbers by their qualifiers).
    func contact(_ fields: X12Fields) -> Contact {
        var contact = Contact(function: fields.text(1).map {
            ContactFunction(rawValue: self.codes.contactFunctions[$0] ?? "x12:\($0)")
        }, name: fields.text(2))
        for position in stride(from: 3, through: 7, by: 2) {
            guard let qualifier = fields.text(position),
                  let number = fields.text(position + 1) else { continue }
            switch self.codes.communicationChannels[qualifier] {
            case "phone": contact.phone = contact.phone ?? number
            case "email": contact.email = contact.email ?? number
            case "fax": contact.fax = contact.fax ?? number
            default: break
            }
        }
        return contact
    }

    /// N1 → party (role, name, one identifier).
    func party(_ fields: X12Fields) -> Party {
        let code = fields.text(1) ?? ""
        var party = Party(role: PartyRole(rawValue: self.codes.entityRoles[code] ?? "x12:\(code)"),
                          name: fields.text(2))
        if let qualifier = fields.text(3), let value = fields.text(4) {
            party.identifiers.append(PartyIdentifier(
                system: PartyIdentifierSystem(rawValue: self.codes.partyIdentifierSystems[qualifier] ?? "other"),
                value: value, qualifier: qualifier))
        }
        return party
    }

    /// N2, N3, N4, REF or PER of an N1 loop added to `party`; false when the segment is not one of them.
    func addToParty(_ fields: X12Fields, _ party: inout Party) -> Bool {
        switch fields.tagCode {
        case X12Tag.n2:
            if let more = fields.text(1) {
                party.name = [party.name, more].compactMap { $0 }.joined(separator: " ")
            }
        case X12Tag.n3:
            var address = party.address ?? Address()
            address.lines += [fields.text(1), fields.text(2)].compactMap { $0 }
            party.address = address
        case X12Tag.n4:
            var address = party.address ?? Address()
            address.city = fields.text(1)
            address.region = fields.text(2)
            address.postalCode = fields.text(3)
            address.country = fields.text(4)
            party.address = address
        case X12Tag.per:
            party.contacts.append(self.contact(fields))
        case X12Tag.ref:
            if let reference = self.reference(fields) { party.references.append(reference) }
        default:
            return false
        }
        return true
    }

    /// Product/service id pairs (qualifier, id) from `first` through `last` (e.g. PO106…PO125).
    func itemIdentifiers(_ fields: X12Fields, from first: Int, through last: Int) -> [ItemIdentifier] {
        var identifiers: [ItemIdentifier] = []
        // One allocation of the right size (growing the array pair by pair reallocated it several times a line).
        var pairs = 0
        for position in stride(from: first, to: last, by: 2)
        where !fields.isEmpty(position) && !fields.isEmpty(position + 1) { pairs += 1 }
        identifiers.reserveCapacity(pairs)
        for position in stride(from: first, to: last, by: 2) {
            guard let qualifier = fields.text(position), let value = fields.text(position + 1) else { continue }
            let kind = fields.withElement(position) { self.codes.productIDQualifiers[bytes: $0] } ?? "other"
            identifiers.append(ItemIdentifier(kind: ItemIdentifierKind(rawValue: kind), value: value,
                                              qualifier: qualifier))
        }
        return identifiers
    }

    /// A location for a mapping diagnostic about the segment read into `fields`, of `set`.
    static func location(_ set: X12TransactionSet, _ fields: X12Fields, position: Int, element: Int? = nil)
        -> SourceLocation {
        .x12(X12Location(interchange: set.context.interchange, group: set.context.group,
                         transaction: set.context.transaction, segment: fields.segment.tag, segmentPosition: position,
                         element: element, line: fields.line, byteOffset: fields.byteOffset))
    }

    /// One `x12.mapping.segment-not-mapped` warning per segment tag that was not carried over.
    static func reportNotMapped(_ tags: Set<String>, in set: X12TransactionSet, document: String,
                                into diagnostics: inout Diagnostics) {
        for tag in tags.sorted() {
            diagnostics.append(Diagnostic(
                .warning, DiagnosticCode("x12.mapping.segment-not-mapped"),
                at: .x12(X12Location(interchange: set.context.interchange, group: set.context.group,
                                     transaction: set.context.transaction, segment: String(tag.prefix(3)))),
                "\(tag) is not carried into the canonical \(document) yet; its content was not translated"))
        }
    }
}
