/// The lexical rule a primitive type's values follow; ``FHIRPrimitiveType/format`` names it in
/// `specs/fhir/primitives.json`, and ``FHIRPrimitiveFormatCheck`` implements it.
public enum FHIRPrimitiveFormat: String, Hashable, Sendable, CaseIterable {
    /// `true` or `false` (a JSON boolean).
    case boolean
    /// A whole number within the type's range (integer, unsignedInt, positiveInt: JSON numbers; integer64: a string).
    case integer
    /// A JSON number, any precision, exponent allowed.
    case decimal
    /// Any characters but control characters other than tab, CR and LF.
    case string
    /// No leading or trailing whitespace, single spaces inside.
    case code
    /// `[A-Za-z0-9\-\.]{1,64}`
    case id
    /// No whitespace (uri, url, canonical).
    case uri
    /// `urn:oid:` and a dotted OID.
    case oid
    /// `urn:uuid:` and a lower-case UUID.
    case uuid
    /// Base64 text (whitespace tolerated).
    case base64Binary
    /// `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, a real calendar date.
    case date
    /// A date, or a date with time and a time zone.
    case dateTime
    /// A full date, time and time zone.
    case instant
    /// `hh:mm:ss[.fff]`
    case time
    /// XHTML narrative: a `<div …>` element (its content is not checked).
    case xhtml
}
