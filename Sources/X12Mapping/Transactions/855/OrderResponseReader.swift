import Canonical
import Foundation
import WharfCore
import X12

/// Reads an 855 purchase order acknowledgment into a canonical ``OrderResponse``: BAK, CUR, REF, PER, DTM, the N1
/// loop, the PO1 loop (PO1 as ordered, PID, ACK line statuses with their quantities, dates and substitute ids, DTM,
/// REF) and CTT.
struct OrderResponseReader {
    let codes: X12CanonicalCodes
    let set: X12TransactionSet

    func read(into diagnostics: inout Diagnostics) -> OrderResponse {
        let common = X12CommonReader(codes: self.codes)
        var response = OrderResponse(orderNumber: "", type: .other)
        var party: Party?
        var line: OrderResponseLine?
        var notMapped: Set<String> = []

        func closeParty() {
            guard let finished = party.take() else { return }
            response.parties.append(finished)
        }
        func closeLine() {
            closeParty()
            if var finished = line.take() {
                let confirmed = finished.statuses.first {
                    [.accepted, .acceptedWithChanges, .quantityChanged, .priceChanged, .dateChanged].contains($0.status)
                }
                finished.confirmedQuantity = confirmed?.quantity
                response.lines.append(finished)
            }
            line = nil
        }

        let segments = self.set.segments
        for index in segments.indices {
            let fields = X12Fields(segments, at: index)
            if party.isPresent {
                if common.addToParty(fields, &party!) { continue }
                closeParty()
            }
            switch fields.tagCode {
            case X12Tag.st:
                break
            case X12Tag.se, X12Tag.ctt:
                closeLine()
            case X12Tag.bak:
                response.purpose = fields.text(1).map {
                    DocumentPurpose(rawValue: self.codes.purposeCodes[$0] ?? "x12:\($0)")
                }
                let type = fields.text(2) ?? ""
                response.type = OrderResponseType(rawValue: self.codes.responseTypes[type] ?? "other")
                response.sourceCode = type.isEmpty ? nil : type
                response.orderNumber = fields.text(3) ?? ""
                response.orderDate = fields.date(4)
                if let release = fields.text(5) {
                    response.references.append(Reference(kind: .release, value: release, qualifier: "BAK05"))
                }
                if let contract = fields.text(7) {
                    response.references.append(Reference(kind: .contract, value: contract, qualifier: "BAK07"))
                }
                response.responseNumber = fields.text(8)
                response.responseDate = fields.date(9)
            case X12Tag.cur:
                if let currency = fields.text(2) { response.currency = CurrencyCode(rawValue: currency) }
            case X12Tag.ref:
                guard let reference = common.reference(fields) else { break }
                if line.isPresent { line?.references.append(reference) } else { response.references.append(reference) }
            case X12Tag.dtm:
                guard let date = common.date(fields) else { break }
                if line.isPresent { line?.dates.append(date) } else { response.dates.append(date) }
            case X12Tag.msg:
                guard let text = fields.text(1) else { break }
                if line.isPresent { line?.notes.append(Note(text)) } else { response.notes.append(Note(text)) }
            case X12Tag.n9:
                break
            case X12Tag.n1:
                party = common.party(fields)
            case X12Tag.po1:
                closeLine()
                var next = OrderResponseLine(lineNumber: fields.text(1))
                if let quantity = fields.decimal(2) {
                    next.orderedQuantity = Quantity(quantity, UnitOfMeasure(rawValue: fields.text(3) ?? "EA"))
                }
                if let price = fields.decimal(4) {
                    next.orderedPrice = Price(price, nil, per: nil,
                                              basis: fields.text(5).map { PriceBasis(rawValue: $0) })
                }
                next.itemIdentifiers = common.itemIdentifiers(fields, from: 6, through: 25)
                line = next
            case X12Tag.pid:
                if line?.description == nil, fields.text(1) == "F" {
                    line?.description = fields.text(5)
                }
            case X12Tag.ctp where line.isPresent:
                // The price the seller confirms (e.g. with ACK01 `IP`, price changed).
                let detail = X12ItemDetailReader(codes: self.codes).priceDetail(fields, currency: response.currency)
                line?.confirmedPrice = detail.price
            case X12Tag.sch where line.isPresent:
                line?.schedules.append(X12ItemDetailReader(codes: self.codes).schedule(fields, common: common))
            case X12Tag.ack:
                guard line.isPresent else {
                    notMapped.insert("ACK outside the PO1 loop")
                    break
                }
                line?.statuses.append(self.status(fields, common: common))
            default:
                if let tag = fields.segment.validTag { notMapped.insert(tag) }
            }
        }
        closeLine()
        X12CommonReader.reportNotMapped(notMapped, in: self.set, document: "order response", into: &diagnostics)
        return response
    }

    /// ACK: status (ACK01), quantity and unit (ACK02/03), a qualified date (ACK04/05), substitute ids (ACK07…).
    private func status(_ fields: X12Fields, common: X12CommonReader) -> LineStatusDetail {
        let code = fields.text(1) ?? ""
        var detail = LineStatusDetail(status: LineStatus(rawValue: self.codes.lineStatuses[code] ?? "other"),
                                      sourceCode: code.isEmpty ? nil : code)
        if let quantity = fields.decimal(2) {
            detail.quantity = Quantity(quantity, UnitOfMeasure(rawValue: fields.text(3) ?? "EA"))
        }
        if let qualifier = fields.text(4), let date = fields.date(5) {
            detail.date = common.qualifiedDate(qualifier, date)
        }
        detail.itemIdentifiers = common.itemIdentifiers(fields, from: 7, through: 28)
        return detail
    }
}
