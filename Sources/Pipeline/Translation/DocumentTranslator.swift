import Canonical
import FHIR
import FHIRMapping
import FlatFile
import Foundation
import HL7v2Mapping
import Partners
import WharfCore
import X12
import X12Mapping

/// One translation as the CLI and the daemon run it: sniff, parse and validate (with the source partner's guide overlays),
/// cross-references inbound, cross-references outbound, serialize (with the destination partner's envelope). Each
/// stage reports to one diagnostics list; the run stops before writing anything when there are errors.
public struct DocumentTranslator: Sendable {
    /// The partner the input comes from: its overlays and inbound cross-references apply.
    public var source: PartnerProfile?
    /// The partner the output goes to: its envelope and outbound cross-references apply.
    public var destination: PartnerProfile?
    /// Where control numbers come from for a destination partner; `nil` numbers the envelope 1 (a dry run).
    public var sequence: (any ControlNumberSequence)?
    public var timestamp: EnvelopeTimestamp
    /// Neutral-envelope overrides (`--sender`, `--receiver`), used when there is no destination partner.
    public var sender: PartyIdentity?
    public var receiver: PartyIdentity?

    /// A translator from `source` to `destination` (either may be absent: neutral envelope, no cross-references).
    public init(source: PartnerProfile? = nil, destination: PartnerProfile? = nil,
                sequence: (any ControlNumberSequence)? = nil, timestamp: EnvelopeTimestamp,
                sender: PartyIdentity? = nil, receiver: PartyIdentity? = nil) {
        self.source = source
        self.destination = destination
        self.sequence = sequence
        self.timestamp = timestamp
        self.sender = sender
        self.receiver = receiver
    }

    /// The envelope of the input, or an invalid-input failure.
    public static func sniff(_ payload: Payload, registry: FormatRegistry) throws(TranslationFailure) -> Envelope {
        let envelopes: [Envelope]
        do {
            envelopes = try registry.sniff(payload)
        } catch {
            throw TranslationFailure.invalid(error.diagnostic.text)
        }
        guard let envelope = envelopes.first else {
            throw TranslationFailure.invalid("the input holds no document to translate")
        }
        return envelope
    }

    /// The envelope of the input from `partner`: as ``sniff(_:registry:)``, except that a payload no sniffer
    /// recognises is read as CSV in the layout of the partner's first CSV route (CSV carries no envelope of its own;
    /// a CSV channel is the partner's word for it).
    public static func sniff(_ payload: Payload, registry: FormatRegistry, from partner: PartnerProfile?)
        throws(TranslationFailure) -> Envelope {
        if let envelope = try? registry.sniff(payload).first { return envelope }
        if let layout = partner?.routes.routes.first(where: { $0.match.format == .csv })?.match.messageType {
            return Envelope(format: FormatID(family: .csv, messageType: layout), sender: nil, receiver: nil,
                            controlNumbers: ControlNumbers())
        }
        return try self.sniff(payload, registry: registry)
    }

    /// Canonical documents from the input; diagnostics go to `diagnostics`.
    public func parse(_ payload: Payload, envelope: Envelope, into diagnostics: inout Diagnostics)
        throws(TranslationFailure) -> [CanonicalDocument] {
        let registry = FormatRegistry.wharf
        let parser: any MessageParser
        if envelope.format.family == .x12, let overlays = self.source?.x12Overlays, !overlays.isEmpty {
            parser = X12CanonicalParser(guideRules: X12OverlayRules(overlays))
        } else if let registered = registry.parser(for: envelope.format) {
            parser = registered
        } else {
            let known = registry.parsableFormats.map(\.description)
            throw TranslationFailure.invalid(
                "Wharf cannot read \(envelope.format) into canonical documents yet (it reads: \(known.joined(separator: ", ")))")
        }
        var documents: [CanonicalDocument]
        do {
            documents = try parser.parse(payload, context: TranslationContext(envelope: envelope), diagnostics: &diagnostics)
        } catch {
            throw TranslationFailure.invalid(error.diagnostic.text)
        }
        if let source = self.source {
            documents = CrossReferenceApplier(profile: source, direction: .inbound).apply(documents, into: &diagnostics)
        }
        return documents
    }

