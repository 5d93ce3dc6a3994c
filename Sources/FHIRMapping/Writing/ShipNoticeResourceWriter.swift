import Canonical
import FHIR

/// Writes a ship notice as one SupplyDelivery (status `in-progress`) per shipped item: the shipment number as
/// identifier, the SSCC of its pack as a second identifier, the PO number as a logical `basedOn`, the item and
/// quantity shipped as `suppliedItem`, lot, expiration and serial numbers as extensions, the ship date as
/// occurrence, ship-from as supplier and ship-to as destination.
struct ShipNoticeResourceWriter {
    let values: FHIRValueBuilder

    /// Adds the notice's resources to `bundle`.
    func write(_ notice: ShipNotice, into bundle: inout FHIRBundleBuilder) {
        let partyExtensions = bundle.partyExtensions(notice.parties)
        let supplier = notice.parties.first { $0.role == .shipFrom } ?? notice.parties.first { $0.role == .seller }
        let destination = notice.parties.first { $0.role == .shipTo }
        let shipped = notice.dates.first { $0.kind == .shipped }
        for (index, item) in ShippedItem.items(in: notice.levels).enumerated() {
            let level = item.level
            var delivery: JSONObject = ["resourceType": "SupplyDelivery"]
            var extensions: [JSONValue] = []
            if let lineNumber = level.lineNumber {
                extensions.append(self.values.stringExtension(WharfExtension.lineNumber, lineNumber))
            }
            if let lot = level.lot { extensions.append(self.values.stringExtension(WharfExtension.lotNumber, lot)) }
            if let expiration = level.expirationDate {
                extensions.append(self.values.dateTimeExtension(WharfExtension.expirationDate, expiration))
            }
            for serial in level.serialNumbers {
                extensions.append(self.values.stringExtension(WharfExtension.serialNumber, serial))
            }
            extensions += partyExtensions
            if !extensions.isEmpty { delivery["extension"] = .array(extensions) }
            var identifiers = [self.values.identifier(system: self.values.systems.shipmentNumber,
                                                      value: notice.shipmentNumber, groupType: true)]
            if let sscc = item.sscc {
                identifiers.append(self.values.identifier(system: self.values.systems.sscc, value: sscc))
            }
            delivery["identifier"] = .array(identifiers)
            if let order = item.orderNumber {
                delivery["basedOn"] = [self.values.logicalReference(system: self.values.systems.orderNumber, value: order)]
            }
            delivery["status"] = "in-progress"
            var supplied = JSONObject()
            if let quantity = level.quantityShipped { supplied["quantity"] = self.values.quantity(quantity) }
            if !level.itemIdentifiers.isEmpty || level.description != nil {
                supplied["itemCodeableConcept"] = self.values.itemConcept(level.itemIdentifiers,
                                                                          description: level.description)
            }
            if supplied.count > 0 {
                delivery["suppliedItem"] = self.values.release == .r4 ? .object(supplied) : [.object(supplied)]
            }
            if let shipped { delivery.append(self.values.dateTimeMembers("occurrenceDateTime", shipped.date)) }
            if let supplier { delivery["supplier"] = bundle.reference(to: supplier) }
            if let destination { delivery["destination"] = bundle.reference(to: destination) }
            bundle.add(delivery, name: "SupplyDelivery|\(notice.shipmentNumber)|\(index)")
        }
    }
}
