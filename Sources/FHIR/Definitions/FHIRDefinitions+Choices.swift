extension FHIRDefinitions {
    /// The value of a choice element in an object, with the type it was given as: for `SupplyRequest.item[x]` and
    /// a request with `itemReference`, `("Reference", node)`. `nil` when the object has none of the element's types
    /// (or the path is not a choice element). With several types present (invalid, `fhir.choice.multiple`), the
    /// first in the definition's type order.
    ///
    /// ```swift
    /// if let (type, item) = definitions.choiceValue("SupplyRequest.item[x]", in: resource.root) { … }
    /// ```
    public func choiceValue(_ path: String, in object: JSONNode) -> (type: String, value: JSONNode)? {
        guard let element = self.element(path), element.isChoice, object.kind == .object else { return nil }
        for type in element.types {
            if let value = object[element.jsonName(for: type)] { return (type, value) }
        }
        return nil
    }
}
