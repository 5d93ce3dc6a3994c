import Foundation
import Partners
import Transport
import WharfCore

/// The check an HTTP channel with `rejectInvalid` runs before storing: a document that cannot be read, has errors
/// or has no route is refused at once with its diagnostics (the sender keeps it), instead of being stored and
/// rejected later.
struct IntakeCheck: Sendable {
    let registry: FormatRegistry

    /// Whether `origin`'s channel asks for the check.
    static func applies(to origin: Origin, partner: PartnerProfile) -> Bool {
        guard origin.transport == "http" else { return false }
        return partner.inbound.contains { channel in
            if channel.name == origin.channel, case .http(let settings) = channel.transport { return settings.rejectInvalid }
            return false
        }
    }

    /// Why `payload` from `partner` is refused, or `nil` when it may be stored.
    func rejection(of payload: Payload, from partner: PartnerProfile) -> IntakeRejection? {
        let envelope: Envelope
        do {
            guard let first = try self.registry.sniff(payload).first else {
                return IntakeRejection(status: 422, code: "invalid-document",
                                       message: "the body is not a document Wharf reads (X12, HL7 v2, FHIR JSON)")
            }
            envelope = first
        } catch {
            return IntakeRejection(status: 422, code: "invalid-document", message: "the body cannot be read",
                                   diagnostics: [error.diagnostic])
        }
        guard partner.routes.route(for: envelope) != nil else {
            return IntakeRejection(status: 404, code: "no-route",
                                   message: "no route of \(partner.id) matches \(envelope.format)")
        }
        var diagnostics = Diagnostics()
        let translator = DocumentTranslator(source: partner, timestamp: EnvelopeTimestamp())
        do {
            _ = try translator.parse(payload, envelope: envelope, into: &diagnostics)
        } catch {
            return IntakeRejection(status: 422, code: "invalid-document", message: error.message,
                                   diagnostics: Array(diagnostics))
        }
        guard !diagnostics.hasErrors else {
            return IntakeRejection(status: 422, code: "invalid-document",
                                   message: "\(diagnostics.errorCount) error(s) in the document; nothing was stored",
                                   diagnostics: Array(diagnostics))
        }
        return nil
    }
}
