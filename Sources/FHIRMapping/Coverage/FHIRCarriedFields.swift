import Canonical
import FHIR

/// What of a canonical document survives canonical → FHIR → canonical, as a document: the round-trip tests compare
/// the read-back document with this, and `specs/mappings/fhir.md` lists the same fields. Everything not listed here
/// (references, notes, payment terms, X12 qualifiers of dates …) has no FHIR element and is not carried.
enum FHIRCarriedFields {
    /// The carried part of `document`.
    static func carried(_ document: CanonicalDocument, release: FHIRRelease) -> CanonicalDocument {
        switch document {
        case .order(let order): .order(self.order(order, release: release))
        case .shipNotice(let notice): .shipNotice(self.shipNotice(notice, release: release))
        case .invoice(let invoice): .invoice(self.invoice(invoice))
        default: document
        }
    }

    static func party(_ party: Party, release: FHIRRelease, locations: Bool = true) -> Party {
        let type = PartyResourceWriter.resourceType(for: party.role, locations: locations)
        return Party(role: party.role, name: party.name, identifiers: party.identifiers, address: party.address,
                     contacts: PartyResourceWriter.keepsContacts(type: type, release: release) ? party.contacts : [])
    }

    static func order(_ order: Order, release: FHIRRelease) -> Order {
        var carried = Order(orderNumber: order.orderNumber, orderDate: order.orderDate, currency: order.currency,
                            parties: order.parties.map { self.party($0, release: release) })
        let orderDelivery = order.dates.first { $0.kind == .requestedDelivery }?.date
        var deliveries: [CanonicalDate?] = []
        for line in order.lines {
            carried.lines.append(OrderLine(lineNumber: line.lineNumber, itemIdentifiers: line.itemIdentifiers,
                                           description: line.description, quantity: line.quantity, price: line.price))
            deliveries.append(line.dates.first { $0.kind == .requestedDelivery }?.date ?? orderDelivery)
        }
        if let common = deliveries.first ?? nil, deliveries.allSatisfy({ $0 == common }) {
            carried.dates = [QualifiedDate(kind: .requestedDelivery, date: common)]
        } else {
            for (position, date) in deliveries.enumerated() {
                if let date { carried.lines[position].dates = [QualifiedDate(kind: .requestedDelivery, date: date)] }
            }
        }
        return carried
    }

    static func shipNotice(_ notice: ShipNotice, release: FHIRRelease) -> ShipNotice {
        var carried = ShipNotice(shipmentNumber: notice.shipmentNumber, parties: notice.parties.map { self.party($0, release: release) })
        if let shipped = notice.dates.first(where: { $0.kind == .shipped }) {
            carried.dates = [QualifiedDate(kind: .shipped, date: shipped.date)]
        }
        let items = ShippedItem.items(in: notice.levels).map { item in
            let level = item.level
            return ShippedItem(orderNumber: item.orderNumber, sscc: item.sscc, level: PackingLevel(
                kind: .item, lineNumber: level.lineNumber, itemIdentifiers: level.itemIdentifiers,
                description: level.description, quantityShipped: level.quantityShipped, lot: level.lot,
                serialNumbers: level.serialNumbers, expirationDate: level.expirationDate))
        }
        carried.levels = ShippedItem.levels(of: items)
        return carried
    }

    static func invoice(_ invoice: Invoice) -> Invoice {
        var carried = Invoice(invoiceNumber: invoice.invoiceNumber, invoiceDate: invoice.invoiceDate,
                              currency: invoice.currency,
                              parties: invoice.parties.map { self.party($0, release: .r4, locations: false) })
        carried.lines = invoice.lines.map { line in
            var kept = InvoiceLine(quantity: line.quantity)
            kept.lineNumber = line.lineNumber
            kept.itemIdentifiers = line.itemIdentifiers
            kept.description = line.description
            kept.price = line.price
            kept.amount = InvoiceResourceWriter.amount(of: line, currency: invoice.currency)
            return kept
        }
        carried.allowancesCharges = invoice.allowancesCharges.filter { $0.amount != nil }.map {
            AllowanceCharge(indicator: $0.indicator, code: $0.code, amount: $0.amount, description: $0.description)
        }
        carried.taxes = invoice.taxes.filter { $0.amount != nil }.map {
            Tax(type: $0.type, sourceCode: $0.sourceCode, amount: $0.amount, percent: $0.percent)
        }
        let gross = InvoiceResourceWriter.amount(of: invoice)
        carried.totals = InvoiceTotals(totalAmount: invoice.totals?.totalAmount ?? gross)
        return carried
    }
}
