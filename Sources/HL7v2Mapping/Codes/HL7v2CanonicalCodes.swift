import Foundation

/// The tables of `specs/mappings/hl7v2-canonical.json`: HL7 v2 code values and their canonical meaning.
public struct HL7v2CanonicalCodes: Sendable {
    /// ORC-1 of a requisition → document purpose.
    public let orderControlPurposes: [String: String]
    /// ORC-1 of a requisition response → line status.
    public let orderControlStatuses: [String: String]
    /// MSA-1 → order response type.
    public let acknowledgmentResponseTypes: [String: String]
    /// CE/CWE-3 coding system → item identifier kind.
    public let codingSystems: [String: String]
    /// Diagnostic code → table 0357 error condition.
    public let errorConditions: [String: String]
    /// Table 0357 code → its text.
    public let errorConditionTexts: [String: String]

    /// The embedded tables.
    public static let standard: HL7v2CanonicalCodes = {
        guard let text = EmbeddedHL7v2Mappings.files["hl7v2-canonical.json"],
              let json = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]
        else { preconditionFailure("specs/mappings/hl7v2-canonical.json is missing or invalid; run scripts/embed-specs.sh") }
        func table(_ name: String) -> [String: String] {
            (json[name] as? [String: Any] ?? [:]).compactMapValues { $0 as? String }.filter { $0.key != "about" }
        }
        return HL7v2CanonicalCodes(
            orderControlPurposes: table("orderControlPurposes"), orderControlStatuses: table("orderControlStatuses"),
            acknowledgmentResponseTypes: table("acknowledgmentResponseTypes"), codingSystems: table("codingSystems"),
            errorConditions: table("errorConditions"), errorConditionTexts: table("errorConditionTexts"))
    }()

    /// The first code a table maps to `canonical` (sorted, so the choice is stable), or `fallback`.
    static func code(for canonical: String, in table: [String: String], fallback: String) -> String {
        table.filter { $0.value == canonical }.keys.sorted().first ?? fallback
    }
}
