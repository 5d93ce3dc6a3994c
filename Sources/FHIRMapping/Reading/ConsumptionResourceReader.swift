import Canonical
import FHIR
import WharfCore

/// What ChargeItems and MedicationDispenses have in common when read as a consumption: the header (transaction
/// number, location, department, parties, patient) from the first resource of a group, and a line's Wharf extensions
/// (line number, unit price, line amount, lot, expiration, serial numbers).
struct ConsumptionResourceReader {
    let values: FHIRValueReader
    let index: FHIRResourceIndex

    /// The consumption of kind `kind` headed by `first`, without lines; `number` is the group identifier's value.
    func header(kind: ConsumptionKind, first: JSONNode, number: String?, account: Bool,
                diagnostics: inout Diagnostics) -> Consumption {
        var consumption = Consumption(kind: kind, transactionNumber: number)
        consumption.location = self.values.extensionValue(first, WharfExtension.location)?.string
        consumption.department = self.values.extensionValue(first, WharfExtension.department)?.string
        consumption.parties = PartyResourceReader(values: self.values, index: self.index).parties(
            of: first, native: [], diagnostics: &diagnostics)
        consumption.patient = self.patient(first, account: account)
        return consumption
    }

    /// The patient of a resource: `subject.identifier` (the assigning authority from a `urn:wharf:patient:<authority>`
    /// system), the visit from `encounter` (R5) or `context` (R4), and, when `account`, `account[0].identifier`.
    /// Only logical references are read; `nil` when none says anything.
    func patient(_ resource: JSONNode, account: Bool) -> PatientReference? {
        var patient = PatientReference()
        if let identifier = resource["subject"]?["identifier"], let value = identifier["value"]?.string {
            patient.patientID = value
            let system = identifier["system"]?.string ?? ""
            let prefix = FHIRSystem.patient + ":"
            if system != self.values.systems.patient, system.hasPrefix(prefix) {
                patient.assigningAuthority = String(system.dropFirst(prefix.count))
            }
        }
        let encounter = resource["encounter"] ?? resource["context"]
        patient.visitID = encounter?["identifier"]?["value"]?.string
        if account { patient.accountNumber = resource["account"]?[0]?["identifier"]?["value"]?.string }
        return patient == PatientReference() ? nil : patient
    }

    /// The quantity of a line, or `nil` with an error located at the missing or bad `quantity` (the line is skipped).
    func quantity(_ resource: JSONNode, type: String, _ diagnostics: inout Diagnostics) -> Quantity? {
        guard let node = resource["quantity"] else {
            diagnostics.append(Diagnostic(.error, .fhirMappingRequiredMissing,
                                          at: .jsonPointer(resource.pointer + "/quantity"),
                                          "the \(type) has no quantity; the line is skipped"))
            return nil
        }
        return self.values.quantity(node, &diagnostics)
    }

    /// A line with `quantity`, the item of `concept` and the Wharf extensions of `resource`.
    func line(_ resource: JSONNode, concept: JSONNode?, quantity: Quantity,
              _ diagnostics: inout Diagnostics) -> ConsumptionLine {
        var line = ConsumptionLine(quantity: quantity)
        line.lineNumber = self.values.extensionValue(resource, WharfExtension.lineNumber)?.string
        line.itemIdentifiers = self.values.itemIdentifiers(concept)
        line.description = concept?["text"]?.string
        line.price = self.values.unitPrice(resource, &diagnostics)
        line.amount = self.values.money(self.values.extensionValue(resource, WharfExtension.lineAmount), &diagnostics)
        line.lot = self.values.extensionValue(resource, WharfExtension.lotNumber)?.string
        line.expirationDate = self.values.extensionDate(resource, WharfExtension.expirationDate, &diagnostics)
        line.serialNumbers = self.values.extensionNodes(resource, WharfExtension.serialNumber)
            .compactMap { $0["valueString"]?.string }
        return line
    }

    /// Reports a missing item concept at the element's pointer (the line is kept without item identifiers).
    func reportMissingItem(_ resource: JSONNode, element: String, type: String, _ diagnostics: inout Diagnostics) {
        diagnostics.append(Diagnostic(.error, .fhirMappingRequiredMissing,
                                      at: .jsonPointer(resource.pointer + "/" + element),
                                      "the \(type) names no item as a CodeableConcept"))
    }
}
