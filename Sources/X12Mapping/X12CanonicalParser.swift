import Dispatch
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
        var batch = self.validate(&validator)
        // Small inputs (one batch) are mapped in line; larger ones map each batch on every core while the next is
        // validated (validation is sequential: envelope state), so all cores stay busy.
        while true {
            let mapped: [MappedSet]
            var next: ValidatedBatch?
            let limit = diagnostics.limit
            if batch.finished || batch.sets.isEmpty {
                mapped = batch.sets.map { self.map($0, limit: limit) }
                next = batch.finished ? nil : self.validate(&validator)
            } else {
                let step = ParallelStep(validator: consume validator, sets: batch.sets)
                let parts = Swift.min(batch.sets.count, Self.partsPerBatch)
                DispatchQueue.concurrentPerform(iterations: parts + 1) { iteration in
                    guard iteration > 0 else {
                        step.next = self.validate(&step.validator)
                        return
                    }
                    for index in stride(from: iteration - 1, to: step.sets.count, by: parts) {
                        step.results[index] = self.map(step.sets[index], limit: limit)
                    }
                }
                validator = step.validator
                next = step.next
                mapped = step.takeResults()
            }
            for item in batch.items {
                switch item {
                case .document(let document): documents.append(document)
                case .diagnostic(let diagnostic): diagnostics.append(diagnostic)
                case .set(let index):
                    diagnostics.append(contentsOf: mapped[index].diagnostics)
                    if let document = mapped[index].document { documents.append(document) }
                }
            }
            guard let following = next else { break }
            batch = following
        }
        return documents
    }

    /// A transaction set's document (none for a set that cannot be translated yet) and mapping diagnostics.
    private typealias MappedSet = (document: CanonicalDocument?, diagnostics: Diagnostics)

    /// What the threads of one parallel step share: iteration 0 alone validates the next batch (`validator`,
    /// `next`); every other iteration writes the result slots of its own sets. `concurrentPerform` returns only
    /// when all are done, so the caller then reads everything without a race.
    private final class ParallelStep: @unchecked Sendable {
        var validator: X12Validator
        var next: ValidatedBatch?
        let sets: [X12TransactionSet]
        let results: UnsafeMutableBufferPointer<MappedSet>

        init(validator: X12Validator, sets: [X12TransactionSet]) {
            self.validator = validator
            self.sets = sets
            self.results = .allocate(capacity: sets.count)
            self.results.initialize(repeating: (nil, Diagnostics()))
        }

        private var taken = false

        /// The results, moved out (once).
        func takeResults() -> [MappedSet] {
            precondition(!self.taken)
            self.taken = true
            return [MappedSet](unsafeUninitializedCapacity: self.results.count) { buffer, count in
                if let base = self.results.baseAddress, self.results.count > 0 {
                    buffer.baseAddress!.moveInitialize(from: base, count: self.results.count)
                }
                count = self.results.count
            }
        }

        deinit {
            if !self.taken { self.results.deinitialize() }
            self.results.deallocate()
        }
    }

    /// How many transaction sets a batch holds before it is mapped.
    static let setsPerBatch = 64
    /// How many items (diagnostics, mostly) a batch holds at most: a garbage input of millions of stray segments
    /// is handed on in bounded pieces, and the caller's collector keeps what its limit allows.
    static let itemsPerBatch = 4_096
    /// How many pieces a batch's mapping is cut into (so a core that finishes validating early takes some).
    static let partsPerBatch = 16

    /// What validation found, in input order: documents read from segments (TA1), diagnostics, and transaction sets
    /// (by index into `sets`) whose documents and mapping diagnostics take their place once mapped.
    private struct ValidatedBatch {
        enum Item {
            case document(CanonicalDocument)
            case diagnostic(Diagnostic)
            case set(Int)
        }

        var items: [Item] = []
        var sets: [X12TransactionSet] = []
        /// True when the input ended in this batch.
        var finished = false
    }

    /// Validates up to ``setsPerBatch`` transaction sets (fewer when ``itemsPerBatch`` items come first).
    private func validate(_ validator: inout X12Validator) -> ValidatedBatch {
        var batch = ValidatedBatch()
        while batch.sets.count < Self.setsPerBatch, batch.items.count < Self.itemsPerBatch {
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
            case .diagnostic(var diagnostic):
                if diagnostic.severity == .error, self.codes.toleratedWhenTranslating.codes.contains(diagnostic.code.rawValue) {
                    diagnostic.severity = .warning
                }
                batch.items.append(.diagnostic(diagnostic))
            case .transactionSet(let set):
                batch.items.append(.set(batch.sets.count))
                batch.sets.append(set)
            }
        }
        return batch
    }

    /// One transaction set mapped, its diagnostics under the caller's `limit`.
    private func map(_ set: X12TransactionSet, limit: Int) -> MappedSet {
        var diagnostics = Diagnostics(limit: limit)
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
