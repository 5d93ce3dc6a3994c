import Canonical
import FHIR
import Foundation
import WharfCore

/// Reads FHIR data types (Quantity, Money, CodeableConcept, Identifier, dateTime, Wharf extensions) into canonical
/// values, exactly: decimals from the JSON text, never through `Double`. Problems go to the diagnostics with the
/// JSON pointer of the offending value; messages never contain values.
struct FHIRValueReader {
    let systems: FHIRIdentifierSystems

    /// Units of UCUM that have a canonical (X12) unit.
    static let ucumUnits: [String: UnitOfMeasure] = [
        "{each}": .each, "{box}": .box, "{case}": .case, "{carton}": .carton, "{package}": .package,
        "{kit}": .kit, "{pallet}": .pallet, "1": .each,
    ]

    /// A decimal from a JSON number's text.
    func decimal(_ node: JSONNode?, _ diagnostics: inout Diagnostics) -> Decimal? {
        guard let node else { return nil }
        guard let text = node.numberText, let value = Decimal(string: text, locale: nil), !value.isNaN else {
            diagnostics.append(Diagnostic(.error, .fhirMappingValueInvalid, at: .jsonPointer(node.pointer),
                                          "expected a decimal number that an exact canonical amount can hold"))
            return nil
        }
        return value
    }

    /// A Quantity: the value and a unit (the code of Wharf's unit system or of UCUM, else the code or unit text).
    func quantity(_ node: JSONNode?, _ diagnostics: inout Diagnostics) -> Quantity? {
        guard let node else { return nil }
        guard let valueNode = node["value"] else {
            diagnostics.append(Diagnostic(.error, .fhirMappingRequiredMissing, at: .jsonPointer(node.pointer),
                                          "the quantity has no value"))
            return nil
        }
        guard let value = self.decimal(valueNode, &diagnostics) else { return nil }
        let code = node["code"]?.string
        var unit: UnitOfMeasure?
        if node["system"]?.string == FHIRSystem.ucum, let code { unit = Self.ucumUnits[code] }
        if unit == nil, let text = code ?? node["unit"]?.string, !text.isEmpty { unit = UnitOfMeasure(rawValue: text) }
        guard let unit else {
            diagnostics.append(Diagnostic(.error, .fhirMappingRequiredMissing, at: .jsonPointer(node.pointer),
                                          "the quantity has neither a unit code nor a unit"))
            return nil
        }
        return Quantity(value, unit)
    }

    /// A Money.
    func money(_ node: JSONNode?, _ diagnostics: inout Diagnostics) -> Money? {
        guard let node else { return nil }
        guard let value = self.decimal(node["value"], &diagnostics) else {
            if node["value"] == nil {
                diagnostics.append(Diagnostic(.error, .fhirMappingRequiredMissing, at: .jsonPointer(node.pointer),
                                              "the amount of money has no value"))
            }
            return nil
        }
        return Money(value, node["currency"]?.string.map { CurrencyCode(rawValue: $0) })
    }

    /// The item identifiers of a CodeableConcept's codings (kind from the system; an unknown system gives kind
    /// `other` with the system as qualifier).
    func itemIdentifiers(_ concept: JSONNode?) -> [ItemIdentifier] {
        guard let codings = concept?["coding"], codings.kind == .array else { return [] }
        return codings.children.compactMap { coding in
            guard let code = coding["code"]?.string else { return nil }
            let system = coding["system"]?.string ?? ""
            let qualifier = self.extensionValue(coding, WharfExtension.sourceQualifier)?.string
            if let kind = self.systems.itemKind(ofSystem: system) {
                return ItemIdentifier(kind: kind, value: code, qualifier: qualifier)
            }
            return ItemIdentifier(kind: .other, value: code, qualifier: qualifier ?? (system.isEmpty ? nil : system))
        }
    }

    /// The first extension of `node` with `url`.
    func extensionNode(_ node: JSONNode?, _ url: String) -> JSONNode? {
        node?["extension"]?.children.first { $0["url"]?.string == url }
    }

    /// Every extension of `node` with `url`.
    func extensionNodes(_ node: JSONNode?, _ url: String) -> [JSONNode] {
        guard let list = node?["extension"], list.kind == .array else { return [] }
        return list.children.filter { $0["url"]?.string == url }
    }

    /// The `value[x]` node of the first extension with `url`.
    func extensionValue(_ node: JSONNode?, _ url: String) -> JSONNode? {
        guard let found = self.extensionNode(node, url) else { return nil }
        return found.children.first { $0.key?.hasPrefix("value") == true }
    }

    /// A dateTime element `name` of `object`, preferring the exact text of a `local-date-time` extension on `_name`.
    func date(_ object: JSONNode?, _ name: String, _ diagnostics: inout Diagnostics) -> CanonicalDate? {
        guard let object else { return nil }
        if let local = self.extensionValue(object["_" + name], WharfExtension.localDateTime),
           let text = local.string, let date = try? CanonicalDate(iso8601: text) {
            return date
        }
        guard let node = object[name] else { return nil }
        guard let text = node.string, let date = try? CanonicalDate(iso8601: text) else {
            diagnostics.append(Diagnostic(.error, .fhirMappingValueInvalid, at: .jsonPointer(node.pointer),
                                          "expected a FHIR date or dateTime"))
            return nil
        }
        return date
    }

    /// The date of a dateTime extension (`valueDateTime`, `valueDate` or the local-date-time text).
    func extensionDate(_ node: JSONNode?, _ url: String, _ diagnostics: inout Diagnostics) -> CanonicalDate? {
        guard let found = self.extensionNode(node, url) else { return nil }
        return self.date(found, found["valueDate"] != nil ? "valueDate" : "valueDateTime", &diagnostics)
    }

    /// The unit-price extension of `node`.
    func unitPrice(_ node: JSONNode?, _ diagnostics: inout Diagnostics) -> Price? {
        guard let found = self.extensionNode(node, WharfExtension.unitPrice) else { return nil }
        return self.price(found, &diagnostics)
    }

    /// A unit-price extension node as a price.
    func price(_ found: JSONNode, _ diagnostics: inout Diagnostics) -> Price? {
        guard let money = self.money(self.extensionValue(found, "amount"), &diagnostics) else {
            diagnostics.append(Diagnostic(.error, .fhirMappingRequiredMissing, at: .jsonPointer(found.pointer),
                                          "the unit-price extension has no amount"))
            return nil
        }
        return Price(money, per: self.quantity(self.extensionValue(found, "per"), &diagnostics),
                     basis: self.extensionValue(found, "basis")?.string.map { PriceBasis(rawValue: $0) })
    }

    /// The value of the first identifier of `resource` with `system` (else, when `groupType`, with type `PGN`).
    func identifierValue(_ resource: JSONNode, system: String) -> String? {
        guard let identifiers = resource["identifier"], identifiers.kind == .array else { return nil }
        if let match = identifiers.children.first(where: { $0["system"]?.string == system }) {
            return match["value"]?.string
        }
        let group = identifiers.children.first { identifier in
            identifier["type"]?["coding"]?.children.contains { $0["code"]?.string == FHIRSystem.placerGroupNumber }
                ?? false
        }
        return group?["value"]?.string
    }

    /// The source qualifier extension of an Identifier or Coding.
    func qualifier(_ node: JSONNode) -> String? {
        self.extensionValue(node, WharfExtension.sourceQualifier)?.string
    }
}
