import Canonical
import Foundation
import WharfCore
import X12

/// Reads an 850 purchase order into a canonical ``Order``: BEG, CUR, REF, PER, FOB, SAC, ITD, DTM, TD1/TD5/TD3,
/// N9/MSG, the N1 loop (N1–N4, REF, PER), the PO1 loop (PO1 with every product id pair, CUR, PO3, CTP, MEA, PID, PO4,
/// REF, SAC, DTM, MSG, SCH, line-level N1), CTT and AMT.
///
/// Segments that the canonical model does not carry are reported once each as `x12.mapping.segment-not-mapped`
/// warnings, so nothing is dropped silently.
struct PurchaseOrderReader {
    let codes: X12CanonicalCodes
    let set: X12TransactionSet

    func read(into diagnostics: inout Diagnostics) -> Order {
        let common = X12CommonReader(codes: self.codes)
        let money = X12MoneyReader(codes: self.codes)
        let details = X12ItemDetailReader(codes: self.codes)
        let transports = X12TransportReader(codes: self.codes)
        var order = Order(orderNumber: "")
        order.lines.reserveCapacity(self.set.segments.records.count { $0.tagCode == X12Tag.po1 })
        var party: Party?
        var line: OrderLine?
        var inLines = false
        var previousTag: UInt32 = 0
        var notMapped: Set<String> = []
        var headerContacts: [Contact] = []

        func closeParty() {
            guard let finished = party.take() else { return }
            if line.isPresent { line?.parties.append(finished) } else { order.parties.append(finished) }
        }
        func closeLine() {
            closeParty()
            if let finished = line.take() { order.lines.append(finished) }
        }
        /// Each header TD1, TD5 and TD3 is a transport of its own: the standard lists all TD1s, then all TD5s, then
        /// all TD3s, so which belong together is not written down.
        func addTransport(_ body: (inout ShipmentTransport) -> Void) {
            var transport = ShipmentTransport()
            body(&transport)
            order.transports.append(transport)
        }

        let segments = self.set.segments
        for index in segments.indices {
            let fields = X12Fields(segments, at: index)
            defer { previousTag = fields.tagCode }
            if party.isPresent {
                if common.addToParty(fields, &party!) { continue }
                closeParty()
            }
            switch fields.tagCode {
            case X12Tag.st:
                break
            case X12Tag.se, X12Tag.ctt:
                closeLine()
            case X12Tag.beg:
                order.orderNumber = fields.text(3) ?? ""
                order.purpose = fields.text(1).map {
                    DocumentPurpose(rawValue: self.codes.purposeCodes[$0] ?? "x12:\($0)")
                }
                order.type = fields.text(2).map { OrderType(rawValue: self.codes.orderTypes[$0] ?? "x12:\($0)") }
                if let release = fields.text(4) {
                    order.references.append(Reference(kind: .release, value: release, qualifier: "BEG04"))
                }
                order.orderDate = fields.date(5)
            case X12Tag.cur:
                guard let currency = fields.text(2).map(CurrencyCode.init(rawValue:)) else { break }
                self.apply(currency, after: previousTag, order: &order, line: &line)
            case X12Tag.ref:
                guard let reference = common.reference(fields) else { break }
                if line.isPresent { line?.references.append(reference) } else { order.references.append(reference) }
            case X12Tag.per:
                if inLines { notMapped.insert("PER in the PO1 loop") } else { headerContacts.append(common.contact(fields)) }
            case X12Tag.fob:
                if inLines { notMapped.insert("FOB in the PO1 loop") } else { order.freightTerms = transports.freightTerms(fields) }
            case X12Tag.itd:
                if inLines { notMapped.insert("ITD in the PO1 loop") } else {
                    order.paymentTerms.append(money.paymentTerms(fields, currency: order.currency))
                }
            case X12Tag.sac:
                let item = money.allowanceCharge(fields, currency: order.currency)
                if line.isPresent { line?.allowancesCharges.append(item) } else { order.allowancesCharges.append(item) }
            case X12Tag.td5 where !inLines:
                addTransport { transports.carrier(fields, into: &$0) }
            case X12Tag.td1 where !inLines:
                addTransport { transports.lading(fields, into: &$0) }
            case X12Tag.td3 where !inLines:
                addTransport { transports.equipment(fields, into: &$0) }
            case X12Tag.dtm:
                guard let date = common.date(fields) else { break }
                if line.isPresent { line?.dates.append(date) } else { order.dates.append(date) }
            case X12Tag.n9:
                break
            case X12Tag.msg:
                guard let text = fields.text(1) else { break }
                if line.isPresent { line?.notes.append(Note(text)) } else { order.notes.append(Note(text)) }
            case X12Tag.n1:
                party = common.party(fields)
            case X12Tag.po1:
                closeLine()
                inLines = true
                // In one piece: filling a `var` line member by member copied it whole.
                let quantity = self.quantity(fields, at: index, into: &diagnostics)
                line = OrderLine(lineNumber: fields.text(1),
                                 itemIdentifiers: common.itemIdentifiers(fields, from: 6, through: 25),
                                 quantity: quantity, price: self.price(fields))
            case X12Tag.po3 where line.isPresent:
                let detail = details.additionalDetail(fields, currency: line?.price?.currency)
                line?.additionalDetails.append(detail)
            case X12Tag.ctp where line.isPresent:
                let detail = details.priceDetail(fields, currency: line?.price?.currency ?? order.currency)
                line?.priceDetails.append(detail)
            case X12Tag.mea where line.isPresent:
                line?.measurements.append(details.measurement(fields))
            case X12Tag.po4 where line.isPresent:
                line?.packaging.append(details.packaging(fields))
            case X12Tag.sch where line.isPresent:
                line?.schedules.append(details.schedule(fields, common: common))
            case X12Tag.pid:
                if line?.description == nil, fields.text(1) == "F" {
                    line?.description = fields.text(5)
                }
            case X12Tag.amt:
                if fields.text(1) == "TT", let amount = fields.decimal(2) {
                    order.totalAmount = Money(amount, order.currency)
                }
            default:
                if let tag = fields.segment.validTag { notMapped.insert(tag) }
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

    /// A CUR applies to what it follows: an SAC's amount, a CTP's price, the line's price, or the whole order.
    private func apply(_ currency: CurrencyCode, after previousTag: UInt32, order: inout Order, line: inout OrderLine?) {
        switch previousTag {
        case X12Tag.sac:
            if let last = line?.allowancesCharges.indices.last {
                line?.allowancesCharges[last].amount?.currency = currency
            } else if !line.isPresent, !order.allowancesCharges.isEmpty {
                order.allowancesCharges[order.allowancesCharges.count - 1].amount?.currency = currency
            }
        case X12Tag.ctp where line?.priceDetails.isEmpty == false:
            let last = line?.priceDetails.indices.last ?? 0
            line?.priceDetails[last].price?.currency = currency
            line?.priceDetails[last].amount?.currency = currency
        default:
            if line.isPresent { line?.price?.currency = currency } else { order.currency = currency }
        }
    }

    /// A PO1's quantity (PO102) and unit (PO103, `EA` when absent); a located error when PO102 is not a number.
    private func quantity(_ fields: X12Fields, at index: Int, into diagnostics: inout Diagnostics) -> Quantity {
        let unit = UnitOfMeasure(rawValue: fields.text(3) ?? "EA")
        guard let quantity = fields.decimal(2) else {
            diagnostics.append(Diagnostic(
                .error, DiagnosticCode("x12.mapping.quantity-missing"),
                at: X12CommonReader.location(self.set, fields, position: index + 1, element: 2),
                "the line has no usable quantity; an order line needs one"))
            return Quantity(0, unit)
        }
        return Quantity(quantity, unit)
    }

    /// A PO1's unit price (PO104) and its basis (PO105); `nil` without a price.
    private func price(_ fields: X12Fields) -> Price? {
        guard let value = fields.decimal(4) else { return nil }
        return Price(value, nil, per: nil, basis: fields.text(5).map { PriceBasis(rawValue: $0) })
    }
}
