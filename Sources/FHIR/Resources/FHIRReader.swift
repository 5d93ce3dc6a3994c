import WharfCore

/// Reads a FHIR JSON resource from bytes: parses the JSON exactly (``JSONReader``), finds the resource type and
/// release, and validates it (``FHIRValidator``), bundles entry by entry.
///
/// ```swift
/// var diagnostics = Diagnostics()
/// let resource = try FHIRReader().read(payload.bytes, diagnostics: &diagnostics)
/// resource.resourceType                 // "SupplyRequest"
/// resource.root["quantity"]?["value"]   // exact decimal text
/// ```
public struct FHIRReader: Sendable {
    /// How to read.
    public var options: FHIRReadOptions

    /// Creates a reader.
    public init(options: FHIRReadOptions = FHIRReadOptions()) { self.options = options }

    /// Reads and validates one resource.
    /// - Parameters:
    ///   - bytes: FHIR JSON (a UTF-8 byte order mark is skipped).
    ///   - diagnostics: receives every problem found: duplicate keys, skipped comments, validation problems
    ///     (an unsupported resource type is one of them, `fhir.resource.unsupported`).
    /// - Throws: ``TranslationError`` when nothing trustworthy is left: the JSON cannot be read (`fhir.json.*`, with
    ///   the pointer and the line and column), or the root is not an object with a string `resourceType`
    ///   (`fhir.resource.type-missing`).
    public func read(_ bytes: [UInt8], diagnostics: inout Diagnostics) throws(TranslationError) -> FHIRResource {
        let document: JSONDocument
        do {
            document = try JSONReader(options: self.options.json).read(bytes)
        } catch {
            throw error.translationError
        }
        let root = document.root
        guard root.kind == .object else {
            throw TranslationError(code: .fhirResourceTypeMissing,
                                   message: "a FHIR resource is a JSON object, not \(root.kind)",
                                   location: .jsonPointer(""))
        }
        guard let resourceType = root["resourceType"]?.string, !resourceType.isEmpty else {
            diagnostics.append(contentsOf: document.issues.map(\.diagnostic))
            throw TranslationError(code: .fhirResourceTypeMissing,
                                   message: "the object has no string 'resourceType'; it is not a FHIR resource",
                                   location: .jsonPointer(root["resourceType"] == nil ? "" : "/resourceType"),
                                   diagnostics: diagnostics.all)
        }
        let release = self.options.release ?? FHIRReleaseDetector.release(of: root) ?? self.options.defaultRelease
        let validator = FHIRValidator(release: release, options: self.options.validation)
        if self.options.validates {
            validator.validate(document, diagnostics: &diagnostics)
        } else {
            diagnostics.append(contentsOf: document.issues.map(\.diagnostic))
        }
        return FHIRResource(document: document, resourceType: resourceType, release: release,
                            isSupported: validator.definitions.isSupported(resourceType: resourceType))
    }
}
