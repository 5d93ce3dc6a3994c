import Canonical
import FHIR
import WharfCore

/// Reads an R5 InventoryItem as an item master item: identifiers from the codings of every `code`, the description
/// from `description.description` (else the first code's text), the base unit from `baseUnit`'s coding, the status
/// from `item-status` (else `status` active/inactive), and the Wharf extensions every item resource shares.
struct InventoryItemReader {
    let items: ItemMasterReader

    /// The item of `resource`.
    func item(_ resource: JSONNode, diagnostics: inout Diagnostics) -> ItemMasterItem {
        var item = self.items.item(resource, status: resource["status"], diagnostics: &diagnostics)
        let codes = resource["code"]
        if codes == nil && resource["description"] == nil {
            diagnostics.append(Diagnostic(.error, .fhirMappingRequiredMissing,
                                          at: .jsonPointer(resource.pointer + "/code"),
                                          "the InventoryItem names its item with neither a code nor a description"))
        }
        item.identifiers = self.items.identifiers(codes)
        let firstCode = codes.flatMap { $0.kind == .array ? $0[0] : $0 }
        item.description = resource["description"]?["description"]?.string ?? firstCode?["text"]?.string
        item.baseUnit = resource["baseUnit"]?["coding"]?[0]?["code"]?.string.map { UnitOfMeasure(rawValue: $0) }
        return item
    }
}
