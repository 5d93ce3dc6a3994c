/// One element of a resource or data type, as `specs/fhir/<release>/*.json` lists it.
public struct FHIRElementDefinition: Hashable, Sendable {
    /// The full path, e.g. `SupplyRequest.item[x]` or `Bundle.entry.request.method`.
    public var path: String
    /// The name in JSON without `[x]`: `item`, `method`.
    public var name: String
    /// The permitted types: primitive type names (`code`, `dateTime`), data types (`Quantity`), `Resource`, or
    /// `BackboneElement`/`Element` for an element whose children follow it in the definition. Several for a choice.
    public var types: [String]
    /// The minimum cardinality.
    public var min: Int
    /// The maximum cardinality; `nil` for unbounded (`*`).
    public var max: Int?
    /// The required value set, for coded elements.
    public var binding: FHIRBinding?
    /// For an element defined like another one (`Bundle.entry.link` like `Bundle.link`): that element's path.
    public var contentReference: String?

    /// Creates an element definition.
    public init(path: String, types: [String], min: Int, max: Int?, binding: FHIRBinding? = nil,
                contentReference: String? = nil) {
        self.path = path
        let last = path.split(separator: ".").last.map(String.init) ?? path
        self.name = last.hasSuffix("[x]") ? String(last.dropLast(3)) : last
        self.types = types
        self.min = min
        self.max = max
        self.binding = binding
        self.contentReference = contentReference
    }

    /// True for a choice element (`value[x]`): its JSON name is the name followed by the type (`valueQuantity`).
    public var isChoice: Bool { self.path.hasSuffix("[x]") }
    /// True when the element may occur more than once (and is therefore always a JSON array).
    public var repeats: Bool { self.max.map { $0 > 1 } ?? true }
    /// The cardinality as FHIR writes it: `0..1`, `1..*`.
    public var cardinality: String { "\(self.min)..\(self.max.map(String.init) ?? "*")" }

    /// The JSON member name of a choice element for one of its types: `value` + `Quantity` → `valueQuantity`,
    /// `value` + `dateTime` → `valueDateTime`.
    public func jsonName(for type: String) -> String {
        guard self.isChoice, let first = type.first else { return self.name }
        return self.name + first.uppercased() + type.dropFirst()
    }
}
