import Canonical
import FHIR
import WharfCore

/// Reads the item resources of a payload (R5 InventoryItem, R4 Device and Medication) as one item master: an item
/// per resource, in document order. The catalog number is the Bundle's identifier when its system is the
/// catalog-number system; the currency is the first item's `currency` extension. What every item resource shares is
/// read here: unit prices, packaging levels, the `item-status` extension and the vendor and manufacturer parties.
struct ItemMasterReader {
    let values: FHIRValueReader
    let index: FHIRResourceIndex

    /// The item master of `resources`.
    func itemMaster(_ resources: [JSONNode], catalogNumber: String?, diagnostics: inout Diagnostics) -> ItemMaster {
        var master = ItemMaster(catalogNumber: catalogNumber)
        master.currency = self.values.extensionValue(resources[0], WharfExtension.currency)?.string
            .map { CurrencyCode(rawValue: $0) }
        for resource in resources {
            switch resource["resourceType"]?.string {
            case "InventoryItem":
                master.items.append(InventoryItemReader(items: self).item(resource, diagnostics: &diagnostics))
            default:
                master.items.append(DeviceMedicationReader(items: self).item(resource, diagnostics: &diagnostics))
            }
        }
        return master
    }

    /// An item with what the Wharf extensions of `resource` say (prices, packaging, status, vendor, manufacturer);
    /// `status` is the resource's own status element, used when there is no `item-status` extension.
    func item(_ resource: JSONNode, status: JSONNode?, diagnostics: inout Diagnostics) -> ItemMasterItem {
        var item = ItemMasterItem()
        for node in self.values.extensionNodes(resource, WharfExtension.unitPrice) {
            if let price = self.values.price(node, &diagnostics) { item.prices.append(price) }
        }
        for node in self.values.extensionNodes(resource, WharfExtension.packagingLevel) {
            if let level = self.packagingLevel(node, &diagnostics) { item.packaging.append(level) }
        }
        item.status = self.values.extensionValue(resource, WharfExtension.itemStatus)?.string
            .map { ItemStatus(rawValue: $0) }
        if item.status == nil {
            switch status?.string {
            case "active": item.status = .active
            case "inactive": item.status = .inactive
            default: break
            }
        }
        let parties = PartyResourceReader(values: self.values, index: self.index).parties(
            of: resource, native: [], diagnostics: &diagnostics)
        (item.vendor, item.manufacturer) = Self.vendorAndManufacturer(parties)
        return item
    }

    /// The vendor and manufacturer of an item's parties as the writer orders them (vendor first): of two, the first
    /// is the vendor; a single party is the manufacturer when its role says so, else the vendor.
    static func vendorAndManufacturer(_ parties: [Party]) -> (vendor: Party?, manufacturer: Party?) {
        switch parties.count {
        case 0: (nil, nil)
        case 1: parties[0].role == .manufacturer ? (nil, parties[0]) : (parties[0], nil)
        default: (parties[0], parties[1])
        }
    }

    /// The item identifiers of the codings of every concept in `concepts` (a CodeableConcept or an array of them).
    func identifiers(_ concepts: JSONNode?) -> [ItemIdentifier] {
        guard let concepts else { return [] }
        if concepts.kind == .array { return concepts.children.flatMap { self.values.itemIdentifiers($0) } }
        return self.values.itemIdentifiers(concepts)
    }

    private func packagingLevel(_ node: JSONNode, _ diagnostics: inout Diagnostics) -> PackagingLevel? {
        guard let unit = self.values.extensionValue(node, "unit")?.string,
              let factorNode = self.values.extensionValue(node, "conversionFactor") else {
            diagnostics.append(Diagnostic(.error, .fhirMappingRequiredMissing, at: .jsonPointer(node.pointer),
                                          "a packaging-level extension needs a unit and a conversion factor"))
            return nil
        }
        guard let factor = self.values.decimal(factorNode, &diagnostics) else { return nil }
        var level = PackagingLevel(unit: UnitOfMeasure(rawValue: unit), conversionFactor: factor)
        level.isOrderable = self.values.extensionValue(node, "orderable")?.bool
        if let price = self.values.extensionNode(node, WharfExtension.unitPrice) {
            level.price = self.values.price(price, &diagnostics)
        }
        return level
    }
}
