import Foundation
import Partners
import Store
import WharfCore

/// What the daemon does with one stored inbound message: sniff, find its partner and route, translate, serialize
/// for the route's channel, and produce the acknowledgment the partner's policy asks for. Never throws: every end is
/// a ``TranslationRecord`` (`translated`, `rejected` with diagnostics, or `dead` with the reason and what to do).
public struct InboundTranslation: Sendable {
    public let partners: PartnerDirectory
    public let registry: FormatRegistry
    public let sequence: any ControlNumberSequence

    public init(partners: PartnerDirectory, registry: FormatRegistry = .wharf, sequence: any ControlNumberSequence) {
        self.partners = partners
        self.registry = registry
        self.sequence = sequence
    }

    /// The record of translating `message` (whose bytes are `bytes`) at `now`.
    public func translate(_ message: StoredMessage, bytes: [UInt8], now: Date) -> TranslationRecord {
        let payload = Payload(bytes: bytes, name: message.remote)
        let envelope: Envelope
        do {
            if let first = try self.registry.sniff(payload).first {
                envelope = first
            } else if let partner = message.partner.flatMap(self.partners.profile),
                      let csv = try? DocumentTranslator.sniff(payload, registry: self.registry, from: partner) {
                envelope = csv
            } else {
                return TranslationRecord(state: .rejected, error: "the input holds no document Wharf can read")
            }
        } catch {
            return TranslationRecord(state: .rejected, diagnostics: [error.diagnostic],
                                     error: "the input cannot be read (\(error.diagnostic.code.rawValue))")
        }
        let format = envelope.format.family.rawValue
        let type = envelope.format.messageType
        func dead(_ reason: String) -> TranslationRecord {
            TranslationRecord(state: .dead, format: format, messageType: type, error: reason)
        }
        guard let source = self.source(of: message, envelope: envelope) else {
            return dead("no partner profile claims the sender \(envelope.sender.map(\.description) ?? "(none)"); "
                + "add its identity to a profile, then replay")
        }
        guard let route = source.routes.route(for: envelope) else {
            if ["997", "999", "TA1"].contains(type ?? "") || (envelope.format.family == .hl7v2 && type?.hasPrefix("ACK") == true) {
                return self.reconcile(payload, envelope: envelope, source: source, now: now)
            }
            return dead("no route of \(source.id) matches \(envelope.format); add one to its profile, then replay")
        }
        let (destinationID, channelName) = route.destination(of: source.id)
        guard let destination = self.partners.profile(destinationID),
              let channel = destination.outboundChannel(channelName) else {
            return dead("\(route.keyPath) names the channel \(destinationID)/\(channelName), which no profile has")
        }
        let translator = DocumentTranslator(source: source, destination: destination, sequence: self.sequence,
                                            timestamp: EnvelopeTimestamp(now))
        var diagnostics = Diagnostics()
        let acknowledgments = Acknowledgments(source: source, sequence: self.sequence, now: now)
        do throws(TranslationFailure) {
            let target: FormatID
            do {
                target = try FormatID(parsing: route.output.target)
            } catch {
                throw TranslationFailure.unavailable("\(route.keyPath).output: \(error.message)")
            }
            let documents = try translator.parse(payload, envelope: envelope, into: &diagnostics)
            guard !diagnostics.hasErrors else {
                return TranslationRecord(
                    state: .rejected, format: format, messageType: type, diagnostics: Array(diagnostics),
                    error: "\(diagnostics.errorCount) error(s) in the input",
                    outputs: acknowledgments.drafts(for: payload, envelope: envelope, diagnostics: Array(diagnostics),
                                                    transport: message.transport))
            }
            let bytes = try translator.serialize(documents, as: target, envelope: envelope, into: &diagnostics)
            var output = OutboundDraft(bytes: bytes, partner: destination.id, channel: channel.name,
                                       transport: channel.transportName, format: target.family.rawValue,
                                       messageType: target.messageType ?? type)
            output.expectations = AcknowledgmentTracking.expectations(
                for: bytes, documents: documents, destination: destination, registry: self.registry, now: now)
            var record = TranslationRecord(
                state: .translated, format: format, messageType: type, diagnostics: Array(diagnostics),
                outputs: [output] + acknowledgments.drafts(for: payload, envelope: envelope,
                                                           diagnostics: Array(diagnostics), transport: message.transport))
            record.acknowledges = AcknowledgmentTracking.acknowledged(by: documents, envelope: envelope)
            return record
        } catch {
            switch error.kind {
            case .invalid:
                return TranslationRecord(
                    state: .rejected, format: format, messageType: type, diagnostics: Array(diagnostics),
                    error: error.message,
                    outputs: acknowledgments.drafts(for: payload, envelope: envelope, diagnostics: Array(diagnostics),
                                                    transport: message.transport))
            case .unavailable:
                var record = dead(error.message + "; replay once fixed")
                record.diagnostics = Array(diagnostics)
                return record
            }
        }
    }

    /// An acknowledgment with no route: read, and recorded as settling what it acknowledges.
    private func reconcile(_ payload: Payload, envelope: Envelope, source: PartnerProfile, now: Date)
        -> TranslationRecord {
        var diagnostics = Diagnostics()
        let translator = DocumentTranslator(source: source, timestamp: EnvelopeTimestamp(now))
        let format = envelope.format.family.rawValue
        do {
            let documents = try translator.parse(payload, envelope: envelope, into: &diagnostics)
            var record = TranslationRecord(state: diagnostics.hasErrors ? .rejected : .translated, format: format,
                                           messageType: envelope.format.messageType, diagnostics: Array(diagnostics))
            record.acknowledges = AcknowledgmentTracking.acknowledged(by: documents, envelope: envelope)
            return record
        } catch {
            return TranslationRecord(state: .rejected, format: format, messageType: envelope.format.messageType,
                                     diagnostics: Array(diagnostics), error: error.message)
        }
    }

    /// The partner the message is from: its channel's, or the one claiming the envelope's sender.
    private func source(of message: StoredMessage, envelope: Envelope) -> PartnerProfile? {
        if let id = message.partner { return self.partners.profile(id) }
        if case .success(let profile) = self.partners.sender(of: envelope) { return profile }
        return nil
    }
}
