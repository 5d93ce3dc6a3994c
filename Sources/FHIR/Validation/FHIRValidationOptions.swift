import WharfCore

/// What ``FHIRValidator`` reports besides violations of the definitions.
public struct FHIRValidationOptions: Hashable, Sendable {
    /// What to do with a member that is not an element of its resource or data type.
    public enum UnknownElements: Hashable, Sendable {
        /// Report `fhir.element.unknown` as an error (the FHIR rule: unknown elements are not allowed).
        case error
        /// Report `fhir.element.unknown` as a warning; the member stays in the document.
        case warning
        /// Keep the member without a word.
        case ignore
    }

    /// What to do with unknown elements; default ``UnknownElements/error``.
    public var unknownElements: UnknownElements
    /// The severity of `fhir.resource.unsupported` (a resource type Wharf has no definitions for, e.g. a Patient
    /// entry in a bundle); default `error`.
    public var unsupportedResources: DiagnosticSeverity

    /// Creates options.
    /// - Parameters:
    ///   - unknownElements: what to do with unknown elements; default ``UnknownElements/error``.
    ///   - unsupportedResources: the severity of unsupported resource types; default `error`.
    public init(unknownElements: UnknownElements = .error, unsupportedResources: DiagnosticSeverity = .error) {
        self.unknownElements = unknownElements
        self.unsupportedResources = unsupportedResources
    }
}
