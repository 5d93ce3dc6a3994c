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
        case .consumption(let consumption): .consumption(self.consumption(consumption, release: release))
        case .itemMaster(let master): .itemMaster(self.itemMaster(master, release: release))
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

    /// A consumption: `usage` is written as ChargeItems and reads back as `charge`; a dispense's date is the
    /// `whenHandedOver` of its lines (common to all → the consumption's, else each line's); the account number only
    /// on ChargeItems; the assigning authority only with a patient identifier.
    static func consumption(_ consumption: Consumption, release: FHIRRelease) -> Consumption {
        let isDispense = consumption.kind == .dispense
        var carried = Consumption(kind: isDispense ? .dispense : .charge,
                                  transactionNumber: consumption.transactionNumber,
                                  date: isDispense ? nil : consumption.date, location: consumption.location,
                                  department: consumption.department,
                                  parties: consumption.parties.map { self.party($0, release: release, locations: false) })
        if let patient = consumption.patient {
            var kept = PatientReference(visitID: patient.visitID, accountNumber: isDispense ? nil : patient.accountNumber)
            if let id = patient.patientID {
                kept.patientID = id
                kept.assigningAuthority = patient.assigningAuthority
            }
            carried.patient = kept == PatientReference() ? nil : kept
        }
        carried.lines = consumption.lines.map { line in
            ConsumptionLine(lineNumber: line.lineNumber, itemIdentifiers: line.itemIdentifiers,
                            description: line.description, quantity: line.quantity, price: line.price,
                            amount: line.amount, date: isDispense ? nil : line.date, lot: line.lot,
                            serialNumbers: line.serialNumbers, expirationDate: line.expirationDate)
        }
        if isDispense {
            let dates = consumption.lines.map { $0.date ?? consumption.date }
            if let shared = dates.first ?? nil, dates.allSatisfy({ $0 == shared }) {
                carried.date = shared
            } else {
                for (position, date) in dates.enumerated() { carried.lines[position].date = date }
            }
        }
        return carried
    }

    /// An item master: the catalog number (the Bundle's identifier, so when it is the first document), the currency
    /// when there are items to carry it, and per item identifiers, description, status, prices, packaging levels
    /// (without identifiers), vendor and manufacturer, and the base unit in R5 only.
    static func itemMaster(_ master: ItemMaster, release: FHIRRelease) -> ItemMaster {
        var carried = ItemMaster(catalogNumber: master.catalogNumber,
                                 currency: master.items.isEmpty ? nil : master.currency)
        carried.items = master.items.map { item in
            var kept = ItemMasterItem(identifiers: item.identifiers, description: item.description,
                                      status: item.status, baseUnit: release == .r5 ? item.baseUnit : nil,
                                      prices: item.prices)
            kept.packaging = item.packaging.map {
                PackagingLevel(unit: $0.unit, conversionFactor: $0.conversionFactor, price: $0.price,
                               isOrderable: $0.isOrderable)
            }
            let parties = [item.vendor, item.manufacturer].compactMap { $0 }
                .map { self.party($0, release: release, locations: false) }
            (kept.vendor, kept.manufacturer) = ItemMasterReader.vendorAndManufacturer(parties)
            return kept
        }
        return carried
    }
}
