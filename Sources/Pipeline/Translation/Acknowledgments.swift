import Foundation
import HL7v2
import HL7v2Mapping
import Partners
import Store
import WharfCore
import X12Mapping

/// The acknowledgments the source partner's policy asks for, as outbound drafts to its first outbound channel:
/// a 997 or 999 for X12 (accepting, partially accepting or rejecting each set), an HL7 ACK for HL7 v2 that did not
/// come over MLLP (MLLP answers on the connection itself).
struct Acknowledgments {
    let source: PartnerProfile
    let sequence: any ControlNumberSequence
    let now: Date

    func drafts(for payload: Payload, envelope: Envelope, diagnostics: [Diagnostic], transport: String?)
        -> [OutboundDraft] {
        guard let channel = self.source.outbound.first else { return [] }
        let timestamp = EnvelopeTimestamp(self.now)
        var bytes: [UInt8] = []
        var type = ""
        switch envelope.format.family {
        case .x12:
            guard let wanted = self.source.acknowledgments.x12, let kind = X12AcknowledgmentKind(rawValue: wanted),
                  let number = try? self.sequence.next(.interchange, partner: self.source.id) else { return [] }
            for report in X12InterchangeReport.reports(for: payload.bytes) {
                let writer = X12AcknowledgmentWriter(date: timestamp.date, time: timestamp.time,
                                                     interchangeControlNumber: number, groupControlNumber: number)
                bytes += (try? writer.write(kind, for: report)) ?? []
            }
            type = wanted
        case .hl7v2:
            guard self.source.acknowledgments.hl7v2 != nil, transport != "mllp" else { return [] }
            let writer = HL7v2AcknowledgmentWriter()
            for message in HL7v2Reader.read(payload.bytes).messages where message.segments.first?.isHeader == true {
                guard let number = try? self.sequence.next(.hl7MessageControlID, partner: self.source.id) else { continue }
                bytes += (try? writer.acknowledgment(for: message, diagnostics: diagnostics,
                                                     timestamp: timestamp.date + timestamp.time + "00",
                                                     controlID: String(number))) ?? []
            }
            type = "ACK"
        default:
            return []
        }
        guard !bytes.isEmpty else { return [] }
        return [OutboundDraft(bytes: bytes, role: .acknowledgment, partner: self.source.id, channel: channel.name,
                              transport: channel.transportName, format: envelope.format.family.rawValue,
                              messageType: type)]
    }
}
