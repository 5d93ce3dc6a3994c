/// The acknowledgments X12 defines for an inbound interchange.
public enum X12AcknowledgmentKind: String, Sendable, CaseIterable {
    /// 997 Functional Acknowledgment: accepts or rejects each set and group (AK1–AK9).
    case functional997 = "997"
    /// 999 Implementation Acknowledgment (005010X231A1): the 997's successor for implementation guides (IK3–IK5).
    case implementation999 = "999"
    /// TA1 Interchange Acknowledgment: accepts or rejects the interchange envelope itself.
    case interchangeTA1 = "TA1"

    /// The kind an interchange calls for: TA1 when its envelope is broken, 999 when a group names an implementation
    /// guide (GS08 `005010X…`), 997 otherwise.
    public static func preferred(for report: X12InterchangeReport) -> X12AcknowledgmentKind {
        if !report.diagnostics.isEmpty || report.groups.isEmpty { return .interchangeTA1 }
        if report.groups.contains(where: { $0.version.hasPrefix("005010X") }) { return .implementation999 }
        return .functional997
    }
}
