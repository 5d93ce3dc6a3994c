import Foundation
import HL7v2
import Transport
import WharfCore

/// The HL7 v2 answer of an inbound transport (MLLP): the message is validated (syntax and structure) and answered
/// with an ACK that accepts it only when it was stored — AA (CA) when valid, AE (CE) with one ERR per problem, AR
/// (CR) when the type or version is unsupported or when it could not be stored. The ACK's MSH-10 is the stored
/// message's id.
public struct HL7v2InboundAcknowledger: InboundAcknowledger {
    private let writer: HL7v2AcknowledgmentWriter

    /// An acknowledger with the standard code tables.
    public init(codes: HL7v2CanonicalCodes = .standard) { self.writer = HL7v2AcknowledgmentWriter(codes: codes) }

    public func acknowledgment(for payload: Payload, receipt: Receipt?) -> [UInt8] {
        let timestamp = Self.timestamp(Date())
        let controlID = receipt?.id ?? "W" + UUID().uuidString.prefix(12).lowercased()
        let result = HL7v2Reader.read(payload.bytes)
        guard let message = result.messages.first(where: { $0.segments.first?.isHeader == true }) else {
            // Not even a header to answer: a bare rejection.
            let ack = "MSH|^~\\&|WHARF||||\(timestamp)||ACK|\(controlID)|P|2.5.1\rMSA|AR|\r"
                + "ERR|||100^Segment sequence error^HL70357|E||||the message has no MSH segment\r"
            return Array(ack.utf8)
        }
        let diagnostics = result.diagnostics + HL7v2StructureValidator().validate(message)
        return (try? self.writer.acknowledgment(for: message, diagnostics: diagnostics, timestamp: timestamp,
                                                controlID: controlID, stored: receipt != nil)) ?? []
    }

    private static func timestamp(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyyMMddHHmmss"
        return formatter.string(from: date)
    }
}
