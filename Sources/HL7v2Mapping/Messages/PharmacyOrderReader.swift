import Canonical
import HL7v2
import WharfCore

/// Reads a pharmacy order (RDE^O11) into a canonical ``Order``: one line per RXE.
///
/// | HL7 | canonical |
/// |---|---|
/// | ORC-1, ORC-2.1 (ORC-4.1 first), ORC-9 | purpose, orderNumber, orderDate, as for requisitions |
/// | RXE-2 (CE) | the item (NDC when CE.3 says so) and its description |
/// | RXE-10, RXE-11.1 | quantity and unit (the dispense amount); RXE-3 and RXE-5.1 when there is none |
/// | RXE-15 | a `prescription` reference (qualifier RXE-15) |
struct PharmacyOrderReader {
    let codes: HL7v2CanonicalCodes
    let message: HL7v2Message

    func read(into diagnostics: inout Diagnostics) -> Order {
        var order = Order(orderNumber: "")
        for segment in self.message.segments {
            switch segment.id {
            case "ORC":
                if order.purpose == nil, let purpose = self.codes.orderControlPurposes[segment.value(field: 1) ?? ""] {
                    order.purpose = DocumentPurpose(rawValue: purpose)
                }
                if order.orderNumber.isEmpty {
                    order.orderNumber = segment.value(field: 4, component: 1) ?? segment.value(field: 2, component: 1) ?? ""
                }
                if order.orderDate == nil { order.orderDate = HL7v2Values.date(segment.value(field: 9, component: 1)) }
            case "RXE":
                let amount = HL7v2Values.decimal(segment.value(field: 10)) ?? HL7v2Values.decimal(segment.value(field: 3)) ?? 0
                let unit = segment.value(field: 11, component: 1) ?? segment.value(field: 5, component: 1) ?? "EA"
                var line = OrderLine(lineNumber: String(order.lines.count + 1),
                                     quantity: Quantity(amount, UnitOfMeasure(rawValue: unit)))
                if let identifier = HL7v2Values.identifier(segment.field(2), fallback: .other, codes: self.codes) {
                    line.itemIdentifiers.append(identifier)
                }
                line.description = segment.value(field: 2, component: 2)
                if let prescription = segment.value(field: 15) {
                    line.references.append(Reference(kind: .other, value: prescription, qualifier: "RXE-15"))
                }
                order.lines.append(line)
            default:
                break
            }
        }
        return order
    }
}
