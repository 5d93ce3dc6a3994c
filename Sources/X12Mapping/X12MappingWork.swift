import Foundation
import Canonical
import WharfCore
import X12

/// What validation found, in input order: documents read from segments (TA1), diagnostics, and transaction sets
/// (by index into the batch's sets) whose documents and mapping diagnostics take their place once mapped.
struct X12ValidatedBatch {
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

/// A transaction set's document (none for a set that cannot be translated yet) and its diagnostics.
typealias X12MappedSet = (document: CanonicalDocument?, diagnostics: Diagnostics)

/// A validated batch shared by the threads that map it: each set is taken by one thread, which writes its result in
/// the set's own slot; the results are read once all its sets are mapped (``X12MappingWork``'s lock orders both).
final class X12MappingBatch: @unchecked Sendable {
    let items: [X12ValidatedBatch.Item]
    let count: Int
    /// How many of its sets are mapped (changed under ``X12MappingWork``'s lock).
    fileprivate var mapped = 0
    private let sets: UnsafeMutableBufferPointer<X12TransactionSet>
    private let results: UnsafeMutableBufferPointer<X12MappedSet>
    /// Which sets were taken (each exactly once); the others are still in `sets`.
    private let taken: UnsafeMutableBufferPointer<Bool>

    init(_ batch: consuming X12ValidatedBatch) {
        self.items = batch.items
        self.count = batch.sets.count
        self.sets = .allocate(capacity: batch.sets.count)
        _ = self.sets.initialize(from: batch.sets)
        self.results = .allocate(capacity: batch.sets.count)
        self.results.initialize(repeating: (nil, Diagnostics()))
        self.taken = .allocate(capacity: batch.sets.count)
        self.taken.initialize(repeating: false)
    }

    /// Moves set `index` out (the thread that claimed it, once); it is freed where it is mapped.
    func take(_ index: Int) -> X12TransactionSet {
        precondition(!self.taken[index])
        self.taken[index] = true
        return (self.sets.baseAddress! + index).move()
    }

    /// The result of set `index`: written by the thread that mapped it, read once all sets are mapped.
    subscript(index: Int) -> X12MappedSet {
        get { self.results[index] }
        set { self.results[index] = newValue }
    }

    /// Adds the batch's documents to `documents` and its diagnostics to `diagnostics`, in input order: validation's
    /// where they were found, each set's (its checks', then its mapping's) in the set's place.
    func assemble(into documents: inout [CanonicalDocument], diagnostics: inout Diagnostics) {
        for item in self.items {
            switch item {
            case .document(let document): documents.append(document)
            case .diagnostic(let diagnostic): diagnostics.append(diagnostic)
            case .set(let index):
                let result = self.results[index]
                diagnostics.append(contentsOf: result.diagnostics)
                if let document = result.document { documents.append(document) }
            }
        }
    }

    deinit {
        for index in 0..<self.count where !self.taken[index] { (self.sets.baseAddress! + index).deinitialize(count: 1) }
        self.sets.deallocate()
        self.results.deinitialize()
        self.results.deallocate()
        self.taken.deallocate()
    }
}

/// The work of translating a large input, shared by every thread without a fixed role: a thread validates the next
/// batch when few sets are waiting (only one thread validates at a time: the envelope is followed in order), and
/// otherwise maps the next sets waiting. No thread waits for another except while one validates, so any number of
/// threads (one included) always finishes. A batch is assembled into ``documents`` and ``diagnostics`` as soon as it
/// and those before it are mapped, and then let go: the sets and diagnostics held stay few whatever the input size
/// (a flood of diagnostics goes straight to the collector, which keeps what its limit allows).
final class X12MappingWork: @unchecked Sendable {
    /// What a thread does next.
    enum Step {
        /// Validate the next batch (the caller owns ``validator`` until it calls ``publish(_:)``).
        case validate
        /// Map sets `range` of `batch`.
        case map(X12MappingBatch, Range<Int>)
        /// Nothing is left.
        case done
    }

