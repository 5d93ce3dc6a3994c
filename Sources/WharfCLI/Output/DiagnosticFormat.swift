import ArgumentParser

/// How `validate` prints its findings.
enum DiagnosticFormat: String, ExpressibleByArgument, CaseIterable {
    /// One line per diagnostic: `error x12.element.not-numeric PO102 (segment 13, set 0001): …`.
    case text
    /// `{"valid": …, "diagnostics": […]}` as documented in `specs/diagnostics.md`.
    case json
    /// A FHIR OperationOutcome (R4), one issue per diagnostic.
    case fhir
}
