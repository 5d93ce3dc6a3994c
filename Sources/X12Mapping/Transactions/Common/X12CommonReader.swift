import Canonical
import WharfCore
import X12

/// Reads the segments every transaction set shares (REF, DTM, PER, N1–N4, product id pairs) into canonical values.
struct X12CommonReader {
    let codes: X12CanonicalCodes

    /// REF → reference (REF02, or REF03 when REF02 is empty).
    func reference(_ segment: X12Segment) -> Reference? {
        guard let qualifier = X12Values.text(segment, 1),
              let value = X12Values.text(segment, 2) ?? X12Values.text(segment, 3) else { return nil }
        let kind = ReferenceKind(rawValue: self.codes.referenceQualifiers[qualifier] ?? "other")
        return Reference(kind: kind, value: value, qualifier: qualifier,
                         description: X12Values.text(segment, 2) == nil ? nil : X12Values.text(segment, 3))
    }

    /// DTM → qualified date (DTM02 with DTM03 time).
    func date(_ segment: X12Segment) -> QualifiedDate? {
        guard let qualifier = X12Values.text(segment, 1), let date = X12Values.date(segment, 2, time: 3) else {
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
    func contact(_ segment: X12Segment) -> Contact {
        var contact = Contact(function: X12Values.text(segment, 1).map {
            ContactFunction(rawValue: self.codes.contactFunctions[$0] ?? "x12:\($0)")
        }, name: X12Values.text(segment, 2))
        for position in stride(from: 3, through: 7, by: 2) {
            guard let qualifier = X12Values.text(segment, position),
                  let number = X12Values.text(segment, position + 1) else { continue }
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
    func party(_ segment: X12Segment) -> Party {
        let code = X12Values.text(segment, 1) ?? ""
        var party = Party(role: PartyRole(rawValue: self.codes.entityRoles[code] ?? "x12:\(code)"),
                          name: X12Values.text(segment, 2))
        if let qualifier = X12Values.text(segment, 3), let value = X12Values.text(segment, 4) {
            party.identifiers.append(PartyIdentifier(
                system: PartyIdentifierSystem(rawValue: self.codes.partyIdentifierSystems[qualifier] ?? "other"),
                value: value, qualifier: qualifier))
        }
        return party
    }

    /// N2, N3, N4 or PER of an N1 loop added to `party`; false when the segment is not one of them.
    func addToParty(_ segment: X12Segment, _ party: inout Party) -> Bool {
        switch segment.tag {
        case "N2":
            if let more = X12Values.text(segment, 1) {
                party.name = [party.name, more].compactMap { $0 }.joined(separator: " ")
            }
        case "N3":
            var address = party.address ?? Address()
            address.lines += [X12Values.text(segment, 1), X12Values.text(segment, 2)].compactMap { $0 }
            party.address = address
        case "N4":
            var address = party.address ?? Address()
            address.city = X12Values.text(segment, 1)
            address.region = X12Values.text(segment, 2)
            address.postalCode = X12Values.text(segment, 3)
            address.country = X12Values.text(segment, 4)
            party.address = address
        case "PER":
            party.contacts.append(self.contact(segment))
        default:
            return false
        }
        return true
    }

    /// Product/service id pairs (qualifier, id) from `first` through `last` (e.g. PO106…PO125).
    func itemIdentifiers(_ segment: X12Segment, from first: Int, through last: Int) -> [ItemIdentifier] {
        stride(from: first, to: last, by: 2).compactMap { position in
            guard let qualifier = X12Values.text(segment, position),
                  let value = X12Values.text(segment, position + 1) else { return nil }
            return ItemIdentifier(kind: ItemIdentifierKind(rawValue: self.codes.productIDQualifiers[qualifier] ?? "other"),
                                  value: value, qualifier: qualifier)
        }
    }

    /// A location for a mapping diagnostic about `segment` of `set`.
    static func location(_ set: X12TransactionSet, _ segment: X12Segment, position: Int, element: Int? = nil)
        -> SourceLocation {
        .x12(X12Location(interchange: set.context.interchange, group: set.context.group,
                         transaction: set.context.transaction, segment: segment.tag, segmentPosition: position,
                         element: element, line: segment.line, byteOffset: segment.byteOffset))
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
