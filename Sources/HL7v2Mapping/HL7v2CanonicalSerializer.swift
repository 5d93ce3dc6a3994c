import Canonical
import HL7v2
import WharfCore

/// Writes canonical documents as HL7 v2 messages, one per document: an order as an OMS^O05 (OMN^O07 or RDE^O11 on
/// request), an order response as an ORS^O06 (ORN^O08), a consumption of kind `charge` as a DFT^P03 and of kind
/// `dispense` as an RDS^O13, an item master as an MFN^M16 (v2.6). Control ids are `controlIDPrefix` followed by the document's position (1, 2 …).
public struct HL7v2CanonicalSerializer: MessageSerializer {
    /// The MSH values (MSH-10 is numbered per message from ``header``'s control id).
    public var header: HL7v2MessageHeader
    /// The message type to write where a document has more than one (`OMN^O07` or `RDE^O11` for an order,
    /// `ORN^O08` for an order response); `nil` for the usual one.
    public var messageType: String?
    /// The segment terminator.
    public var terminator: HL7v2SegmentTerminator
    private let codes: HL7v2CanonicalCodes

    /// Creates a serializer.
    public init(header: HL7v2MessageHeader, messageType: String? = nil,
                terminator: HL7v2SegmentTerminator = .carriageReturn, codes: HL7v2CanonicalCodes = .standard) {
        self.header = header
        self.messageType = messageType
        self.terminator = terminator
        self.codes = codes
    }

    public var format: FormatID { FormatID(family: .hl7v2, version: self.header.version) }

    public func serialize(_ documents: [CanonicalDocument], context: TranslationContext, diagnostics: inout Diagnostics)
        throws(TranslationError) -> Payload {
        var writer = HL7v2Writer(separators: .standard, terminator: self.terminator)
        for (index, document) in documents.enumerated() {
            var header = self.header
            if documents.count > 1 { header.controlID += "-\(index + 1)" }
            let segments: [HL7v2OutputSegment]
            switch document {
            case .order(let order) where self.messageType == "RDE^O11":
                segments = PharmacyWriter(codes: self.codes).segments(for: order, header: header)
            case .order(let order):
                segments = RequisitionWriter(codes: self.codes)
                    .segments(for: order, header: header, nonStock: self.messageType == "OMN^O07")
            case .consumption(let consumption) where consumption.kind == .charge:
                segments = ChargeWriter(codes: self.codes).segments(for: consumption, header: header)
            case .consumption(let consumption) where consumption.kind == .dispense:
                segments = PharmacyWriter(codes: self.codes).segments(for: consumption, header: header)
            case .orderResponse(let response):
                segments = RequisitionResponseWriter(codes: self.codes)
                    .segments(for: response, header: header, nonStock: self.messageType == "ORN^O08")
            case .itemMaster(let master):
                segments = ItemMasterWriter(codes: self.codes).segments(for: master, header: header)
            default:
                throw TranslationError(code: .formatUnsupported,
                                       message: "Wharf cannot write a \(document.kind.rawValue) as HL7 v2 yet (it writes "
                                        + "orders, order responses, charges, dispenses and item masters)")
            }
            try writer.write(segments)
        }
        return Payload(bytes: writer.bytes)
    }
}
