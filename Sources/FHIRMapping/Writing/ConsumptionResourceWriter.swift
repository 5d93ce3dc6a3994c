import Canonical
import FHIR

/// Writes a consumption as one ChargeItem (kind `charge`, status `billable`) or MedicationDispense (kind `dispense`,
/// status `completed`) per line: the transaction number as group identifier, the item codings, quantity, unit price
/// and line amount (R4 `priceOverride`, R5 `totalPriceComponent`), the patient as a logical subject reference, the
/// visit as encounter, lot and expiration as extensions.
struct ConsumptionResourceWriter {
    let values: FHIRValueBuilder

    /// Adds the consumption's resources to `bundle`.
    func write(_ consumption: Consumption, into bundle: inout FHIRBundleBuilder) {
        let isDispense = consumption.kind == .dispense
        let partyExtensions = bundle.partyExtensions(consumption.parties, locations: false)
        for (index, line) in consumption.lines.enumerated() {
            var resource: JSONObject = ["resourceType": .string(isDispense ? "MedicationDispense" : "ChargeItem")]
            var extensions: [JSONValue] = []
            if let lineNumber = line.lineNumber {
                extensions.append(self.values.stringExtension(WharfExtension.lineNumber, lineNumber))
            }
            if let price = line.price { extensions.append(self.values.unitPrice(price)) }
            if let amount = line.amount, isDispense || self.values.release == .r5 {
                extensions.append(self.values.valueExtension(WharfExtension.lineAmount, "valueMoney",
                                                             self.values.money(amount)))
            }
            if let lot = line.lot { extensions.append(self.values.stringExtension(WharfExtension.lotNumber, lot)) }
            if let expiration = line.expirationDate {
                extensions.append(self.values.dateTimeExtension(WharfExtension.expirationDate, expiration))
            }
            for serial in line.serialNumbers {
                extensions.append(self.values.stringExtension(WharfExtension.serialNumber, serial))
            }
            if let location = consumption.location {
                extensions.append(self.values.stringExtension(WharfExtension.location, location))
            }
            if let department = consumption.department {
                extensions.append(self.values.stringExtension(WharfExtension.department, department))
            }
            extensions += partyExtensions
            if !extensions.isEmpty { resource["extension"] = .array(extensions) }
            if let number = consumption.transactionNumber {
                resource["identifier"] = [self.values.identifier(system: self.values.systems.transactionNumber,
                                                                 value: number, groupType: true)]
            }
            resource["status"] = isDispense ? "completed" : "billable"
            let concept = self.values.itemConcept(line.itemIdentifiers, description: line.description)
            let subject = self.subject(consumption.patient)
            let encounterKey = self.values.release == .r4 ? "context" : "encounter"
            let encounter = consumption.patient?.visitID.map {
                self.values.logicalReference(system: FHIRSystem.visit, value: $0)
            }
            if isDispense {
                if self.values.release == .r4 {
                    resource["medicationCodeableConcept"] = concept
                } else {
                    resource["medication"] = self.values.codeableReference(concept)
                }
                resource["subject"] = subject
                if let encounter { resource[encounterKey] = encounter }
                resource["quantity"] = self.values.quantity(line.quantity)
                if let date = line.date ?? consumption.date {
                    resource.append(self.values.dateTimeMembers("whenHandedOver", date))
                }
            } else {
                resource["code"] = concept
                resource["subject"] = subject
                if let encounter { resource[encounterKey] = encounter }
                if let date = line.date { resource.append(self.values.dateTimeMembers("occurrenceDateTime", date)) }
                resource["quantity"] = self.values.quantity(line.quantity)
                if let amount = line.amount {
                    if self.values.release == .r4 {
                        resource["priceOverride"] = self.values.money(amount)
                    } else {
                        resource["totalPriceComponent"] = ["type": "base", "amount": self.values.money(amount)]
                    }
                }
                if let date = consumption.date { resource.append(self.values.dateTimeMembers("enteredDate", date)) }
                if let account = consumption.patient?.accountNumber {
                    resource["account"] = [self.values.logicalReference(system: FHIRSystem.account, value: account)]
                }
            }
            bundle.add(resource, name: "\(consumption.kind.rawValue)|\(consumption.transactionNumber ?? "")|\(index)")
        }
    }

    /// The patient as a logical reference (identifier system from the assigning authority), or a reference whose
    /// absence is explained by the `data-absent-reason` extension.
    private func subject(_ patient: PatientReference?) -> JSONValue {
        guard let patient, let id = patient.patientID else {
            return ["extension": [["url": "http://hl7.org/fhir/StructureDefinition/data-absent-reason",
                                   "valueCode": "unknown"]]]
        }
        let system = patient.assigningAuthority.map { FHIRSystem.patient + ":" + $0 } ?? self.values.systems.patient
        return self.values.logicalReference(system: system, value: id)
    }
}
