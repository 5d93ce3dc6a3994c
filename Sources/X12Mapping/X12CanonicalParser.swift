import Canonical
import WharfCore
import X12

/// Reads X12 interchanges into canonical documents: validates them (envelope and dictionary) and maps each
/// transaction set it knows: 850 purchase orders, 855 acknowledgments, 856 ship notices, 810 invoices, and the
/// functional acknowledgments 997, 999 and TA1.
///
/// ```swift
/// var diagnostics = Diagnostics()
/// let documents = try X12CanonicalParser().parse(payload, context: TranslationContext(), diagnostics: &diagnostics)
/// ```
public struct X12CanonicalParser: MessageParser {
    private let codes: X12CanonicalCodes
    /// A partner's guide rules, checked beside the standard's (see ``X12GuideRules``).
    public var guideRules: (any X12GuideRules)?

    /// Creates a parser with the standard code tables.
    public init(codes: X12CanonicalCodes = .standard, guideRules: (any X12GuideRules)? = nil) {
        self.codes = codes
        self.guideRules = guideRules
    }

    /// The transaction sets mapped to canonical documents.
    public static let readableSets = ["850", "855", "856", "810", "997", "999", "TA1"]

    /// The transaction sets mapped, in any release (the mappings read elements by position; the dictionary checks
    /// what it knows of the release).
    public var formats: Set<FormatID> {
        Set(Self.readableSets.map { FormatID(family: .x12, messageType: $0) })
    }

    public func parse(_ payload: Payload, context: TranslationContext, diagnostics: inout Diagnostics)
        throws(TranslationError) -> [CanonicalDocument] {
        var validator = X12Validator(collectTransactionSets: true, guideRules: self.guideRules)
        validator.append(payload.bytes)
        validator.finish()
        var documents: [CanonicalDocument] = []
        while let event = validator.next() {
            switch event {
            case .segment(let segment, let context):
                if segment.tagCode == X12TagCode.ta1, context.group == nil {
                    documents.append(.functionalAcknowledgment(
                        FunctionalAcknowledgmentReader(codes: self.codes).read(ta1: segment)))
                }
            case .diagnostic(var diagnostic):
                if diagnostic.severity == .error, self.codes.toleratedWhenTranslating.codes.contains(diagnostic.code.rawValue) {
                    diagnostic.severity = .warning
                }
                diagnostics.append(diagnostic)
            case .transactionSet(let set):
                switch set.context.transactionSetID {
                case "850":
                    documents.append(.order(PurchaseOrderReader(codes: self.codes, set: set).read(into: &diagnostics)))
                case "856":
                    documents.append(.shipNotice(ShipNoticeReader(codes: self.codes, set: set).read(into: &diagnostics)))
                case "997", "999":
                    documents.append(.functionalAcknowledgment(FunctionalAcknowledgmentReader(codes: self.codes).read(set)))
                case "810":
                    documents.append(.invoice(InvoiceReader(codes: self.codes, set: set).read(into: &diagnostics)))
                case "855":
                    documents.append(.orderResponse(
                        OrderResponseReader(codes: self.codes, set: set).read(into: &diagnostics)))
                default:
                    diagnostics.append(Diagnostic(
                        .error, .formatUnsupported,
                        at: .x12(X12Location(interchange: set.context.interchange, group: set.context.group,
                                             transaction: set.context.transaction, segment: "ST", segmentPosition: 1,
                                             element: 1)),
                        "transaction set \(set.context.transactionSetID ?? "?") cannot be translated to canonical yet"))
                }
            }
        }
        return documents
    }
}
