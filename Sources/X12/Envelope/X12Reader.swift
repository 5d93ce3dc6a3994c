import WharfCore

/// Reads X12 interchanges from a stream of bytes: every segment with its context, envelope diagnostics and, on
/// request, each complete transaction set — one at a time, so memory stays flat whatever the input size.
///
/// ```swift
/// var reader = X12Reader(collectTransactionSets: true)
/// reader.append(chunk)            // as often as needed
/// reader.finish()
/// while let event = reader.next() {
///     if case .transactionSet(let set) = event { … }
/// }
/// ```
public struct X12Reader: Sendable {
    /// What the reader produces, in input order.
    public enum Event: Hashable, Sendable {
        /// A segment and where it stands.
        case segment(X12Segment, X12SegmentContext)
        /// A problem, located.
        case diagnostic(Diagnostic)
        /// A complete transaction set (ST…SE), after its SE; only with `collectTransactionSets`.
        indirect case transactionSet(X12TransactionSet)
    }

    private var segments = X12SegmentReader()
    private var tracker: X12EnvelopeTracker
    private var pending = EventQueue<Event>()
    private var finished = false
    private var closed = false
    private var lastLine = 1
    private var lastOffset = 0
    private var lastSegmentOffset = -1
    /// The last segment's context, kept in parts: its envelope is replaced only when it changes (the same object for
    /// a whole set), which saves a reference count round trip at every segment.
    private var lastEnvelope = X12EnvelopeInfo.none
    private var lastPosition: Int?
    private var lastLoop: String?
    private var walker: X12StructureWalker?
    private var problems: [(DiagnosticCode, String, String)] = []
    /// The dictionary checks of every segment, when this reader validates (``X12Validator``).
    private var elements: X12ElementValidator?
    private var elementProblems: [Diagnostic] = []
    /// A partner's guide rules, checked after the dictionary's.
    private var guideRules: (any X12GuideRules)?
    /// `elements != nil` and `guideRules != nil`, as flags: comparing the optionals with `nil` at every segment
    /// copied the validator (its tables) and the rules' existential box.
    private var validating = false
    private var checkingGuideRules = false
    /// True when the structure and dictionary checks of the segments of a set are left to ``X12SetChecks``.
    private var deferringSetChecks = false
    /// What was found in the open set's segments so far, when its checks are deferred (at most `recordLimit`).
    private var recorded: [X12RecordedDiagnostic] = []
    private var recordLimit = Int.max
    /// True while a set is open and its diagnostics are being recorded.
    private var recording = false
    /// The envelope of the set being recorded (its segments', from its ST).
    private var recordingEnvelope = X12EnvelopeInfo.none
    /// True when the open (or last) set was checked here after all (``checkSetNow()``): the rest of it is read as
    /// without deferring.
    private var checkedNow = false

    /// Creates a reader.
    /// - Parameter collectTransactionSets: also emit each transaction set whole after its SE (for mappings).
    public init(collectTransactionSets: Bool = false) {
        self.tracker = X12EnvelopeTracker(collectTransactionSets: collectTransactionSets)
    }

    /// Creates a reader that also checks every segment against the dictionary of its version.
    /// With `deferringSetChecks` (and `collectTransactionSets`), the segments of a set are not checked here: each
    /// collected set carries what the reader found in it, and ``X12SetChecks`` checks it later; diagnostics beyond
    /// `recordLimit` in one set are not kept.
    init(collectTransactionSets: Bool, validatingElements: Bool, guideRules: (any X12GuideRules)? = nil,
         deferringSetChecks: Bool = false, recordLimit: Int = .max) {
        self.init(collectTransactionSets: collectTransactionSets)
        if validatingElements { self.elements = X12ElementValidator() }
        self.guideRules = guideRules
        self.validating = validatingElements
        self.checkingGuideRules = guideRules != nil
        self.deferringSetChecks = deferringSetChecks && collectTransactionSets
        self.recordLimit = recordLimit
    }

    /// Adds the next chunk of input.
    public mutating func append(_ bytes: some Sequence<UInt8>) { self.segments.append(bytes) }

    /// Marks the end of the input.
    public mutating func finish() {
        self.segments.finish()
        self.finished = true
    }