    /// The output bytes of `documents` as `target`.
    public func serialize(_ documents: [CanonicalDocument], as target: FormatID, envelope: Envelope?,
                   into diagnostics: inout Diagnostics) throws(TranslationFailure) -> [UInt8] {
        var documents = documents
        if let destination = self.destination, target.family != .canonical {
            documents = CrossReferenceApplier(profile: destination, direction: .outbound).apply(documents, into: &diagnostics)
            guard !diagnostics.hasErrors else {
                throw TranslationFailure.invalid("the output has \(diagnostics.errorCount) error(s); nothing was written")
            }
        }
        let serializer: any MessageSerializer
        switch target.family {
        case .canonical:
            serializer = CanonicalJSONFormat()
        case .x12:
            serializer = try self.x12Serializer(for: target, sets: documents.count)
        case .hl7v2:
            serializer = try self.hl7Serializer(for: target)
        case .fhir:
            let name = target.version ?? "R4"
            guard let release = FHIRRelease(rawValue: name.uppercased()) else {
                throw TranslationFailure.unavailable("Wharf writes FHIR R4 and R5, not \(name)")
            }
            serializer = FHIRCanonicalSerializer(release: release)
        case .csv:
            serializer = try Self.csvSerializer(for: target, documents: documents)
        default:
            throw TranslationFailure.unavailable("Wharf cannot write \(target) (it writes: canonical, x12, hl7v2, fhir, csv)")
        }
        do {
            return try serializer.serialize(documents, context: TranslationContext(envelope: envelope),
                                            diagnostics: &diagnostics).bytes
        } catch {
            throw TranslationFailure.invalid(error.diagnostic.text)
        }
    }

    private func x12Serializer(for target: FormatID, sets: Int) throws(TranslationFailure) -> X12CanonicalSerializer {
        if let set = target.messageType, !X12CanonicalSerializer.writableSets.contains(set) {
            throw TranslationFailure.invalid("Wharf cannot write X12 \(set) yet (it writes: "
                + X12CanonicalSerializer.writableSets.joined(separator: ", ") + ")")
        }
        if let destination = self.destination {
            let envelope: PartnerX12Envelope
            do {
                envelope = try PartnerX12Envelope(profile: destination, date: self.timestamp.date,
                                                  time: self.timestamp.time, transactionSets: max(1, sets),
                                                  sequence: self.sequence)
            } catch {
                throw TranslationFailure.unavailable(error.message)
            }
            let release = try Self.release(target.version ?? envelope.release)
            return X12CanonicalSerializer(transactionSet: target.messageType, release: release,
                                          settings: envelope.settings, delimiters: envelope.delimiters,
                                          lineBreaks: envelope.lineBreaks)
        }
        var settings = X12EnvelopeSettings.neutral(date: self.timestamp.date, time: self.timestamp.time)
        if let sender = self.sender {
            settings.senderQualifier = sender.qualifier
            settings.senderID = sender.id
        }
        if let receiver = self.receiver {
            settings.receiverQualifier = receiver.qualifier
            settings.receiverID = receiver.id
        }
        return X12CanonicalSerializer(transactionSet: target.messageType, release: try Self.release(target.version ?? "004010"),
                                      settings: settings)
    }

    private func hl7Serializer(for target: FormatID) throws(TranslationFailure) -> HL7v2CanonicalSerializer {
        let values = self.destination?.envelope.hl7v2
        var controlID = "1"
        if let destination = self.destination, let sequence = self.sequence {
            do {
                controlID = String(try sequence.next(.hl7MessageControlID, partner: destination.id))
            } catch {
                throw TranslationFailure.unavailable(error.message)
            }
        }
        var receiver: (application: String, facility: String) = ("", "")
        if case .hl7v2(let application, let facility) = self.destination?.identities.first(where: {
            if case .hl7v2 = $0 { return true }
            return false
        }) {
            receiver = (application, facility ?? "")
        }
        let header = HL7v2MessageHeader(
            sendingApplication: values?.sendingApplication ?? "WHARF", sendingFacility: values?.sendingFacility ?? "",
            receivingApplication: values?.receivingApplication ?? receiver.application,
            receivingFacility: values?.receivingFacility ?? receiver.facility,
            timestamp: self.timestamp.date + self.timestamp.time + "00", controlID: controlID,
            processingID: values?.processingID ?? (self.destination?.status == .test ? "T" : "P"),
            version: target.version ?? values?.version ?? "2.5.1")
        return HL7v2CanonicalSerializer(header: header)
    }

    /// A CSV writer for the layout `target` names (`csv:invoice-lines`), or the default layout of the documents'
    /// kind (`csv`).
    private static func csvSerializer(for target: FormatID, documents: [CanonicalDocument]) throws(TranslationFailure)
        -> CSVCanonicalSerializer {
        let catalog = CSVLayoutCatalog.builtIn
        let names = catalog.layouts.map(\.name).joined(separator: ", ")
        if let name = target.messageType {
            guard let layout = catalog.layout(named: name) else {
                throw TranslationFailure.unavailable("there is no CSV layout \(name) (built in: \(names))")
            }
            return CSVCanonicalSerializer(layout: layout)
        }
        guard let kind = documents.first?.kind, let layout = catalog.defaultLayout(for: kind) else {
            throw TranslationFailure.unavailable("no CSV layout carries these documents; name one of: \(names)")
        }
        return CSVCanonicalSerializer(layout: layout)
    }

    private static func release(_ version: String) throws(TranslationFailure) -> String {
        let release = X12Dictionary.release(of: version) ?? version
        guard X12Dictionary.releases.contains(release) else {
            throw TranslationFailure.unavailable("Wharf writes X12 releases \(X12Dictionary.releases.joined(separator: ", ")), not \(release)")
        }
        return release
    }

}
