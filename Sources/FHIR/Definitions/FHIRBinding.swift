/// A value set bound to a coded element.
public struct FHIRBinding: Hashable, Sendable {
    /// How strongly the element is bound. Wharf's definitions carry `required` bindings only: a code outside the
    /// value set is an error.
    public var strength: String
    /// The canonical URL of the value set, e.g. `http://hl7.org/fhir/ValueSet/supplyrequest-status`.
    public var valueSet: String

    /// Creates a binding.
    public init(strength: String, valueSet: String) {
        self.strength = strength
        self.valueSet = valueSet
    }

    /// True for `required`.
    public var isRequired: Bool { self.strength == "required" }
}
