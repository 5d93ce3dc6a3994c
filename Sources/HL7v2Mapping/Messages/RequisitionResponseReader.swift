import Canonical
import HL7v2
import WharfCore

/// Reads a requisition response (ORS^O06, ORN^O08) into a canonical ``OrderResponse``: MSA-1 gives the type,
/// MSA-2 the acknowledged message, each ORC-1 the status of the lines (RQD) that follow it.
struct RequisitionResponseReader {
    let codes: HL7v2CanonicalCodes
    let message: HL7v2Message

    func read(into diagnostics: inout Diagnostics) -> OrderResponse {
        var response = OrderResponse(orderNumber: "", type: .other)
        var status: (code: String, status: LineStatus)?
        for segment in self.message.segments {
            switch segment.id {
            case "MSA":
                let code = segment.value(field: 1) ?? ""
                response.type = OrderResponseType(rawValue: self.codes.acknowledgmentResponseTypes[code] ?? "other")
                response.sourceCode = code.isEmpty ? nil : code
                if let acknowledged = segment.value(field: 2) {
                    response.references.append(Reference(kind: .other, value: acknowledged, qualifier: "MSA-2"))
                }
            case "ORC":
                let code = segment.value(field: 1) ?? ""
                status = (code, LineStatus(rawValue: self.codes.orderControlStatuses[code] ?? "other"))
                if response.orderNumber.isEmpty {
                    response.orderNumber = segment.value(field: 4, component: 1) ?? segment.value(field: 2, component: 1) ?? ""
                }
                if response.responseNumber == nil { response.responseNumber = segment.value(field: 3, component: 1) }
                if response.responseDate == nil { response.responseDate = HL7v2Values.date(segment.value(field: 9, component: 1)) }
            case "RQD":
                var line = OrderResponseLine(lineNumber: segment.value(field: 1))
                for (field, kind) in [(2, ItemIdentifierKind.buyerPart), (3, .vendorPart), (4, .chargeCode)] {
                    if let identifier = HL7v2Values.identifier(segment.field(field), fallback: kind, codes: self.codes) {
                        line.itemIdentifiers.append(identifier)
                    }
                }
                line.description = segment.value(field: 2, component: 2)
                if let quantity = HL7v2Values.decimal(segment.value(field: 5)) {
                    line.orderedQuantity = Quantity(quantity, UnitOfMeasure(rawValue: segment.value(field: 6, component: 1) ?? "EA"))
                }
                if let status {
                    line.statuses.append(LineStatusDetail(status: status.status, sourceCode: status.code,
                                                          quantity: line.orderedQuantity))
                    if [.accepted, .acceptedWithChanges].contains(status.status) { line.confirmedQuantity = line.orderedQuantity }
                }
                response.lines.append(line)
            case "NTE":
                if let text = segment.value(field: 3) {
                    if response.lines.isEmpty { response.notes.append(Note(text)) } else {
                        response.lines[response.lines.count - 1].notes.append(Note(text))
                    }
                }
            default:
                break
            }
        }
        return response
    }
}
