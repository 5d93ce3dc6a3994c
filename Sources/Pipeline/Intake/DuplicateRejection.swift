import Foundation
import Partners
import Store
import WharfCore
import X12Mapping

/// The answer to a duplicate a partner's policy rejects: for X12, a TA1 with note 025 (duplicate interchange control
/// number), queued to the partner's first outbound channel. Other formats have no rejection for a resent message;
/// their duplicates are recorded and not translated.
struct DuplicateRejection: Sendable {
    let partners: PartnerDirectory
    let sequence: any ControlNumberSequence

    /// The TA1 to queue for `intake` (stored as `duplicate`), or `nil` when there is none to send.
    func acknowledgment(for intake: Intake, now: Date) -> OutboundDraft? {
        guard intake.format == "x12", let profile = intake.partner.flatMap(self.partners.profile),
              let channel = profile.outbound.first,
              var report = X12InterchangeReport.reports(for: intake.bytes).first,
              let number = try? self.sequence.next(.interchange, partner: profile.id) else { return nil }
        report.diagnostics.append(Diagnostic(.error, DiagnosticCode("x12.interchange.duplicate"), at: nil,
                                             "the interchange control number was received before from this partner"))
        let timestamp = EnvelopeTimestamp(now)
        guard let bytes = try? X12AcknowledgmentWriter(date: timestamp.date, time: timestamp.time,
                                                       interchangeControlNumber: number, groupControlNumber: number)
            .write(.interchangeTA1, for: report) else { return nil }
        return OutboundDraft(bytes: bytes, role: .acknowledgment, partner: profile.id, channel: channel.name,
                             transport: channel.transportName, format: "x12", messageType: "TA1")
    }
}
