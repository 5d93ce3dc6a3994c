import Canonical
import HL7v2
import WharfCore

/// Reads charges (DFT^P03) into a canonical ``Consumption`` of kind `charge`, and dispenses (RDS^O13) into one of
/// kind `dispense`. Patient and visit identifiers are carried in `patient` (PHI: never logged).
///
/// | HL7 | canonical |
/// |---|---|
/// | MSH-10 | transactionNumber |
/// | EVN-2 (DFT), RXD-3 (RDS) | date |
/// | PID-3 (CX 1, 4), PID-18, PV1-19 | patient: id, assigning authority, account number, visit |
/// | PV1-3.1 | location |
/// | FT1-1, FT1-2 | lineNumber, a `transaction` reference |
/// | FT1-4 | line date |
/// | FT1-6 `CR` | a credit: the quantity is negated |
/// | FT1-7 (CE) | a charge code identifier (or the kind CE.3 names) and the description |
/// | FT1-10 | quantity (EA) |
/// | FT1-11.1, FT1-12.1 | amount and unit price |
/// | FT1-13 (CE) | department (the first line's, for the whole consumption) |
/// | FT1-29 (CE) | an NDC identifier |
/// | RXD-2 (CE) | identifier (NDC when CE.3 says so) and description |
/// | RXD-4, RXD-5.1 | quantity and unit |
/// | RXD-7 | a `prescription` reference |
/// | RXD-18, RXD-19 | lot and expiration date |
struct ChargeReader {
    let codes: HL7v2CanonicalCodes
    let message: HL7v2Message

    func read(kind: ConsumptionKind, into diagnostics: inout Diagnostics) -> Consumption {
        var consumption = Consumption(kind: kind, transactionNumber: self.message.controlID)
        var patient = PatientReference()
        for segment in self.message.segments {
            switch segment.id {
            case "EVN":
                consumption.date = HL7v2Values.date(segment.value(field: 2, component: 1))
            case "PID":
                patient.patientID = segment.value(field: 3, repetition: 1, component: 1)
                patient.assigningAuthority = segment.value(field: 3, repetition: 1, component: 4)
                patient.accountNumber = segment.value(field: 18, component: 1)
            case "PV1":
                patient.visitID = segment.value(field: 19, component: 1)
                consumption.location = segment.value(field: 3, component: 1)
            case "FT1":
                let line = self.charge(segment)
                if consumption.department == nil { consumption.department = segment.value(field: 13, component: 1) }
                consumption.lines.append(line)
            case "RXD":
                consumption.lines.append(self.dispense(segment))
                if consumption.date == nil { consumption.date = HL7v2Values.date(segment.value(field: 3, component: 1)) }
            case "ORC":
                if let placer = segment.value(field: 2, component: 1) {
                    consumption.references.append(Reference(kind: .requisition, value: placer, qualifier: "ORC-2"))
                }
            default:
                break
            }
        }
        if patient != PatientReference() { consumption.patient = patient }
        return consumption
    }

    private func charge(_ segment: HL7v2Segment) -> ConsumptionLine {
        var quantity = HL7v2Values.decimal(segment.value(field: 10)) ?? 1
        if segment.value(field: 6) == "CR", quantity > 0 { quantity = -quantity }
        var line = ConsumptionLine(lineNumber: segment.value(field: 1), quantity: Quantity(quantity, .each))
        if let identifier = HL7v2Values.identifier(segment.field(7), fallback: .chargeCode, codes: self.codes) {
            line.itemIdentifiers.append(identifier)
        }
        if let ndc = segment.value(field: 29, component: 1) {
            line.itemIdentifiers.append(ItemIdentifier(kind: .ndc, value: ndc, qualifier: "FT1-29"))
        }
        line.description = segment.value(field: 7, component: 2)
        line.date = HL7v2Values.date(segment.value(field: 4, component: 1))
        line.amount = HL7v2Values.decimal(segment.value(field: 11, component: 1)).map {
            Money($0, segment.value(field: 11, component: 2).map(CurrencyCode.init(rawValue:)))
        }
        line.price = HL7v2Values.decimal(segment.value(field: 12, component: 1)).map {
            Price($0, segment.value(field: 12, component: 2).map(CurrencyCode.init(rawValue:)))
        }
        if let transaction = segment.value(field: 2) {
            line.references.append(Reference(kind: .other, value: transaction, qualifier: "FT1-2"))
        }
        return line
    }

    private func dispense(_ segment: HL7v2Segment) -> ConsumptionLine {
        let unit = UnitOfMeasure(rawValue: segment.value(field: 5, component: 1) ?? "EA")
        var line = ConsumptionLine(lineNumber: segment.value(field: 1),
                                   quantity: Quantity(HL7v2Values.decimal(segment.value(field: 4)) ?? 0, unit))
        if let identifier = HL7v2Values.identifier(segment.field(2), fallback: .other, codes: self.codes) {
            line.itemIdentifiers.append(identifier)
        }
        line.description = segment.value(field: 2, component: 2)
        line.date = HL7v2Values.date(segment.value(field: 3, component: 1))
        line.lot = segment.value(field: 18, repetition: 1)
        line.expirationDate = HL7v2Values.date(segment.value(field: 19, repetition: 1, component: 1))
        if let prescription = segment.value(field: 7) {
            line.references.append(Reference(kind: .other, value: prescription, qualifier: "RXD-7"))
        }
        return line
    }
}
