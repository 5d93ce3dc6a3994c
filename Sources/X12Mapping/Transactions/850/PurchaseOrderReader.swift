import Canonical
import Foundation
import WharfCore
import X12

/// Reads an 850 purchase order into a canonical ``Order``: BEG, CUR, REF, PER, DTM, N9/MSG, the N1 loop (N1–N4,
/// PER), the PO1 loop (PO1 with every product id pair, PID, REF, DTM, line-level N1) and AMT.
///
/// Segments that the canonical model does not carry yet are reported once each as `x12.mapping.segment-not-mapped`
/// warnings, so nothing is dropped silently.
struct PurchaseOrderReader {
    let codes: X12CanonicalCodes
    let set: X12TransactionSet

    private enum Section { case header, line }

    func read(into diagnostics: inout Diagnostics) -> Order {
        var order = Order(orderNumber: "")
        var section = Section.header
        var party: Party?
        var partyInLine = false
        var line: OrderLine?
        var notMapped: Set<String> = []
        var headerContacts: [Contact] = []

        func closeParty() {
            guard let finished = party else { return }
            if partyInLine { line?.parties.append(finished) } else { order.parties.append(finished) }
            party = nil
        }
        func closeLine() {
            closeParty()
            if let finished = line { order.lines.append(finished) }
            line = nil
        }

        for (index, segment) in self.set.segments.enumerated() {
            let tag = segment.tag
            if party != nil, !["N2", "N3", "N4", "PER", "REF"].contains(tag) { closeParty() }
            switch tag {
            case "ST", "SE", "CTT":
                if tag != "ST" { closeLine() }
            case "BEG":
                order.orderNumber = X12Values.text(segment, 3) ?? ""
                order.purpose = X12Values.text(segment, 1).map { DocumentPurpose(rawValue: self.codes.purposeCodes[$0] ?? "x12:\($0)") }
                order.type = X12Values.text(segment, 2).map { OrderType(rawValue: self.codes.orderTypes[$0] ?? "x12:\($0)") }
                if let release = X12Values.text(segment, 4) {
                    order.references.append(Reference(kind: .release, value: release, qualifier: "BEG04"))
                }
                order.orderDate = X12Values.date(segment, 5)
            case "CUR":
                if let currency = X12Values.text(segment, 2) { order.currency = CurrencyCode(rawValue: currency) }
            case "REF":
                guard let reference = self.reference(segment) else { break }
                if party != nil {
                    notMapped.insert("REF in the N1 loop")
                } else if section == .line {
                    line?.references.append(reference)
                } else {
                    order.references.append(reference)
                }
            case "PER":
                let contact = self.contact(segment)
                if party != nil {
                    party?.contacts.append(contact)
                } else if section == .header {
                    headerContacts.append(contact)
                } else {
                    notMapped.insert("PER in the PO1 loop")
                }
            case "DTM":
                guard let date = self.date(segment) else { break }
                if section == .line { line?.dates.append(date) } else { order.dates.append(date) }
            case "N9":
                break
            case "MSG":
                if let text = X12Values.text(segment, 1) {
                    if section == .line { line?.notes.append(Note(text)) } else { order.notes.append(Note(text)) }
                }
            case "N1":
                closeParty()
                party = self.party(segment)
                partyInLine = section == .line
            case "N2":
                if let more = X12Values.text(segment, 1) {
                    let name = party?.name
                    party?.name = [name, more].compactMap { $0 }.joined(separator: " ")
                }
            case "N3":
                var address = party?.address ?? Address()
                address.lines += [X12Values.text(segment, 1), X12Values.text(segment, 2)].compactMap { $0 }
                party?.address = address
            case "N4":
                var address = party?.address ?? Address()
                address.city = X12Values.text(segment, 1)
                address.region = X12Values.text(segment, 2)
                address.postalCode = X12Values.text(segment, 3)
                address.country = X12Values.text(segment, 4)
                party?.address = address
            case "PO1":
                closeLine()
                section = .line
                line = self.line(segment, at: index, into: &diagnostics)
            case "PID":
                if line?.description == nil, X12Values.text(segment, 1) == "F" {
                    line?.description = X12Values.text(segment, 5)
                }
            case "AMT":
                if X12Values.text(segment, 1) == "TT", let amount = X12Values.decimal(segment, 2) {
                    order.totalAmount = Money(amount, order.currency)
                }
            default:
                notMapped.insert(tag)
            }
        }
        closeLine()
        if !headerContacts.isEmpty {
            // The header PER is the buyer's administrative contact.
            if let buyer = order.parties.firstIndex(where: { $0.role == .buyer }) {
                order.parties[buyer].contacts.insert(contentsOf: headerContacts, at: 0)
            } else {
                order.parties.insert(Party(role: .buyer, contacts: headerContacts), at: 0)
            }
        }
        for tag in notMapped.sorted() {
            diagnostics.append(Diagnostic(
                .warning, DiagnosticCode("x12.mapping.segment-not-mapped"),
                at: .x12(X12Location(interchange: self.set.context.interchange, group: self.set.context.group,
                                     transaction: self.set.context.transaction, segment: String(tag.prefix(3)))),
                "\(tag) is not carried into the canonical order yet; its content was not translated"))
        }
        return order
    }

