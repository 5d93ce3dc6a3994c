import Canonical
import Foundation
import WharfCore
import X12

/// Reads an 850 purchase order into a canonical ``Order``: BEG, CUR, REF, PER, DTM, N9/MSG, the N1 loop (N1–N4,
/// PER), the PO1 loop (PO1 with every product id pair, PID, REF, DTM, MSG, line-level N1) and AMT.
///
/// Segments that the canonical model does not carry yet are reported once each as `x12.mapping.segment-not-mapped`
/// warnings, so nothing is dropped silently.
struct PurchaseOrderReader {
    let codes: X12CanonicalCodes
    let set: X12TransactionSet

    func read(into diagnostics: inout Diagnostics) -> Order {
        let common = X12CommonReader(codes: self.codes)
        var order = Order(orderNumber: "")
        var party: Party?
        var line: OrderLine?
        var inLines = false
        var notMapped: Set<String> = []
        var headerContacts: [Contact] = []

        func closeParty() {
            guard let finished = party else { return }
            if line != nil { line?.parties.append(finished) } else { order.parties.append(finished) }
            party = nil
        }
        func closeLine() {
            closeParty()
            if let finished = line { order.lines.append(finished) }
            line = nil
        }

        for (index, segment) in self.set.segments.enumerated() {
            let fields = X12Fields(segment)
            if party != nil {
                if common.addToParty(segment, &party!) { continue }
                if segment.tag == "REF" {
                    notMapped.insert("REF in the N1 loop")
                    continue
                }
                closeParty()
            }
            switch segment.tag {
            case "ST":
                break
            case "SE", "CTT":
                closeLine()
            case "BEG":
                order.orderNumber = fields.text(3) ?? ""
                order.purpose = fields.text(1).map {
                    DocumentPurpose(rawValue: self.codes.purposeCodes[$0] ?? "x12:\($0)")
                }
                order.type = fields.text(2).map { OrderType(rawValue: self.codes.orderTypes[$0] ?? "x12:\($0)") }
                if let release = fields.text(4) {
                    order.references.append(Reference(kind: .release, value: release, qualifier: "BEG04"))
                }
                order.orderDate = fields.date(5)
            case "CUR":
                if let currency = fields.text(2) { order.currency = CurrencyCode(rawValue: currency) }
            case "REF":
                guard let reference = common.reference(segment) else { break }
                if line != nil { line?.references.append(reference) } else { order.references.append(reference) }
            case "PER":
                if inLines { notMapped.insert("PER in the PO1 loop") } else { headerContacts.append(common.contact(segment)) }
            case "DTM":
                guard let date = common.date(segment) else { break }
                if line != nil { line?.dates.append(date) } else { order.dates.append(date) }
            case "N9":
                break
            case "MSG":
                guard let text = fields.text(1) else { break }
                if line != nil { line?.notes.append(Note(text)) } else { order.notes.append(Note(text)) }
            case "N1":
                party = common.party(segment)
            case "PO1":
                closeLine()
                inLines = true
                line = self.line(segment, at: index, common: common, into: &diagnostics)
            case "PID":
                if line?.description == nil, fields.text(1) == "F" {
                    line?.description = fields.text(5)
                }
            case "AMT":
                if fields.text(1) == "TT", let amount = fields.decimal(2) {
                    order.totalAmount = Money(amount, order.currency)
                }
            default:
                if let tag = segment.validTag { notMapped.insert(tag) }
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
        X12CommonReader.reportNotMapped(notMapped, in: self.set, document: "order", into: &diagnostics)
        return order
    }

    private func line(_ segment: X12Segment, at index: Int, common: X12CommonReader,
                      into diagnostics: inout Diagnostics) -> OrderLine {
        let fields = X12Fields(segment)
        let unit = UnitOfMeasure(rawValue: fields.text(3) ?? "EA")
        let quantity = fields.decimal(2)
        if quantity == nil {
            diagnostics.append(Diagnostic(
                .error, DiagnosticCode("x12.mapping.quantity-missing"),
                at: X12CommonReader.location(self.set, segment, position: index + 1, element: 2),
                "the line has no usable quantity; an order line needs one"))
        }
        var line = OrderLine(lineNumber: fields.text(1), quantity: Quantity(quantity ?? 0, unit))
        if let price = fields.decimal(4) {
            line.price = Price(price, nil, per: nil, basis: fields.text(5).map { PriceBasis(rawValue: $0) })
        }
        line.itemIdentifiers = common.itemIdentifiers(segment, from: 6, through: 25)
        return line
    }
}
