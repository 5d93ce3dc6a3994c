/// A resource or data type with all its elements (inherited ones included), in FHIR's order.
public struct FHIRStructureDefinition: Hashable, Sendable {
    /// A resource or a data type.
    public enum Kind: String, Hashable, Sendable {
        /// A resource (`SupplyRequest`).
        case resource
        /// A complex data type (`Quantity`), or `Element`.
        case dataType
    }

    /// The type name: `SupplyRequest`, `Quantity`.
    public var name: String
    /// Resource or data type.
    public var kind: Kind
    /// The type it specializes (`DomainResource`, `Element`), when any.
    public var base: String?
    /// Every element in definition order, backbone children right after their parent.
    public var elements: [FHIRElementDefinition]

    /// Creates a structure.
    public init(name: String, kind: Kind, base: String?, elements: [FHIRElementDefinition]) {
        self.name = name
        self.kind = kind
        self.base = base
        self.elements = elements
    }

    /// The element with `path`, if the structure has it.
    public func element(_ path: String) -> FHIRElementDefinition? { self.elements.first { $0.path == path } }

    /// The direct children of `path` (the structure's name for its top-level elements), in order.
    public func children(of path: String) -> [FHIRElementDefinition] {
        let prefix = path + "."
        return self.elements.filter { element in
            element.path.hasPrefix(prefix) && !element.path.dropFirst(prefix.count).contains(".")
        }
    }
}