    /// The next event, or `nil` when more input is needed (or, after ``finish()``, at the end).
    public mutating func next() -> Event? {
        while true {
            if let event = self.pending.popFirst() { return event }
            if self.recording, let plain = self.tracker.takePlainSegments(from: &self.segments) {
                // Plain segments of the open set went straight into it (see `takePlainSegment`): what `next`
                // would have noted of the last.
                self.lastLine = plain.line
                self.lastOffset = plain.byteOffset + plain.length
                self.lastSegmentOffset = plain.byteOffset
                self.lastPosition = self.tracker.setPosition
                self.lastLoop = nil
            }
            guard let event = self.segments.next() else {
                guard self.finished, !self.closed else { return nil }
                self.closed = true
                self.tracker.finish(at: self.lastLine, byteOffset: self.lastOffset)
                if self.deferringSetChecks, self.tracker.completed.isPresent {
                    self.handOverRecorded()
                } else if self.deferringSetChecks, self.recording, !self.checkedNow {
                    // A set the input leaves open (outside any interchange, nothing ends it): checked here.
                    self.checkSetNow()
                }
                self.queue(nil, segment: nil)
                continue
            }
            switch event {
            case .segment(let segment):
                self.lastLine = segment.line
                self.lastOffset = segment.byteOffset + segment.bytes.count
                self.lastSegmentOffset = segment.byteOffset
                var context = self.tracker.process(segment)
                if self.deferringSetChecks, self.deferChecks(of: segment, context) {
                    // The set carries its segments: no event for each (its completion is queued when it ends).
                    continue
                }
                self.followStructure(segment, &context)
                if self.lastEnvelope !== context.envelope { self.lastEnvelope = context.envelope }
                self.lastPosition = context.position
                self.lastLoop = context.loop
                if self.validating {
                    if !self.elementProblems.isEmpty { self.elementProblems.removeAll(keepingCapacity: true) }
                    self.elements!.validate(segment, in: context, into: &self.elementProblems)
                    if self.checkingGuideRules {
                        self.guideRules!.check(segment, in: context, into: &self.elementProblems)
                    }
                }
                if self.tracker.diagnostics.isEmpty, self.problems.isEmpty, self.elementProblems.isEmpty,
                   !self.tracker.completed.isPresent, self.pending.isEmpty {
                    return .segment(segment, context)
                }
                self.queue(context, segment: segment)
            case .diagnostic(let diagnostic):
                if self.recording {
                    self.record(self.enrich(diagnostic), segment: (self.lastPosition ?? 1) - 1, afterChecks: true)
                    continue
                }
                return .diagnostic(self.enrich(diagnostic))
            }
        }
    }

    /// For a segment of a set whose checks are deferred: records its envelope diagnostics for the set, queues the set
    /// when it is complete, and returns true. False for a segment read as without deferring (outside any set, in the
    /// context of a set without being one of its segments, or in a set checked here after all).
    private mutating func deferChecks(of segment: X12Segment, _ context: X12SegmentContext) -> Bool {
        let collected = self.tracker.collectedLast
        // A segment in a set's context that is not one of its segments (an IEA ending it without SE, a TA1 in a set
        // outside a group) is placed in the set's structure: the set is checked here and now, and read on as
        // without deferring.
        if context.position != nil, !collected {
            if !self.checkedNow, self.recording || self.tracker.completed.isPresent { self.checkSetNow() }
            return false
        }
        // A set ended by what follows it (no SE) takes what was recorded; this segment's own diagnostics are not its.
        let endedBySE = segment.tagCode == X12TagCode.se && collected
        if self.tracker.completed.isPresent, !endedBySE { self.handOverRecorded() }
        guard let position = context.position else { return false }
        if segment.tagCode == X12TagCode.st {
            self.checkedNow = false
            self.recordingEnvelope = context.envelope
        }
        if self.checkedNow { return false }
        if self.lastEnvelope !== context.envelope { self.lastEnvelope = context.envelope }
        self.lastPosition = position
        self.lastLoop = nil
        self.recording = true
        for diagnostic in self.tracker.diagnostics {
            self.record(diagnostic, segment: position - 1, afterChecks: false)
        }
        if endedBySE {
            if self.tracker.completed.isPresent { self.handOverRecorded() }
            self.recording = false
        }
        if let set = self.tracker.completed { self.pending.append(.transactionSet(set)) }
        return true
    }

