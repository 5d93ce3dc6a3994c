import Canonical
import FHIR
import WharfCore

/// Reads SupplyDeliveries that share a shipment number as one ship notice: an item level per delivery (line
/// number, item identifiers, quantity shipped, lot, expiration, serial numbers), grouped into order levels by the
/// PO number of `basedOn` and into pack levels by the SSCC identifier; ship date and parties from the deliveries.
struct SupplyDeliveryReader {
    let values: FHIRValueReader
    let index: FHIRResourceIndex

    /// The ship notice of `deliveries` (one group, in document order).
    func shipNotice(_ deliveries: [JSONNode], number: String?, diagnostics: inout Diagnostics) -> ShipNotice {
        let first = deliveries[0]
        if number == nil {
            diagnostics.append(Diagnostic(.error, .fhirMappingRequiredMissing, at: .jsonPointer(first.pointer),
                                          "the SupplyDelivery has no identifier carrying the shipment number"))
        }
        var notice = ShipNotice(shipmentNumber: number ?? "")
        if let shipped = self.values.date(first, "occurrenceDateTime", &diagnostics) {
            notice.dates = [QualifiedDate(kind: .shipped, date: shipped)]
        }
        notice.parties = PartyResourceReader(values: self.values, index: self.index).parties(
            of: first, native: [("supplier", .shipFrom), ("destination", .shipTo)], diagnostics: &diagnostics)
        var items: [ShippedItem] = []
        for delivery in deliveries {
            let supplied = delivery["suppliedItem"].flatMap { $0.kind == .array ? $0[0] : $0 }
            let concept = supplied?["itemCodeableConcept"]
            var level = PackingLevel(kind: .item)
            level.lineNumber = self.values.extensionValue(delivery, WharfExtension.lineNumber)?.string
            level.itemIdentifiers = self.values.itemIdentifiers(concept)
            level.description = concept?["text"]?.string
            level.quantityShipped = self.values.quantity(supplied?["quantity"], &diagnostics)
            level.lot = self.values.extensionValue(delivery, WharfExtension.lotNumber)?.string
            level.expirationDate = self.values.extensionDate(delivery, WharfExtension.expirationDate, &diagnostics)
            level.serialNumbers = self.values.extensionNodes(delivery, WharfExtension.serialNumber)
                .compactMap { $0["valueString"]?.string }
            let order = delivery["basedOn"]?.children.lazy.compactMap { $0["identifier"]?["value"]?.string }.first
            let sscc = delivery["identifier"]?.children.first { $0["system"]?.string == self.values.systems.sscc }?[
                "value"]?.string
            items.append(ShippedItem(orderNumber: order, sscc: sscc, level: level))
        }
        notice.levels = ShippedItem.levels(of: items)
        return notice
    }
}
