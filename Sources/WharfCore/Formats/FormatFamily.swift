/// The syntax family of a payload: which parser family can read it.
///
/// A string-backed struct rather than an enum so that a plug-in can add a family without changing this module.
public struct FormatFamily: RawRepresentable, Hashable, Sendable, Codable, CustomStringConvertible {
    /// The family's lowercase name as it appears in a ``FormatID`` (`x12`, `hl7v2`, …).
    public let rawValue: String

    /// Creates a family from its name.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// ANSI ASC X12.
    public static let x12 = FormatFamily(rawValue: "x12")
    /// HL7 version 2 (pipe-delimited).
    public static let hl7v2 = FormatFamily(rawValue: "hl7v2")
    /// HL7 FHIR JSON.
    public static let fhir = FormatFamily(rawValue: "fhir")
    /// Delimited text with a per-partner layout.
    public static let csv = FormatFamily(rawValue: "csv")
    /// Wharf's own canonical JSON (`specs/canonical/`).
    public static let canonical = FormatFamily(rawValue: "canonical")

    public var description: String { self.rawValue }
}
