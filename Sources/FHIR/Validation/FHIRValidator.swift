import WharfCore

/// Checks FHIR resources (and bundles, recursively) against Wharf's definitions of a release: resource type,
/// unknown elements, required elements, cardinality and the array-or-not shape of each element, JSON kinds, primitive
/// formats, required value sets (status codes), choice types and primitive extensions (`_field`).
///
/// Every problem becomes a ``Diagnostic`` located by the JSON pointer of the offending value (for a missing element,
/// the object that lacks it), e.g. `/entry/0/resource/quantity/value`. Messages name element paths and
/// expectations, never values.
///
/// ```swift
/// let document = try JSONReader().read(bytes)
/// var diagnostics = Diagnostics()
/// FHIRValidator(release: .r4).validate(document, diagnostics: &diagnostics)
/// ```
public struct FHIRValidator: Sendable {
    /// The definitions checked against.
    public let definitions: FHIRDefinitions
    /// What to report besides violations.
    public var options: FHIRValidationOptions

    /// Creates a validator for a release.
    public init(release: FHIRRelease = .r4, options: FHIRValidationOptions = FHIRValidationOptions()) {
        self.init(definitions: FHIRDefinitions.forRelease(release), options: options)
    }

    /// Creates a validator with explicit definitions.
    public init(definitions: FHIRDefinitions, options: FHIRValidationOptions = FHIRValidationOptions()) {
        self.definitions = definitions
        self.options = options
    }

    /// Validates the document's root value as a resource, and adds the reader's duplicate-key and comment issues.
    public func validate(_ document: JSONDocument, diagnostics: inout Diagnostics) {
        diagnostics.append(contentsOf: document.issues.map(\.diagnostic))
        self.validate(resource: document.root, diagnostics: &diagnostics)
    }

    /// Validates one resource (a bundle with its entries, a contained resource, …).
    public func validate(resource: JSONNode, diagnostics: inout Diagnostics) {
        var walk = FHIRValidationWalk(definitions: self.definitions, options: self.options)
        walk.resource(resource)
        diagnostics.append(contentsOf: walk.diagnostics)
    }
}
