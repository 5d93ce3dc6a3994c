import WharfCore

/// How a ``Diagnostic`` reads as an `OperationOutcome.issue`: its severity and its code from FHIR's IssueType value
/// set (`http://hl7.org/fhir/ValueSet/issue-type`).
public enum FHIRIssueType {
    /// The IssueType code for each FHIR diagnostic code.
    public static let codes: [DiagnosticCode: String] = [
        .fhirJSONSyntax: "structure", .fhirJSONEncoding: "structure", .fhirJSONTooDeep: "too-costly",
        .fhirJSONDuplicateKey: "structure", .fhirJSONComment: "structure",
        .fhirResourceTypeMissing: "structure", .fhirResourceUnknownType: "structure",
        .fhirResourceUnsupported: "not-supported",
        .fhirElementUnknown: "structure", .fhirElementRequiredMissing: "required",
        .fhirElementCardinality: "structure", .fhirElementType: "structure", .fhirElementEmpty: "invariant",
        .fhirChoiceMultiple: "structure", .fhirExtensionMisaligned: "structure",
        .fhirValueFormat: "value", .fhirValueEmpty: "value", .fhirValueNull: "structure",
        .fhirValueTooLong: "too-long", .fhirValueNotInValueSet: "code-invalid",
        .formatUnrecognized: "not-supported", .formatUnsupported: "not-supported", .inputUnreadable: "exception",
    ]

    /// Codes after which nothing else could be checked: they become `fatal` issues.
    public static let fatalCodes: Set<DiagnosticCode> = [.fhirJSONSyntax, .fhirJSONEncoding, .fhirJSONTooDeep]

    /// The IssueType code of a diagnostic: from ``codes``, else `invalid` for errors of other formats,
    /// `informational` for remarks.
    public static func code(of diagnostic: Diagnostic) -> String {
        if let code = self.codes[diagnostic.code] { return code }
        return diagnostic.severity == .info ? "informational" : diagnostic.severity == .error ? "invalid" : "processing"
    }

    /// The IssueSeverity code of a diagnostic: `fatal`, `error`, `warning` or `information`.
    public static func severity(of diagnostic: Diagnostic) -> String {
        switch diagnostic.severity {
        case .error: self.fatalCodes.contains(diagnostic.code) ? "fatal" : "error"
        case .warning: "warning"
        case .info: "information"
        }
    }
}
