import WharfCore

/// The diagnostic codes of the FHIR ↔ canonical mapping; each is located by a JSON pointer.
extension DiagnosticCode {
    /// An element the mapping needs is absent (a SupplyRequest without quantity, a party reference without target).
    public static let fhirMappingRequiredMissing = DiagnosticCode("fhir.mapping.required-missing")
    /// An element is present but its value cannot be mapped (a decimal a canonical amount cannot hold exactly, a
    /// date that is not a FHIR date).
    public static let fhirMappingValueInvalid = DiagnosticCode("fhir.mapping.value-invalid")
    /// A reference that points at no resource of the bundle or of `contained`.
    public static let fhirMappingReferenceUnresolved = DiagnosticCode("fhir.mapping.reference-unresolved")
    /// A resource type Wharf does not map to a canonical document (it is skipped).
    public static let fhirMappingResourceUnsupported = DiagnosticCode("fhir.mapping.resource-unsupported")
}
