import Canonical
import WharfCore
import X12

/// Writes canonical documents as an X12 interchange of one transaction set type: orders as 850s, order responses as
/// 855s (ship notices and invoices follow).
///
/// Without a partner the envelope takes neutral defaults (``X12EnvelopeSettings/neutral(date:time:)``); the caller
/// may give its own settings and delimiters.
///
/// ```swift
/// let serializer = X12CanonicalSerializer(transactionSet: "850", release: "004010", settings: .neutral(date: "20261122", time: "1200"))
/// let payload = try serializer.serialize(documents, context: TranslationContext(), diagnostics: &diagnostics)
/// ```
public struct X12CanonicalSerializer: MessageSerializer {
    /// The transaction set written.
    public let transactionSet: String
    /// The release written (`004010` or `005010`).
    public let release: String
    /// ISA/GS values.
    public var settings: X12EnvelopeSettings
    /// The delimiters.
    public var delimiters: X12Delimiters
    private let codes: X12CanonicalCodes

    /// Creates a serializer.
    public init(transactionSet: String, release: String, settings: X12EnvelopeSettings,
                delimiters: X12Delimiters = .standard, codes: X12CanonicalCodes = .standard) {
        self.transactionSet = transactionSet
        self.release = release
        self.settings = settings
        self.delimiters = delimiters
        self.codes = codes
        if release.hasPrefix("005") { self.settings.interchangeVersion = "00501" }
    }

    public var format: FormatID { FormatID(family: .x12, messageType: self.transactionSet, version: self.release) }

    /// The transaction sets this serializer can write.
    public static let writableSets = ["850", "855", "810"]

    public func serialize(_ documents: [CanonicalDocument], context: TranslationContext, diagnostics: inout Diagnostics)
        throws(TranslationError) -> Payload {
        var sets: [[X12OutputSegment]] = []
        for (index, document) in documents.enumerated() {
            switch (self.transactionSet, document) {
            case ("850", .order(let order)):
                sets.append(PurchaseOrderWriter(codes: self.codes).segments(for: order))
            case ("810", .invoice(let invoice)):
                sets.append(InvoiceWriter(codes: self.codes).segments(for: invoice))
            case ("855", .orderResponse(let response)):
                sets.append(OrderResponseWriter(codes: self.codes).segments(for: response))
            default:
                throw TranslationError(
                    code: .formatUnsupported,
                    message: "document \(index + 1) (\(document.kind.rawValue)) cannot be written as an X12 "
                        + "\(self.transactionSet)",
                    location: .jsonPointer("/documents/\(index)"))
            }
        }
        let group = X12TransactionSetCatalog.standard.entry(self.transactionSet)?.functionalGroup ?? "PO"
        let bytes = try X12InterchangeWriter(settings: self.settings, delimiters: self.delimiters)
            .write(functionalGroup: group, version: self.release, transactionSetID: self.transactionSet, sets: sets)
        return Payload(bytes: bytes)
    }
}
