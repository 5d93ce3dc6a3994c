/// Turns a JSON pointer into a FHIR resource into the FHIRPath expression `OperationOutcome.issue.expression`
/// carries: `/entry/0/resource/quantity/value` → `Bundle.entry[0].resource.quantity.value`.
///
/// With the document and definitions at hand, the expression starts with the resource type and a choice type reads
/// as FHIRPath writes it (`/valueQuantity/value` → `Observation.value.ofType(Quantity).value`); a primitive
/// extension (`/_status/extension/0`) reads as its element (`SupplyRequest.status.extension[0]`).
public enum FHIRPathExpression {
    /// The FHIRPath expression for `pointer`; `nil` when the pointer is not a valid JSON pointer.
    /// - Parameters:
    ///   - pointer: an RFC 6901 pointer into `document`.
    ///   - document: the resource document, to know resource types and array positions; optional.
    ///   - definitions: the release's definitions, to recognize choice types; optional.
    public static func expression(forPointer pointer: String, in document: JSONDocument? = nil,
                                  definitions: FHIRDefinitions? = nil) -> String? {
        guard let tokens = JSONPointer(parsing: pointer)?.tokens else { return nil }
        var node = document?.root
        var expression = node?["resourceType"]?.string ?? ""
        var table = definitions?.table(expression)
        var inResources = false
        for token in tokens {
            // FHIR element names never start with a digit: a numeric token is an array position.
            if let index = Int(token), token.utf8.allSatisfy({ $0 &- UInt8(ascii: "0") < 10 }) {
                expression += "[\(index)]"
                node = node?[index]
                if inResources { table = node?["resourceType"]?.string.flatMap { definitions?.table($0) } }
                continue
            }
            let isExtension = token.hasPrefix("_")
            let name = isExtension ? String(token.dropFirst()) : token
            var segment = name
            var next: FHIRElementTable?
            inResources = false
            node = node?[token]
            if let table, let entry = table.entries[name] {
                let element = table.elements[entry.element]
                if element.isChoice { segment = "\(element.name).ofType(\(table.type(of: entry)))" }
                if isExtension {
                    next = definitions.map { $0.tables[$0.elementTable] }
                } else {
                    switch entry.target {
                    case .table(let index): next = definitions?.tables[index]
                    case .resource:
                        inResources = true
                        next = node?["resourceType"]?.string.flatMap { definitions?.table($0) }
                    case .primitive: next = nil
                    }
                }
            }
            expression += expression.isEmpty ? segment : "." + segment
            table = next
        }
        return expression
    }
}
