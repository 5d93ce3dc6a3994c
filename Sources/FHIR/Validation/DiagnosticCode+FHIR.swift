import WharfCore

/// The FHIR diagnostic codes. Each is to be documented in `specs/diagnostics.md`; every one is located by a JSON
/// pointer (``SourceLocation/jsonPointer(_:)``) and becomes an `OperationOutcome.issue` (see ``FHIRIssueType``).
/// Names carry a `fhir` prefix so that they never clash with another format's codes in a module that imports several.
extension DiagnosticCode {
    // JSON syntax
    /// The input is not JSON: a missing comma, a trailing comma, an unquoted key or value, a comment (when not
    /// allowed), a wrong closing bracket, text after the value, an empty input. The message gives line and column.
    public static let fhirJSONSyntax = DiagnosticCode("fhir.json.syntax")
    /// The input is not UTF-8 (invalid bytes, UTF-16 or UTF-32 byte order mark, an escaped lone surrogate).
    public static let fhirJSONEncoding = DiagnosticCode("fhir.json.encoding")
    /// Objects and arrays nest deeper than the reader's limit.
    public static let fhirJSONTooDeep = DiagnosticCode("fhir.json.too-deep")
    /// The same key twice in one object; the first occurrence is the one read.
    public static let fhirJSONDuplicateKey = DiagnosticCode("fhir.json.duplicate-key")
    /// A `//` or `/* */` comment, skipped because the reader was told to allow comments (a warning).
    public static let fhirJSONComment = DiagnosticCode("fhir.json.comment")

    // Resources
    /// The value where a resource belongs is not an object, or has no string `resourceType`.
    public static let fhirResourceTypeMissing = DiagnosticCode("fhir.resource.type-missing")
    /// `resourceType` names no resource type of the FHIR release.
    public static let fhirResourceUnknownType = DiagnosticCode("fhir.resource.unknown-type")
    /// A FHIR resource type that Wharf has no definitions for (it neither validates nor maps it).
    public static let fhirResourceUnsupported = DiagnosticCode("fhir.resource.unsupported")

    // Elements
    /// A member that is not an element of its resource or data type (per ``FHIRValidationOptions/unknownElements``).
    public static let fhirElementUnknown = DiagnosticCode("fhir.element.unknown")
    /// A required element (minimum cardinality 1 or more) is absent; located at the object that lacks it.
    public static let fhirElementRequiredMissing = DiagnosticCode("fhir.element.required-missing")
    /// Too many or too few repetitions, an array for an element that does not repeat, or a single value for one that
    /// does (FHIR JSON always writes repeating elements as arrays).
    public static let fhirElementCardinality = DiagnosticCode("fhir.element.cardinality")
    /// The JSON kind does not fit the element's type: an object expected, a string found, and so on.
    public static let fhirElementType = DiagnosticCode("fhir.element.type")
    /// An empty object or array: FHIR elements have a value or children.
    public static let fhirElementEmpty = DiagnosticCode("fhir.element.empty")
    /// More than one type of a choice element (`value[x]`): e.g. both `valueQuantity` and `valueString`.
    public static let fhirChoiceMultiple = DiagnosticCode("fhir.choice.multiple")
    /// A primitive extension (`_field`) that does not line up with its primitive: an array of another length, an
    /// object for an array, a position with neither value nor extension, or `_field` on a non-primitive element.
    public static let fhirExtensionMisaligned = DiagnosticCode("fhir.extension.misaligned")

    // Values
    /// A primitive value that does not match its type's format (date, dateTime, instant, time, decimal, integer,
    /// positiveInt, unsignedInt, id, code, uri, oid, uuid, base64Binary, string).
    public static let fhirValueFormat = DiagnosticCode("fhir.value.format")
    /// An empty string: FHIR strings have at least one character (use an extension to say why a value is absent).
    public static let fhirValueEmpty = DiagnosticCode("fhir.value.empty")
    /// `null` outside an array that is aligned with a primitive extension.
    public static let fhirValueNull = DiagnosticCode("fhir.value.null")
    /// A string longer than its type allows (id: 64 characters, string and markdown: 1 MiB).
    public static let fhirValueTooLong = DiagnosticCode("fhir.value.too-long")
    /// A code outside the required value set bound to its element (status codes and the like).
    public static let fhirValueNotInValueSet = DiagnosticCode("fhir.value.not-in-value-set")
}
