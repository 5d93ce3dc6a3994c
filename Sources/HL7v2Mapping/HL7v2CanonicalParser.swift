import Canonical
import HL7v2
import WharfCore

/// Reads HL7 v2 supply messages into canonical documents: validates each message (syntax and structure against
/// `specs/hl7v2`) and maps requisitions (OMS^O05, OMN^O07) and pharmacy orders (RDE^O11) to orders, requisition
/// responses (ORS^O06, ORN^O08) to order responses, charges (DFT^P03) and dispenses (RDS^O13) to consumptions, and
/// material item master updates (MFN^M16) to item masters.
///
/// ```swift
/// var diagnostics = Diagnostics()
/// let documents = try HL7v2CanonicalParser().parse(payload, context: TranslationContext(), diagnostics: &diagnostics)
/// ```
public struct HL7v2CanonicalParser: MessageParser {
    private let codes: HL7v2CanonicalCodes

    /// Creates a parser with the standard code tables.
    public init(codes: HL7v2CanonicalCodes = .standard) { self.codes = codes }

    /// The message types mapped to canonical documents.
    public static let readableTypes = ["OMS^O05", "OMN^O07", "ORS^O06", "ORN^O08", "DFT^P03", "RDS^O13", "RDE^O11",
                                       "MFN^M16"]

    public var formats: Set<FormatID> {
        Set(Self.readableTypes.map { FormatID(family: .hl7v2, messageType: $0) })
    }

    public func parse(_ payload: Payload, context: TranslationContext, diagnostics: inout Diagnostics)
        throws(TranslationError) -> [CanonicalDocument] {
        let result = HL7v2Reader.read(payload.bytes)
        diagnostics.append(contentsOf: result.diagnostics)
        let validator = HL7v2StructureValidator()
        var documents: [CanonicalDocument] = []
        for message in result.messages where message.segments.first?.isHeader == true {
            diagnostics.append(contentsOf: validator.validate(message))
            let type = HL7v2Sniffer.envelope(message).format.messageType ?? ""
            switch type {
            case "OMS^O05", "OMN^O07":
                documents.append(.order(RequisitionReader(codes: self.codes, message: message).read(into: &diagnostics)))
            case "ORS^O06", "ORN^O08":
                documents.append(.orderResponse(
                    RequisitionResponseReader(codes: self.codes, message: message).read(into: &diagnostics)))
            case "DFT^P03":
                documents.append(.consumption(
                    ChargeReader(codes: self.codes, message: message).read(kind: .charge, into: &diagnostics)))
            case "RDE^O11":
                documents.append(.order(PharmacyOrderReader(codes: self.codes, message: message).read(into: &diagnostics)))
            case "MFN^M16":
                documents.append(.itemMaster(ItemMasterReader(codes: self.codes, message: message).read(into: &diagnostics)))
            case "RDS^O13":
                documents.append(.consumption(
                    ChargeReader(codes: self.codes, message: message).read(kind: .dispense, into: &diagnostics)))
            default:
                diagnostics.append(Diagnostic(
                    .error, .formatUnsupported, at: .hl7v2(HL7v2Location(segment: "MSH", segmentOrdinal: 1, field: 9)),
                    "message type \(type.isEmpty ? "(none)" : type) cannot be translated to canonical yet (Wharf reads "
                        + Self.readableTypes.joined(separator: ", ") + ")"))
            }
        }
        return documents
    }
}
