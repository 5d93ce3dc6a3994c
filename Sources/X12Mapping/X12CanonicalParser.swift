import Dispatch
import Foundation
import Canonical
import WharfCore
import X12

/// Reads X12 interchanges into canonical documents: validates them (envelope, structure and dictionary) and maps
/// each transaction set it knows: 850 purchase orders, 855 acknowledgments, 856 ship notices, 810 invoices, and the
/// functional acknowledgments 997, 999 and TA1.
///
/// One thread at a time reads the input and follows the envelope, in order; each transaction set it collects is
/// checked (``X12SetChecks``: structure, dictionary, guide rules) and mapped on whichever core takes it
/// (``X12MappingWork``). Documents and diagnostics come out in input order, the same as one reader checking as it
/// goes would give.
///
/// ```swift
/// var diagnostics = Diagnostics()
/// let documents = try X12CanonicalParser().parse(payload, context: TranslationContext(), diagnostics: &diagnostics)
/// ```
public struct X12CanonicalParser: MessageParser {
    private let codes: X12CanonicalCodes
    /// A partner's guide rules, checked beside the standard's (see ``X12GuideRules``).
    public var guideRules: (any X12GuideRules)?
    /// True (the default) when each set's structure and dictionary checks run where the set is mapped, on every
    /// core, instead of in the sequential reader; the diagnostics are the same (tests compare both ways).
    package var deferringSetChecks = true

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
        var validator = X12Validator(deferringSetChecks: self.deferringSetChecks, guideRules: self.guideRules,
                                     recordLimit: diagnostics.limit + 1)
        validator.append(payload.bytes)
        validator.finish()
        let limit = diagnostics.limit
        // The first batch is small: the other cores wait for it.
        let first = self.validate(&validator, sets: Self.setsInFirstBatch)
        // A small input (two sets or fewer) is mapped in line; a larger one is validated and mapped on every core at
        // once (``X12MappingWork``: validation is sequential, the envelope is followed in order; sets map apart).
        guard !first.finished else {
            var checks = X12SetChecks(guideRules: self.guideRules)
            let batch = X12MappingBatch(first)
            for index in 0..<batch.count { batch[index] = self.map(batch.take(index), limit: limit, checks: &checks) }
            var documents: [CanonicalDocument] = []
            batch.assemble(into: &documents, diagnostics: &diagnostics)
            return documents
        }
        let work = X12MappingWork(validator: validator, first: first, diagnostics: diagnostics,
                                  lowWater: Self.setsPerBatch * 2, setsPerClaim: Self.setsPerClaim)
        // At most 8: the one reader keeps about that many cores busy (it reads some six times faster than a set is
        // checked and mapped).
        let threads = Swift.min(Swift.max(2, ProcessInfo.processInfo.activeProcessorCount), Self.maximumThreads)
        DispatchQueue.concurrentPerform(iterations: threads) { _ in
            var checks = X12SetChecks(guideRules: self.guideRules)
            while true {
                switch work.next() {
                case .validate:
                    work.publish(self.validate(&work.validator))
                case .map(let batch, let range):
                    for index in range { batch[index] = self.map(batch.take(index), limit: limit, checks: &checks) }
                    work.mapped(batch, count: range.count)
                case .done:
                    return
                }
            }
        }
        diagnostics = work.diagnostics
        return work.documents
    }

    /// How many transaction sets a batch holds before it is mapped.
    static let setsPerBatch = 16
    /// How many sets the first batch holds (validated before any other thread has work).
    static let setsInFirstBatch = 2
    /// How many items (diagnostics, mostly) a batch holds at most: a garbage input of millions of stray segments
    /// is handed on in bounded pieces, and the caller's collector keeps what its limit allows.
    static let itemsPerBatch = 4_096
    /// How many threads validate and map a large input at most.
    static let maximumThreads = 8
    /// How many sets a thread maps at a time.
    static let setsPerClaim = 2

    /// Validates up to `sets` transaction sets (fewer when ``itemsPerBatch`` items come first).
    private func validate(_ validator: inout X12Validator, sets: Int = setsPerBatch) -> X12ValidatedBatch {
        var batch = X12ValidatedBatch()
        while batch.sets.count < sets, batch.items.count < Self.itemsPerBatch {
            guard let event = validator.next() else {
                batch.finished = true
                return batch
            }
            switch event {
            case .segment(let segment, let context):
                if segment.tagCode == X12TagCode.ta1, context.group == nil {
                    batch.items.append(.document(.functionalAcknowledgment(
                        FunctionalAcknowledgmentReader(codes: self.codes).read(ta1: segment))))
                }
            case .diagnostic(let diagnostic):
                batch.items.append(.diagnostic(self.tolerating(diagnostic)))
            case .transactionSet(let set):
                batch.items.append(.set(batch.sets.count))
                batch.sets.append(set)
            }
        }
        return batch
    }

    /// A validation error that translation tolerates (``X12CanonicalCodes/toleratedWhenTranslating``), as a warning.
    private func tolerating(_ diagnostic: Diagnostic) -> Diagnostic {
        guard diagnostic.severity == .error,
              self.codes.toleratedWhenTranslating.codes.contains(diagnostic.code.rawValue) else { return diagnostic }
        var tolerated = diagnostic
        tolerated.severity = .warning
        return tolerated
    }

    /// One transaction set checked (when its checks were deferred) and mapped, its diagnostics under the caller's
    /// `limit`.
    private func map(_ set: X12TransactionSet, limit: Int, checks: inout X12SetChecks) -> X12MappedSet {
        var diagnostics = Diagnostics(limit: limit)
        if set.checksDeferred {
            var found = Diagnostics(limit: limit)
            checks.check(set, into: &found)
            for diagnostic in found { diagnostics.append(self.tolerating(diagnostic)) }
        }
        let document: CanonicalDocument?
        switch set.context.transactionSetID {
        case "850":
            document = .order(PurchaseOrderReader(codes: self.codes, set: set).read(into: &diagnostics))
        case "856":
            document = .shipNotice(ShipNoticeReader(codes: self.codes, set: set).read(into: &diagnostics))
        case "997", "999":
            document = .functionalAcknowledgment(FunctionalAcknowledgmentReader(codes: self.codes).read(set))
        case "810":
            document = .invoice(InvoiceReader(codes: self.codes, set: set).read(into: &diagnostics))
        case "855":
            document = .orderResponse(OrderResponseReader(codes: self.codes, set: set).read(into: &diagnostics))
        default:
            document = nil
            diagnostics.append(Diagnostic(
                .error, .formatUnsupported,
                at: .x12(X12Location(interchange: set.context.interchange, group: set.context.group,
                                     transaction: set.context.transaction, segment: "ST", segmentPosition: 1,
                                     element: 1)),
                "transaction set \(set.context.transactionSetID ?? "?") cannot be translated to canonical yet"))
        }
        return (document, diagnostics)
    }
}