    private func reference(_ segment: X12Segment) -> Reference? {
        guard let qualifier = X12Values.text(segment, 1),
              let value = X12Values.text(segment, 2) ?? X12Values.text(segment, 3) else { return nil }
        let kind = ReferenceKind(rawValue: self.codes.referenceQualifiers[qualifier] ?? "other")
        return Reference(kind: kind, value: value, qualifier: qualifier,
                         description: X12Values.text(segment, 2) == nil ? nil : X12Values.text(segment, 3))
    }

    private func date(_ segment: X12Segment) -> QualifiedDate? {
        guard let qualifier = X12Values.text(segment, 1), let date = X12Values.date(segment, 2, time: 3) else {
            return nil
        }
        return QualifiedDate(kind: DateKind(rawValue: self.codes.dateQualifiers[qualifier] ?? "other"), date: date,
                             qualifier: qualifier)
    }

    private func contact(_ segment: X12Segment) -> Contact {
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

    private func party(_ segment: X12Segment) -> Party {
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

    private func line(_ segment: X12Segment, at index: Int, into diagnostics: inout Diagnostics) -> OrderLine {
        let unit = UnitOfMeasure(rawValue: X12Values.text(segment, 3) ?? "EA")
        let quantity = X12Values.decimal(segment, 2)
        if quantity == nil {
            diagnostics.append(Diagnostic(
                .error, DiagnosticCode("x12.mapping.quantity-missing"),
                at: .x12(X12Location(interchange: self.set.context.interchange, group: self.set.context.group,
                                     transaction: self.set.context.transaction, segment: "PO1",
                                     segmentPosition: index + 1, element: 2, line: segment.line,
                                     byteOffset: segment.byteOffset)),
                "the line has no usable quantity; an order line needs one"))
        }
        var line = OrderLine(lineNumber: X12Values.text(segment, 1), quantity: Quantity(quantity ?? 0, unit))
        if let price = X12Values.decimal(segment, 4) {
            line.price = Price(price, nil, per: nil, basis: X12Values.text(segment, 5).map { PriceBasis(rawValue: $0) })
        }
        for position in stride(from: 6, to: 25, by: 2) {
            guard let qualifier = X12Values.text(segment, position),
                  let value = X12Values.text(segment, position + 1) else { continue }
            line.itemIdentifiers.append(ItemIdentifier(
                kind: ItemIdentifierKind(rawValue: self.codes.productIDQualifiers[qualifier] ?? "other"),
                value: value, qualifier: qualifier))
        }
        return line
    }
}
