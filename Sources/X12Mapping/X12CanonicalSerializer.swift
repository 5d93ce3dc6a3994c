import Canonical
import WharfCore
import X12

/// Writes canonical documents as an X12 interchange: orders as 850s, order responses as 855s, ship notices as 856s,
/// invoices as 810s — one functional group per transaction set type.
///
/// Without a partner the envelope takes neutral defaults (``X12EnvelopeSettings/neutral(date:time:)``); the caller
/// may give its own settings and delimiters.
///
/// ```swift
/// let serializer = X12CanonicalSerializer(transactionSet: "850", release: "004010", settings: .neutral(date: "20261122", time: "1200"))
/// let payload = try serializer.serialize(documents, context: TranslationContext(), diagnostics: &diagnostics)
/// ```
public struct X12CanonicalSerializer: MessageSerializer {
    /// The transaction set asked for; `nil` writes each document as the usual set of its kind (an order as an 850…).
    public let transactionSet: String?
    /// The release written (`004010` or `005010`).
    public let release: String
    /// ISA/GS values.
    public var settings: X12EnvelopeSettings
    /// The delimiters.
    public var delimiters: X12Delimiters
    /// Whether each segment ends with a line break after its terminator.
    public var lineBreaks: Bool
    private let codes: X12CanonicalCodes

    /// Creates a serializer.
    public init(transactionSet: String?, release: String, settings: X12EnvelopeSettings,
                delimiters: X12Delimiters = .standard, lineBreaks: Bool = true, codes: X12CanonicalCodes = .standard) {
        self.transactionSet = transactionSet
        self.release = release
        self.settings = settings
        self.delimiters = delimiters
        self.lineBreaks = lineBreaks
        self.codes = codes
        if release.hasPrefix("005") { self.settings.interchangeVersion = "00501" }
    }

    public var format: FormatID { FormatID(family: .x12, messageType: self.transactionSet, version: self.release) }

    /// The transaction sets this serializer can write.
    public static let writableSets = ["850", "855", "856", "810"]

    public func serialize(_ documents: [CanonicalDocument], context: TranslationContext, diagnostics: inout Diagnostics)
        throws(TranslationError) -> Payload {
        // One functional group per transaction set type, in the order the kinds first appear.
        var groups: [X12InterchangeWriter.Group] = []
        for (index, document) in documents.enumerated() {
            let set = self.transactionSet(for: document)
            guard let body = self.body(for: document, as: set) else {
                throw TranslationError(
                    code: .formatUnsupported,
                    message: "document \(index + 1) (\(document.kind.rawValue)) cannot be written as an X12 \(set)",
                    location: .jsonPointer("/documents/\(index)"))
            }
            if let existing = groups.firstIndex(where: { $0.transactionSetID == set }) {
                groups[existing].sets.append(body)
            } else {
                let functionalGroup = X12TransactionSetCatalog.standard.entry(set)?.functionalGroup ?? "ZZ"
                groups.append(X12InterchangeWriter.Group(functionalGroup: functionalGroup, version: self.release,
                                                         transactionSetID: set, sets: [body]))
            }
        }
        let bytes = try X12InterchangeWriter(settings: self.settings, delimiters: self.delimiters, lineBreaks: self.lineBreaks).write(groups: groups)
        return Payload(bytes: bytes)
    }

    /// The set a document is written as: the one asked for, or else the usual set of its kind.
    private func transactionSet(for document: CanonicalDocument) -> String {
        let usual: [CanonicalDocument.Kind: String] = [.order: "850", .orderResponse: "855", .shipNotice: "856",
                                                        .invoice: "810"]
        return self.transactionSet ?? usual[document.kind] ?? document.kind.rawValue
    }

    private func body(for document: CanonicalDocument, as set: String) -> [X12OutputSegment]? {
        switch (set, document) {
        case ("850", .order(let order)): PurchaseOrderWriter(codes: self.codes).segments(for: order)
        case ("855", .orderResponse(let response)): OrderResponseWriter(codes: self.codes).segments(for: response)
        case ("856", .shipNotice(let notice)): ShipNoticeWriter(codes: self.codes).segments(for: notice)
        case ("810", .invoice(let invoice)): InvoiceWriter(codes: self.codes).segments(for: invoice)
        default: nil
        }
    }
}
