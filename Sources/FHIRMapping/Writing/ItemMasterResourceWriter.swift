import Canonical
import FHIR

/// Writes an item master as one resource per item: an InventoryItem in R5; in R4 a Medication for an item with an
/// NDC and a Device otherwise. Identifiers become codings (InventoryItem.code, Medication.code, Device.type),
/// the description the concept's text, packaging levels and prices extensions, vendor and manufacturer parties.
struct ItemMasterResourceWriter {
    let values: FHIRValueBuilder

    /// Adds the item master's resources to `bundle`.
    func write(_ master: ItemMaster, into bundle: inout FHIRBundleBuilder) {
        for (index, item) in master.items.enumerated() {
            var resource = JSONObject()
            let parties = [item.vendor, item.manufacturer].compactMap { $0 }
            var extensions = item.prices.map(self.values.unitPrice) + item.packaging.map(self.packagingLevel)
            if let status = item.status {
                extensions.append(self.values.codeExtension(WharfExtension.itemStatus, status.rawValue))
            }
            if let currency = master.currency {
                extensions.append(self.values.codeExtension(WharfExtension.currency, currency.rawValue))
            }
            extensions += bundle.partyExtensions(parties, locations: false)
            let concept = self.values.itemConcept(item.identifiers, description: item.description)
            let fhirStatus: String = item.status == nil ? "unknown" : (item.status == .active ? "active" : "inactive")
            if self.values.release == .r5 {
                resource["resourceType"] = "InventoryItem"
                if !extensions.isEmpty { resource["extension"] = .array(extensions) }
                resource["status"] = .string(fhirStatus)
                resource["code"] = [concept]
                if let description = item.description {
                    resource["description"] = ["description": .string(description)]
                }
                if let unit = item.baseUnit {
                    resource["baseUnit"] = self.values.concept(system: self.values.systems.unit, code: unit.rawValue)
                }
            } else if item.identifiers.contains(where: { $0.kind == .ndc }) {
                resource["resourceType"] = "Medication"
                if !extensions.isEmpty { resource["extension"] = .array(extensions) }
                resource["code"] = concept
                if item.status != nil { resource["status"] = .string(fhirStatus) }
            } else {
                resource["resourceType"] = "Device"
                if !extensions.isEmpty { resource["extension"] = .array(extensions) }
                if item.status != nil { resource["status"] = .string(fhirStatus) }
                resource["type"] = concept
            }
            bundle.add(resource, name: "Item|\(master.catalogNumber ?? "")|\(index)")
        }
    }

    private func packagingLevel(_ level: PackagingLevel) -> JSONValue {
        var parts: [JSONValue] = [
            self.values.codeExtension("unit", level.unit.rawValue),
            self.values.valueExtension("conversionFactor", "valueDecimal", self.values.decimal(level.conversionFactor)),
        ]
        if let orderable = level.isOrderable {
            parts.append(self.values.valueExtension("orderable", "valueBoolean", .bool(orderable)))
        }
        if let price = level.price { parts.append(self.values.unitPrice(price)) }
        return ["url": .string(WharfExtension.packagingLevel), "extension": .array(parts)]
    }
}