    private mutating func record(_ diagnostic: Diagnostic, segment: Int, afterChecks: Bool) {
        guard self.recorded.count < self.recordLimit else { return }
        self.recorded.append(X12RecordedDiagnostic(segment: segment, afterChecks: afterChecks, diagnostic: diagnostic))
    }

    /// Moves what was recorded into the set the tracker just completed, marked for ``X12SetChecks`` (unless it was
    /// checked here, see ``checkSetNow()``).
    private mutating func handOverRecorded() {
        if !self.checkedNow { self.tracker.completeDeferred(recorded: self.recorded, envelope: self.recordingEnvelope) }
        self.recorded = []
        self.recording = false
    }

    /// Checks the set being read (or just completed) here, now: its diagnostics, in order, are queued, and the
    /// structure walker resumes where the set's segments left it — exactly where a reader checking as it goes
    /// would be.
    private mutating func checkSetNow() {
        guard var set = self.tracker.completed ?? self.tracker.openSet else {
            for entry in self.recorded { self.pending.append(.diagnostic(entry.diagnostic)) }
            self.recorded = []
            self.recording = false
            return
        }
        set.recorded = self.recorded
        set.segmentsEnvelope = self.recordingEnvelope
        var checks = X12SetChecks(guideRules: self.guideRules)
        var found = Diagnostics(limit: .max)
        self.walker = checks.checkResuming(set, into: &found)
        if self.checkingGuideRules { self.guideRules = checks.rulesAfterChecks }
        for diagnostic in found { self.pending.append(.diagnostic(diagnostic)) }
        self.recorded = []
        self.recording = false
        self.checkedNow = true
    }

    private mutating func queue(_ context: X12SegmentContext?, segment: X12Segment?) {
        if let segment, let context { self.pending.append(.segment(segment, context)) }
        for diagnostic in self.tracker.diagnostics { self.pending.append(.diagnostic(diagnostic)) }
        if let segment, let context {
            for (code, tag, message) in self.problems {
                var location = context.location(of: segment)
                location.segment = tag
                self.pending.append(.diagnostic(Diagnostic(.error, code, at: .x12(location), message)))
            }
            for diagnostic in self.elementProblems { self.pending.append(.diagnostic(diagnostic)) }
        }
        if let set = self.tracker.completed { self.pending.append(.transactionSet(set)) }
    }

    /// Places the segment in its transaction set's structure (when Wharf has one for the set and release), setting
    /// its loop and collecting structural problems into `problems`.
    private mutating func followStructure(_ segment: X12Segment, _ context: inout X12SegmentContext) {
        if !self.problems.isEmpty { self.problems.removeAll(keepingCapacity: true) }
        if segment.tagCode == X12TagCode.st {
            self.walker = X12TransactionStructure.forSet(context.transactionSetID ?? "", version: context.version ?? "")
                .map(X12StructureWalker.init)
        }
        // A segment with an invalid identifier is already reported; it cannot be placed (nor named).
        guard context.position != nil, self.walker.isPresent, segment.hasValidTag else { return }
        self.walker!.place(segment.tagCode, tag: segment.tag, into: &self.problems)
        context.loop = self.walker!.loop
        if segment.tagCode == X12TagCode.se {
            self.walker!.finish(into: &self.problems)
            self.walker = nil
        }
    }

    /// Adds the envelope context to a diagnostic of the segment reader.
    private mutating func enrich(_ diagnostic: Diagnostic) -> Diagnostic {
        guard case .x12(var location) = diagnostic.location else { return diagnostic }
        let context = location.byteOffset == self.lastSegmentOffset
            ? X12SegmentContext(envelope: self.lastEnvelope, position: self.lastPosition, loop: self.lastLoop)
            : self.tracker.context
        location.interchange = location.interchange ?? context.interchange
        location.group = location.group ?? context.group
        location.transaction = location.transaction ?? context.transaction
        if location.byteOffset == self.lastSegmentOffset { location.segmentPosition = context.position }
        var copy = diagnostic
        copy.location = .x12(location)
        return copy
    }
}
