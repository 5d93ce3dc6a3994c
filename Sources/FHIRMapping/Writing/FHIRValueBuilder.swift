import Canonical
import FHIR
import Foundation

/// Builds FHIR data type values (Quantity, Money, CodeableConcept, Identifier, dateTime, extensions) from canonical
/// values, exactly: decimals are written as the text of the `Decimal`, never through `Double`.
struct FHIRValueBuilder: Sendable {
    let systems: FHIRIdentifierSystems
    let release: FHIRRelease

    /// A decimal as a JSON number with its exact text.
    func decimal(_ value: Decimal) -> JSONValue {
        .number(JSONNumber(value.description) ?? JSONNumber(0))
    }

    /// A Money (`value`, `currency` when known).
    func money(_ amount: Decimal, _ currency: CurrencyCode?) -> JSONValue {
        var object: JSONObject = ["value": self.decimal(amount)]
        if let currency { object["currency"] = .string(currency.rawValue) }
        return .object(object)
    }

    /// A Money from canonical money.
    func money(_ money: Money) -> JSONValue { self.money(money.amount, money.currency) }

    /// A Quantity: the value, the unit as text and as a code of the unit system.
    func quantity(_ quantity: Quantity) -> JSONValue {
        [
            "value": self.decimal(quantity.value), "unit": .string(quantity.unit.rawValue),
            "system": .string(self.systems.unit), "code": .string(quantity.unit.rawValue),
        ]
    }

    /// A CodeableConcept with one coding per item identifier (system from the kind, source qualifier kept) and the
    /// description as text.
    func itemConcept(_ identifiers: [ItemIdentifier], description: String?) -> JSONValue {
        var object = JSONObject()
        if !identifiers.isEmpty { object["coding"] = .array(identifiers.map(self.coding)) }
        if let description { object["text"] = .string(description) }
        return .object(object)
    }

    /// One item identifier as a Coding.
    func coding(_ identifier: ItemIdentifier) -> JSONValue {
        var object = JSONObject()
        if let qualifier = identifier.qualifier {
            object["extension"] = [self.stringExtension(WharfExtension.sourceQualifier, qualifier)]
        }
        object["system"] = .string(self.systems.system(for: identifier.kind))
        object["code"] = .string(identifier.value)
        return .object(object)
    }

    /// An Identifier, with the source qualifier as an extension.
    func identifier(system: String, value: String, qualifier: String? = nil, groupType: Bool = false) -> JSONValue {
        var object = JSONObject()
        if let qualifier { object["extension"] = [self.stringExtension(WharfExtension.sourceQualifier, qualifier)] }
        if groupType {
            object["type"] = ["coding": [["system": .string(FHIRSystem.identifierType),
                                           "code": .string(FHIRSystem.placerGroupNumber)]]]
        }
        object["system"] = .string(system)
        object["value"] = .string(value)
        return .object(object)
    }

    /// A party identifier as an Identifier.
    func identifier(_ identifier: PartyIdentifier) -> JSONValue {
        self.identifier(system: self.systems.system(for: identifier.system), value: identifier.value,
                        qualifier: identifier.qualifier)
    }

    /// An extension with a string value.
    func stringExtension(_ url: String, _ value: String) -> JSONValue {
        ["url": .string(url), "valueString": .string(value)]
    }

    /// An extension with a code value.
    func codeExtension(_ url: String, _ value: String) -> JSONValue {
        ["url": .string(url), "valueCode": .string(value)]
    }

    /// An extension with any value member (`valueMoney`, `valueQuantity` …).
    func valueExtension(_ url: String, _ key: String, _ value: JSONValue) -> JSONValue {
        .object(JSONObject([JSONMember("url", .string(url)), JSONMember(key, value)]))
    }

    /// The unit-price extension: amount and currency exactly, `per` and `basis` when given.
    func unitPrice(_ price: Price) -> JSONValue {
        var parts: [JSONValue] = [self.valueExtension("amount", "valueMoney", self.money(price.amount, price.currency))]
        if let per = price.per { parts.append(self.valueExtension("per", "valueQuantity", self.quantity(per))) }
        if let basis = price.basis { parts.append(self.codeExtension("basis", basis.rawValue)) }
        return ["url": .string(WharfExtension.unitPrice), "extension": .array(parts)]
    }

    /// The members of a dateTime element `name`: the value, and when FHIR cannot hold the date exactly (a time
    /// without seconds or without a time zone), the date part as the value and the exact text in a
    /// `local-date-time` extension on `_name`.
    func dateTimeMembers(_ name: String, _ date: CanonicalDate) -> [JSONMember] {
        let text = date.iso8601
        if date.hour == nil || (date.second != nil && date.utcOffsetMinutes != nil) {
            return [JSONMember(name, .string(text))]
        }
        let datePart = String(text.prefix { $0 != "T" })
        return [JSONMember(name, .string(datePart)),
                JSONMember("_" + name, ["extension": [self.stringExtension(WharfExtension.localDateTime, text)]])]
    }

    /// A dateTime extension (`valueDateTime`, with `_valueDateTime` when needed).
    func dateTimeExtension(_ url: String, _ date: CanonicalDate) -> JSONValue {
        .object(JSONObject([JSONMember("url", .string(url))] + self.dateTimeMembers("valueDateTime", date)))
    }

    /// A CodeableConcept with one coding.
    func concept(system: String, code: String, text: String? = nil) -> JSONValue {
        var object: JSONObject = ["coding": [["system": .string(system), "code": .string(code)]]]
        if let text { object["text"] = .string(text) }
        return .object(object)
    }

    /// A reference by business identifier (a logical reference).
    func logicalReference(system: String, value: String) -> JSONValue {
        ["identifier": ["system": .string(system), "value": .string(value)]]
    }

    /// A choice element's JSON name in this release for a CodeableConcept item: `itemCodeableConcept` (R4 and the
    /// R5 choices that kept it) or the CodeableReference form.
    func codeableReference(_ concept: JSONValue) -> JSONValue { ["concept": concept] }
}

extension JSONObject {
    /// Appends members in order (used for `name`/`_name` pairs).
    mutating func append(_ members: [JSONMember]) {
        for member in members { self[member.key] = member.value }
    }
}