    /// The validator; used only by the thread given ``Step/validate``, until it publishes.
    var validator: X12Validator
    /// The documents and diagnostics of the batches assembled so far (read once every thread is done).
    private(set) var documents: [CanonicalDocument] = []
    private(set) var diagnostics: Diagnostics
    private let condition = NSCondition()
    /// The batches in input order; those assembled (before `assembled`) are let go.
    private var batches: [X12MappingBatch?] = []
    private var assembled = 0
    private var claimBatch = 0
    private var claimIndex = 0
    private var waiting = 0
    private var validating = false
    private var finished = false
    /// Below this many sets waiting, validating the next batch comes first.
    private let lowWater: Int
    /// How many sets a thread takes at once.
    private let setsPerClaim: Int

    /// Work that starts with the `first` batch, adding to `diagnostics` (the caller's collector, with its limit).
    init(validator: consuming X12Validator, first: X12ValidatedBatch, diagnostics: Diagnostics, lowWater: Int,
         setsPerClaim: Int) {
        self.validator = validator
        self.diagnostics = diagnostics
        self.lowWater = lowWater
        self.setsPerClaim = setsPerClaim
        self.finished = first.finished
        let batch = X12MappingBatch(first)
        self.batches.append(batch)
        self.waiting = batch.count
        self.assembleReady()
    }

    /// The calling thread's next step.
    func next() -> Step {
        self.condition.lock()
        defer { self.condition.unlock() }
        while true {
            // Validation waits while many batches wait for an earlier one to be mapped (a flood of diagnostics after
            // a large set), so that what is held stays bounded.
            let roomToValidate = !self.finished && !self.validating
                && self.batches.count - self.assembled < Self.maximumUnassembled
            if roomToValidate, self.waiting < self.lowWater {
                self.validating = true
                return .validate
            }
            while self.claimBatch < self.batches.count {
                // An assembled batch (let go) had all its sets claimed and mapped.
                guard let batch = self.batches[self.claimBatch], self.claimIndex < batch.count else {
                    self.claimBatch += 1
                    self.claimIndex = 0
                    continue
                }
                let end = Swift.min(self.claimIndex + self.setsPerClaim, batch.count)
                defer { self.claimIndex = end }
                self.waiting -= end - self.claimIndex
                return .map(batch, self.claimIndex..<end)
            }
            if roomToValidate {
                self.validating = true
                return .validate
            }
            if self.finished { return .done }
            // Another thread is validating, or mapping the set that holds the batches back: wait for it.
            self.condition.wait()
        }
    }

    /// Hands over a validated batch (and the validator) after ``Step/validate``.
    func publish(_ batch: consuming X12ValidatedBatch) {
        let finished = batch.finished
        let shared = X12MappingBatch(batch)
        self.condition.lock()
        self.batches.append(shared)
        self.waiting += shared.count
        self.finished = finished
        self.validating = false
        self.assembleReady()
        self.condition.broadcast()
        self.condition.unlock()
    }

    /// Records that `count` sets of `batch` are mapped (their results written).
    func mapped(_ batch: X12MappingBatch, count: Int) {
        self.condition.lock()
        batch.mapped += count
        if self.assembleReady() { self.condition.broadcast() }
        self.condition.unlock()
    }

    /// How many batches may wait to be assembled before validation waits.
    static let maximumUnassembled = 64

    /// Assembles, in order, the batches whose sets are all mapped and whose predecessors are assembled (under the
    /// lock); true when it assembled any.
    @discardableResult
    private func assembleReady() -> Bool {
        let before = self.assembled
        while self.assembled < self.batches.count, let batch = self.batches[self.assembled],
              batch.mapped == batch.count {
            batch.assemble(into: &self.documents, diagnostics: &self.diagnostics)
            self.batches[self.assembled] = nil
            self.assembled += 1
        }
        return self.assembled > before
    }
}
