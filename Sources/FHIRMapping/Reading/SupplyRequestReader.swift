import Canonical
import FHIR
import WharfCore

/// Reads SupplyRequests that share a group identifier (the PO number) as one order: a line per SupplyRequest, with
/// its line number, item identifiers, description, quantity and unit price; parties, order date, currency and
/// requested delivery from the requests (a delivery date common to every line becomes the order's).
struct SupplyRequestReader {
    let values: FHIRValueReader
    let index: FHIRResourceIndex

    /// The order of `requests` (one group, in document order).
    func order(_ requests: [JSONNode], number: String?, diagnostics: inout Diagnostics) -> Order {
        let first = requests[0]
        if number == nil {
            diagnostics.append(Diagnostic(.error, .fhirMappingRequiredMissing, at: .jsonPointer(first.pointer),
                                          "the SupplyRequest has no group identifier carrying the order number"))
        }
        var order = Order(orderNumber: number ?? "")
        order.orderDate = self.values.date(first, "authoredOn", &diagnostics)
        order.currency = self.values.extensionValue(first, WharfExtension.currency)?.string
            .map { CurrencyCode(rawValue: $0) }
        order.parties = PartyResourceReader(values: self.values, index: self.index).parties(
            of: first, native: [("requester", .buyer), ("supplier", .seller), ("deliverTo", .shipTo)],
            diagnostics: &diagnostics)
        var deliveries: [CanonicalDate?] = []
        for request in requests {
            guard let line = self.line(request, &diagnostics) else { continue }
            order.lines.append(line)
            deliveries.append(self.values.date(request, "occurrenceDateTime", &diagnostics))
        }
        if let common = deliveries.first ?? nil, deliveries.allSatisfy({ $0 == common }) {
            order.dates = [QualifiedDate(kind: .requestedDelivery, date: common)]
        } else {
            for (position, date) in deliveries.enumerated() {
                if let date { order.lines[position].dates = [QualifiedDate(kind: .requestedDelivery, date: date)] }
            }
        }
        return order
    }

    private func line(_ request: JSONNode, _ diagnostics: inout Diagnostics) -> OrderLine? {
        let concept = request["itemCodeableConcept"] ?? request["item"]?["concept"]
        if concept == nil {
            diagnostics.append(Diagnostic(.error, .fhirMappingRequiredMissing, at: .jsonPointer(request.pointer),
                                          "the SupplyRequest names no item as a CodeableConcept (item references "
                                            + "are not mapped)"))
        }
        guard let quantityNode = request["quantity"] else {
            diagnostics.append(Diagnostic(.error, .fhirMappingRequiredMissing, at: .jsonPointer(request.pointer),
                                          "the SupplyRequest has no quantity; the line is skipped"))
            return nil
        }
        guard let quantity = self.values.quantity(quantityNode, &diagnostics) else { return nil }
        var line = OrderLine(quantity: quantity)
        line.lineNumber = self.values.extensionValue(request, WharfExtension.lineNumber)?.string
        line.itemIdentifiers = self.values.itemIdentifiers(concept)
        line.description = concept?["text"]?.string
        line.price = self.values.unitPrice(request, &diagnostics)
        return line
    }
}
