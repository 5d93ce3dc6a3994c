import Foundation
import Logging
import Partners
import Store
import Transport
import WharfCore

/// The sink every inbound transport hands its payloads to: it stores them in the message store before anything
/// else happens, and wakes the translators.
///
/// A quick sniff (never a full parse) names the format, message type, sender and control number, so the ledger can
/// catch duplicates at the door; a payload that cannot be sniffed is stored all the same and rejected later with
/// its diagnostics.
public struct StoreInboundSink: InboundSink {
    let store: any MessageStore
    let partners: PartnerDirectory
    let registry: FormatRegistry
    let policies: DuplicatePolicies
    let translationWork: WorkSignal
    let deliveryWork: WorkSignal?
    let rejection: DuplicateRejection?
    let logger: Logger

    /// A sink storing into `store`; with `sequence`, a duplicate the partner's policy rejects is answered (X12: a
    /// TA1 025 queued for delivery, waking `deliveryWork`).
    public init(store: any MessageStore, partners: PartnerDirectory, registry: FormatRegistry = .wharf,
                policies: DuplicatePolicies = DuplicatePolicies(), translationWork: WorkSignal,
                deliveryWork: WorkSignal? = nil, sequence: (any ControlNumberSequence)? = nil, logger: Logger) {
        self.deliveryWork = deliveryWork
        self.rejection = sequence.map { DuplicateRejection(partners: partners, sequence: $0) }
        self.store = store
        self.partners = partners
        self.registry = registry
        self.policies = policies
        self.translationWork = translationWork
        self.logger = logger
    }

    public func accept(_ payload: Payload, from origin: Origin) async throws -> Receipt {
        try await self.accept([(payload, origin)])[0]
    }

    public func accept(_ batch: [(payload: Payload, origin: Origin)]) async throws -> [Receipt] {
        if batch.count == 1, let partner = batch[0].origin.partner.flatMap(self.partners.profile),
           IntakeCheck.applies(to: batch[0].origin, partner: partner),
           let rejection = IntakeCheck(registry: self.registry).rejection(of: batch[0].payload, from: partner) {
            throw rejection
        }
        return try await self.record(batch.map { self.intake($0.payload, from: $0.origin) })
    }

    /// Stores a spooled payload without reading it into memory: the sniff reads its head, the store copies the file
    /// in pieces. (No intake check: transports that answer their senders hand over payloads in memory.)
    public func accept(spooled payload: SpooledPayload, from origin: Origin) async throws -> Receipt {
        var intake = self.intake(Payload(bytes: payload.head, name: payload.name), from: origin,
                                 head: payload.size > payload.head.count)
        intake.file = BodyFile(path: payload.path, size: payload.size, contentHash: payload.contentHash)
        return try await self.record([intake])[0]
    }

    /// Stores `intakes` in one commit, answers duplicates the partner's policy rejects, and wakes the translators.
    private func record(_ intakes: [Intake]) async throws -> [Receipt] {
        let outcomes = try await self.store.receive(intakes.map { ($0, self.policies.policy(for: $0.partner)) })
        var rejections: [(MessageID, OutboundDraft)] = []
        for (intake, outcome) in zip(intakes, outcomes) {
            self.log(intake, outcome)
            if outcome.state == .duplicate, !outcome.redelivery, self.policies.policy(for: intake.partner) == .reject,
               let answer = self.rejection?.acknowledgment(for: intake, now: Date()) {
                rejections.append((outcome.id, answer))
            }
        }
        for (id, answer) in rejections {
            do {
                try await self.store.queue([answer], for: id, now: Date())
                self.deliveryWork?.signal()
            } catch {
                self.logger.error("duplicate rejection not queued", metadata: ["message": "\(id)", "error": "\(error)"])
            }
        }
        if outcomes.contains(where: { $0.state == .received && !$0.redelivery }) { self.translationWork.signal() }
        return outcomes.map { Receipt(id: $0.id.description, duplicate: $0.redelivery || $0.state == .duplicate) }
    }

    public func sourceReleased(_ receipt: Receipt) async throws { try await self.sourcesReleased([receipt]) }

    public func sourceNotReleased(_ receipt: Receipt, reason: String) async {
        guard let id = MessageID(receipt.id) else { return }
        try? await self.store.noteSourceProblem(of: id, reason)
    }

    public func sourcesReleased(_ receipts: [Receipt]) async throws {
        try await self.store.releaseSources(of: receipts.compactMap { MessageID($0.id) })
    }

    /// What the store records of a payload: a quick sniff names its format, type, sender and control number (from
    /// its first bytes only when `head`).
    private func intake(_ payload: Payload, from origin: Origin, head: Bool = false) -> Intake {
        let envelope = (try? head ? self.registry.sniff(head: payload) : self.registry.sniff(payload))?.first
        var partner = origin.partner
        if partner == nil, let envelope, case .success(let profile) = self.partners.sender(of: envelope) {
            partner = profile.id
        }
        return Intake(bytes: payload.bytes, partner: partner, channel: origin.channel, transport: origin.transport,
                      remote: origin.remote, format: envelope?.format.family.rawValue,
                      messageType: envelope?.format.messageType, controlKey: envelope.flatMap(Self.controlKey),
                      receivedAt: origin.receivedAt)
    }

    private func log(_ intake: Intake, _ outcome: IntakeOutcome) {
        var metadata: Logger.Metadata = [
            "message": "\(outcome.id)", "partner": "\(intake.partner ?? "-")", "transport": "\(intake.transport)",
            "format": "\(intake.format ?? "unknown")", "type": "\(intake.messageType ?? "-")",
        ]
        if let key = intake.controlKey { metadata["control"] = "\(key)" }
        if outcome.redelivery {
            self.logger.info("redelivery of a stored message; nothing new stored", metadata: metadata)
        } else if let first = outcome.duplicateOf {
            metadata["duplicateOf"] = "\(first)"
            metadata["reason"] = "\(outcome.duplicateReason?.rawValue ?? "-")"
            self.logger.warning("duplicate received", metadata: metadata)
        } else {
            self.logger.info("received", metadata: metadata)
        }
    }

    /// The ledger key of a message: the interchange control number for X12 (a resent interchange is the duplicate
    /// that matters), the message control id for HL7 v2 and others.
    static func controlKey(_ envelope: Envelope) -> String? {
        if envelope.format.family == .x12, let interchange = envelope.controlNumbers.interchange {
            return "ISA13 \(interchange)"
        }
        if envelope.format.family == .hl7v2, let message = envelope.controlNumbers.message {
            return "MSH-10 \(message)"
        }
        return envelope.controlNumbers.message.map { "ID \($0)" }
    }
}

/// The duplicate policy of each partner, with a default for the rest.
public struct DuplicatePolicies: Sendable {
    public var defaultPolicy: DuplicatePolicy
    public var byPartner: [String: DuplicatePolicy]

    public init(defaultPolicy: DuplicatePolicy = .skip, byPartner: [String: DuplicatePolicy] = [:]) {
        self.defaultPolicy = defaultPolicy
        self.byPartner = byPartner
    }

    public func policy(for partner: String?) -> DuplicatePolicy {
        partner.flatMap { self.byPartner[$0] } ?? self.defaultPolicy
    }
}
