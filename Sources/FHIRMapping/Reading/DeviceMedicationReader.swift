import Canonical
import FHIR
import WharfCore

/// Reads an R4 Device or Medication as an item master item: identifiers and description from `Device.type` (an
/// array of concepts in R5) or `Medication.code`, the status from `item-status` (else `status` active/inactive),
/// and the Wharf extensions every item resource shares. R4 has no element for the base unit.
struct DeviceMedicationReader {
    let items: ItemMasterReader

    /// The item of `resource` (a Device or a Medication).
    func item(_ resource: JSONNode, diagnostics: inout Diagnostics) -> ItemMasterItem {
        var item = self.items.item(resource, status: resource["status"], diagnostics: &diagnostics)
        let isDevice = resource["resourceType"]?.string == "Device"
        let element = isDevice ? "type" : "code"
        guard let concepts = resource[element] else {
            diagnostics.append(Diagnostic(.error, .fhirMappingRequiredMissing,
                                          at: .jsonPointer(resource.pointer + "/" + element),
                                          "the \(isDevice ? "Device" : "Medication") names no item as a "
                                            + "CodeableConcept"))
            return item
        }
        item.identifiers = self.items.identifiers(concepts)
        item.description = (concepts.kind == .array ? concepts[0] : concepts)?["text"]?.string
        return item
    }
}
