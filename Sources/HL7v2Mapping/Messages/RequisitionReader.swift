import Canonical
import HL7v2
import WharfCore

/// Reads a supply requisition (OMS^O05, or OMN^O07 for non-stock items) into a canonical ``Order``: one order per
/// message, one line per RQD.
///
/// | HL7 | canonical |
/// |---|---|
/// | ORC-1 | purpose (NW original, XO change, CA cancel, RP replace) |
/// | ORC-4.1, else the first ORC-2.1 | orderNumber; each ORC-2.1 is also its lines' `requisition` reference |
/// | ORC-9 | orderDate |
/// | ORC-12 (XCN 1, 2, 3) | a `requester` party (id, name) |
/// | RQD-1 | lineNumber |
/// | RQD-2 / RQD-3 / RQD-4 (CE) | item identifiers: buyer part, vendor part, charge code (or the kind CE.3 names); RQD-2.2 the description |
/// | RQD-5, RQD-6.1 | quantity and unit (EA when absent) |
/// | RQD-7 | a `costCenter` reference |
/// | RQD-9 (CE) | a line `shipTo` party (id, name) |
/// | RQD-10 | a `requestedDelivery` date |
/// | RQ1-1 | price |
/// | RQ1-2, RQ1-3 | a `manufacturer` party and a manufacturer part |
/// | RQ1-4, RQ1-5 | a `supplier` party and a vendor part |
/// | NTE-3 | notes (of the order before the first ORC, of the line after it) |
struct RequisitionReader {
    let codes: HL7v2CanonicalCodes
    let message: HL7v2Message

    func read(into diagnostics: inout Diagnostics) -> Order {
        var order = Order(orderNumber: "")
        var requisition: String?
        for segment in self.message.segments {
            switch segment.id {
            case "ORC":
                let control = segment.value(field: 1) ?? ""
                if order.purpose == nil, let purpose = self.codes.orderControlPurposes[control] {
                    order.purpose = DocumentPurpose(rawValue: purpose)
                }
                requisition = segment.value(field: 2, component: 1)
                if order.orderNumber.isEmpty {
                    order.orderNumber = segment.value(field: 4, component: 1) ?? requisition ?? ""
                }
                if order.orderDate == nil { order.orderDate = HL7v2Values.date(segment.value(field: 9, component: 1)) }
                if let id = segment.value(field: 12, component: 1), !order.parties.contains(where: { $0.role == .requester }) {
                    let name = [segment.value(field: 12, component: 3), segment.value(field: 12, component: 2)]
                        .compactMap { $0 }.joined(separator: " ")
                    order.parties.append(Party(role: .requester, name: name.isEmpty ? nil : name,
                                               identifiers: [PartyIdentifier(system: .other, value: id, qualifier: "ORC-12")]))
                }
            case "RQD":
                order.lines.append(self.line(segment, requisition: requisition))
            case "RQ1":
                guard !order.lines.isEmpty else { break }
                self.addDetails(segment, to: &order.lines[order.lines.count - 1])
            case "NTE":
                guard let text = segment.value(field: 3) else { break }
                if order.lines.isEmpty { order.notes.append(Note(text)) } else {
                    order.lines[order.lines.count - 1].notes.append(Note(text))
                }
            default:
                break
            }
        }
        return order
    }

    private func line(_ segment: HL7v2Segment, requisition: String?) -> OrderLine {
        let unit = UnitOfMeasure(rawValue: segment.value(field: 6, component: 1) ?? "EA")
        var line = OrderLine(lineNumber: segment.value(field: 1),
                             quantity: Quantity(HL7v2Values.decimal(segment.value(field: 5)) ?? 0, unit))
        for (field, kind) in [(2, ItemIdentifierKind.buyerPart), (3, .vendorPart), (4, .chargeCode)] {
            if let identifier = HL7v2Values.identifier(segment.field(field), fallback: kind, codes: self.codes) {
                line.itemIdentifiers.append(identifier)
            }
        }
        line.description = segment.value(field: 2, component: 2)
        if let requisition { line.references.append(Reference(kind: .requisition, value: requisition, qualifier: "ORC-2")) }
        if let center = segment.value(field: 7) { line.references.append(Reference(kind: .costCenter, value: center, qualifier: "RQD-7")) }
        if let place = segment.value(field: 9, component: 1) {
            line.parties.append(Party(role: .shipTo, name: segment.value(field: 9, component: 2),
                                      identifiers: [PartyIdentifier(system: .buyerAssigned, value: place, qualifier: "RQD-9")]))
        }
        if let date = HL7v2Values.date(segment.value(field: 10)) {
            line.dates.append(QualifiedDate(kind: .requestedDelivery, date: date, qualifier: "RQD-10"))
        }
        return line
    }

    private func addDetails(_ segment: HL7v2Segment, to line: inout OrderLine) {
        if let price = HL7v2Values.decimal(segment.value(field: 1)) { line.price = Price(price) }
        if let manufacturer = segment.value(field: 2, component: 1) {
            line.parties.append(Party(role: .manufacturer, name: segment.value(field: 2, component: 2),
                                      identifiers: [PartyIdentifier(system: .other, value: manufacturer, qualifier: "RQ1-2")]))
        }
        if let part = segment.value(field: 3) {
            line.itemIdentifiers.append(ItemIdentifier(kind: .manufacturerPart, value: part, qualifier: "RQ1-3"))
        }
        if let vendor = segment.value(field: 4, component: 1) {
            line.parties.append(Party(role: .supplier, name: segment.value(field: 4, component: 2),
                                      identifiers: [PartyIdentifier(system: .other, value: vendor, qualifier: "RQ1-4")]))
        }
        if let part = segment.value(field: 5), !line.itemIdentifiers.contains(where: { $0.kind == .vendorPart && $0.value == part }) {
            line.itemIdentifiers.append(ItemIdentifier(kind: .vendorPart, value: part, qualifier: "RQ1-5"))
        }
    }
}
