import Canonical
import FHIR
import WharfCore

/// Reads MedicationDispenses that share a group identifier (the transaction number) as one consumption of kind
/// `dispense`: a line per MedicationDispense with its line number, item (R4 `medicationCodeableConcept`, R5
/// `medication.concept`, or the code of a referenced Medication), quantity, unit price, `line-amount`, lot,
/// expiration and serial numbers. `whenHandedOver` common to every line becomes the consumption's date, else each
/// line's. Patient, location, department and parties come from the first MedicationDispense.
struct MedicationDispenseReader {
    let values: FHIRValueReader
    let index: FHIRResourceIndex

    /// The consumption of `dispenses` (one group, in document order).
    func consumption(_ dispenses: [JSONNode], number: String?, diagnostics: inout Diagnostics) -> Consumption {
        let common = ConsumptionResourceReader(values: self.values, index: self.index)
        var consumption = common.header(kind: .dispense, first: dispenses[0], number: number, account: false,
                                        diagnostics: &diagnostics)
        var dates: [CanonicalDate?] = []
        for dispense in dispenses {
            let concept = self.medication(dispense)
            if concept == nil {
                common.reportMissingItem(dispense, element: dispense["medication"] != nil ? "medication/concept"
                                            : "medicationCodeableConcept", type: "MedicationDispense", &diagnostics)
            }
            guard let quantity = common.quantity(dispense, type: "MedicationDispense", &diagnostics) else { continue }
            consumption.lines.append(common.line(dispense, concept: concept, quantity: quantity, &diagnostics))
            dates.append(self.values.date(dispense, "whenHandedOver", &diagnostics))
        }
        if let shared = dates.first ?? nil, dates.allSatisfy({ $0 == shared }) {
            consumption.date = shared
        } else {
            for (position, date) in dates.enumerated() { consumption.lines[position].date = date }
        }
        return consumption
    }

    /// The medication as a CodeableConcept: the concept itself, or the `code` of the Medication a reference
    /// resolves to.
    private func medication(_ dispense: JSONNode) -> JSONNode? {
        if let concept = dispense["medicationCodeableConcept"] ?? dispense["medication"]?["concept"] { return concept }
        guard let reference = dispense["medicationReference"] ?? dispense["medication"]?["reference"] else {
            return nil
        }
        return self.index.resolve(reference, in: dispense)?["code"]
    }
}
