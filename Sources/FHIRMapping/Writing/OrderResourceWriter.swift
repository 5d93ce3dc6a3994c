import Canonical
import FHIR

/// Writes an order as one SupplyRequest per line, tied together by a group identifier (type `PGN`) carrying the
/// purchase order number: item codings, quantity, unit price (extension), requester, supplier, deliverTo,
/// authoredOn and occurrence. R4 writes `itemCodeableConcept`, R5 `item.concept`.
struct OrderResourceWriter {
    let values: FHIRValueBuilder

    /// Adds the order's resources to `bundle`.
    func write(_ order: Order, into bundle: inout FHIRBundleBuilder) {
        let partyExtensions = bundle.partyExtensions(order.parties)
        let requester = order.parties.first { $0.role == .requester } ?? order.parties.first { $0.role == .buyer }
        let supplier = order.parties.first { $0.role == .seller } ?? order.parties.first { $0.role == .supplier }
        let deliverTo = order.parties.first { $0.role == .shipTo }
        let orderDelivery = order.dates.first { $0.kind == .requestedDelivery }
        for (index, line) in order.lines.enumerated() {
            var request: JSONObject = ["resourceType": "SupplyRequest"]
            var extensions: [JSONValue] = []
            if let lineNumber = line.lineNumber {
                extensions.append(self.values.stringExtension(WharfExtension.lineNumber, lineNumber))
            }
            if let price = line.price { extensions.append(self.values.unitPrice(price)) }
            if let currency = order.currency {
                extensions.append(self.values.codeExtension(WharfExtension.currency, currency.rawValue))
            }
            extensions += partyExtensions
            if !extensions.isEmpty { request["extension"] = .array(extensions) }
            request["identifier"] = [self.values.identifier(system: self.values.systems.orderNumber,
                                                            value: order.orderNumber, groupType: true)]
            request["status"] = "active"
            let concept = self.values.itemConcept(line.itemIdentifiers, description: line.description)
            switch self.values.release {
            case .r4: request["itemCodeableConcept"] = concept
            case .r5: request["item"] = self.values.codeableReference(concept)
            }
            request["quantity"] = self.values.quantity(line.quantity)
            if let delivery = line.dates.first(where: { $0.kind == .requestedDelivery }) ?? orderDelivery {
                request.append(self.values.dateTimeMembers("occurrenceDateTime", delivery.date))
            }
            if let orderDate = order.orderDate {
                request.append(self.values.dateTimeMembers("authoredOn", orderDate))
            }
            if let requester { request["requester"] = bundle.reference(to: requester) }
            if let supplier { request["supplier"] = [bundle.reference(to: supplier)] }
            if let deliverTo { request["deliverTo"] = bundle.reference(to: deliverTo) }
            bundle.add(request, name: "SupplyRequest|\(order.orderNumber)|\(index)")
        }
    }
}
