import WharfCore

/// Follows ISA/GS/ST … SE/GE/IEA, gives each segment its context and checks the envelope: control numbers, counts,
/// functional groups, dates and times, and segments where they cannot stand.
struct X12EnvelopeTracker {
    private struct Interchange {
        var control: String
        var version: String
        var sender: String
        var receiver: String
        var groups = 0
        var location: X12Location
    }

    private struct Group {
        var control: String
        var functionalGroup: String
        var version: String
        var transactions = 0
        var controlsSeen: Set<String> = []
        var location: X12Location
    }

    private struct TransactionSet {
        var control: String
        var id: String
        var location: X12Location
    }

    let collectTransactionSets: Bool
    private let catalog = X12TransactionSetCatalog.standard
    private var interchange: Interchange? { didSet { self.envelopeChanged = true } }
    private var group: Group? { didSet { self.envelopeChanged = true } }
    private var transaction: TransactionSet?
    /// The number of segments of the open set so far (ST = 1); kept apart from `transaction` for speed.
    private var setCount = 0
    private var setSegments = X12SegmentList(delimiters: .standard)
    /// The size of the last set collected: room reserved for the next (sets of one interchange tend to be alike).
    private var lastSetSize = (bytes: 0, segments: 0)
    private var setHasErrors = false
    private var transactionEnvelope: (control: String, id: String)? {
        didSet { self.envelopeChanged = true }
    }
    private var envelopeChanged = true
    private var cachedEnvelope = X12EnvelopeInfo.none
    /// The diagnostics of the last ``process(_:)`` or ``finish(at:byteOffset:)``.
    private(set) var diagnostics: [Diagnostic] = []
    /// The transaction set the last step completed, when collecting.
    private(set) var completed: X12TransactionSet?

    init(collectTransactionSets: Bool) { self.collectTransactionSets = collectTransactionSets }

    /// The context segments have now (for diagnostics that arrive between segments).
    var context: X12SegmentContext {
        mutating get {
            if self.envelopeChanged {
                self.envelopeChanged = false
                self.cachedEnvelope = X12EnvelopeInfo(
                    interchange: self.interchange?.control, interchangeVersion: self.interchange?.version,
                    group: self.group?.control, functionalGroup: self.group?.functionalGroup,
                    version: self.group?.version, transaction: self.transactionEnvelope?.control,
                    transactionSetID: self.transactionEnvelope?.id)
            }
            return X12SegmentContext(envelope: self.cachedEnvelope,
                                     position: self.transaction.isPresent ? self.setCount : nil)
        }
    }

    /// True when the last segment processed became one of a set's segments (ST, SE and what is between them).
    /// An IEA ending a set without SE, or a TA1 in a set outside a group, stands in the set's context (it has a
    /// position) without being one of its segments.
    private(set) var collectedLast = false

    /// Follows one segment; its diagnostics and any completed set are then in ``diagnostics`` and ``completed``.
    mutating func process(_ segment: X12Segment) -> X12SegmentContext {
        if !self.diagnostics.isEmpty { self.diagnostics.removeAll() }
        self.completed = nil
        self.collectedLast = false
        var context: X12SegmentContext
        let code = segment.tagCode
        let interchangeLevel = !self.group.isPresent
            && (code == X12TagCode.ta1 || code == X12TagCode.isb || code == X12TagCode.ise || code == X12TagCode.isx)
        switch interchangeLevel ? 0 : code {
        case 0:
            context = self.context
        case X12TagCode.isa:
            self.closeInterchange(at: segment)
            self.openInterchange(segment)
            context = self.context
        case X12TagCode.iea:
            context = self.context
            self.closeGroup(missingGE: true, at: segment)
            self.checkIEA(segment)
        case X12TagCode.gs:
            self.closeGroup(missingGE: true, at: segment)
            context = self.context
            self.openGroup(segment)
            context = self.context
        case X12TagCode.ge:
            self.closeTransaction(missingSE: true, at: segment)
            context = self.context
            self.checkGE(segment)
        case X12TagCode.st:
            self.closeTransaction(missingSE: true, at: segment)
            self.openTransaction(segment)
            self.collectedLast = true
            context = self.context
        case X12TagCode.se:
            if !self.transaction.isPresent {
                context = self.context
                self.report(.segmentUnexpected, at: context.location(of: segment),
                            "SE without a preceding ST; a transaction set starts with ST")
            } else {
                self.setCount += 1
                if self.collectTransactionSets { self.setSegments.append(segment) }
                self.collectedLast = true
                context = self.context
                self.checkSE(segment, context: context)
            }
        default:
            if self.transaction.isPresent {
                self.setCount += 1
                if self.collectTransactionSets { self.setSegments.append(segment) }
                self.collectedLast = true
                context = self.context
            } else {
                context = self.context
                if self.group.isPresent {
                    self.report(.segmentOutsideTransaction, at: context.location(of: segment),
                                "a segment between GS and ST (or after SE) is outside any transaction set")
                } else {
                    self.report(.segmentOutsideGroup, at: context.location(of: segment),
                                "a segment between ISA and GS (or after GE) is outside any functional group")
                }
            }
        }
        return context
    }

    /// Closes whatever is still open at the end of the input.
    mutating func finish(at line: Int, byteOffset: Int) {
        self.diagnostics = []
        self.completed = nil
        let end = X12Segment(bytes: [], delimiters: .standard, byteOffset: byteOffset, line: line)
        self.closeInterchange(at: end)
    }

    // MARK: Interchange

    private mutating func openInterchange(_ isa: X12Segment) {
        let location = X12Location(interchange: isa.string(13), segment: "ISA", line: isa.line,
                                   byteOffset: isa.byteOffset)
        for (index, width) in ISALayout.elementWidths.enumerated() where index < 15 {
            let value = isa.element(index + 1)
            let length = X12ValueRules.characterCount(value)
            if length != width {
                self.report(.isaElementInvalid, at: location.element(index + 1),
                            "ISA\(Self.two(index + 1)) is \(length) characters; ISA fields are fixed-width (\(width))")
            }
        }
        if isa.elementCount > ISALayout.elementCount {
            self.report(.elementTooMany, at: location, "the ISA segment has more than 16 elements")
        }
        for position in [6, 8] where X12ValueRules.isBlank(isa.element(position)) {
            self.report(.isaElementInvalid, at: location.element(position),
                        "ISA\(Self.two(position)) (\(position == 6 ? "sender" : "receiver") id) is blank")
        }
        if !X12ValueRules.isDate(isa.element(9)) {
            self.report(.isaElementInvalid, at: location.element(9), "ISA09 must be a date YYMMDD")
        }
        if !X12ValueRules.isTime(isa.element(10)) || isa.element(10).count != 4 {
            self.report(.isaElementInvalid, at: location.element(10), "ISA10 must be a time HHMM")
        }
        if !X12ValueRules.isDigits(isa.element(13)) {
            self.report(.isaElementInvalid, at: location.element(13), "ISA13 (control number) must be 9 digits")
        }
        if !["0", "1"].contains(isa.string(14)) {
            self.report(.isaElementInvalid, at: location.element(14), "ISA14 (acknowledgment requested) must be 0 or 1")
        }
        if !["P", "T", "I"].contains(isa.string(15)) {
            self.report(.isaElementInvalid, at: location.element(15), "ISA15 (usage indicator) must be P, T or I")
        }
        var located = location
        let control = isa.string(13)
        located.interchange = control
        self.interchange = Interchange(
            control: control, version: isa.string(12),
            sender: Self.trimmed(isa.string(5)) + ":" + Self.trimmed(isa.string(6)),
            receiver: Self.trimmed(isa.string(7)) + ":" + Self.trimmed(isa.string(8)), location: located)
    }

    private mutating func checkIEA(_ iea: X12Segment) {
        guard let interchange = self.interchange else { return }
        let location = X12Location(interchange: interchange.control, segment: "IEA", line: iea.line,
                                   byteOffset: iea.byteOffset)
        if Int(iea.string(1)) != interchange.groups {
            self.report(.interchangeGroupCount, at: location.element(1),
                        "IEA01 does not match the \(interchange.groups) functional group(s) in the interchange")
        }
        if iea.string(2) != interchange.control {
            self.report(.interchangeControlMismatch, at: location.element(2), "IEA02 does not match ISA13")
        }
        self.interchange = nil
    }

    private mutating func closeInterchange(at segment: X12Segment) {
        guard let interchange = self.interchange else { return }
        self.closeGroup(missingGE: true, at: segment)
        var location = interchange.location
        location.line = segment.line
        location.byteOffset = segment.byteOffset
        location.segment = "IEA"
        self.report(.ieaMissing, at: location, "the interchange has no IEA segment; it must end with IEA")
        self.interchange = nil
    }

    // MARK: Group

    private mutating func openGroup(_ gs: X12Segment) {
        let control = gs.string(6)
        var location = self.context.location(of: gs)
        location.group = control
        if self.interchange == nil {
            self.report(.segmentUnexpected, at: location, "GS outside an interchange")
        }
        self.interchange?.groups += 1
        if !X12ValueRules.isDate(gs.element(4)) || gs.element(4).count != 8 {
            self.report(.groupElementInvalid, at: location.element(4), "GS04 must be a date CCYYMMDD")
        }
        if !X12ValueRules.isTime(gs.element(5)) {
            self.report(.groupElementInvalid, at: location.element(5), "GS05 must be a time HHMM[SS[d[d]]]")
        }
        if !X12ValueRules.isDigits(gs.element(6)) || gs.element(6).count > 9 {
            self.report(.groupElementInvalid, at: location.element(6), "GS06 (control number) must be 1 to 9 digits")
        }
        if gs.element(8).isEmpty {
            self.report(.groupElementInvalid, at: location.element(8), "GS08 (version) is missing")
        }
        self.group = Group(control: control, functionalGroup: gs.string(1), version: gs.string(8), location: location)
    }

    private mutating func checkGE(_ ge: X12Segment) {
        guard let group = self.group else {
            self.report(.segmentUnexpected, at: self.context.location(of: ge), "GE without a preceding GS")
            return
        }
        let location = self.context.location(of: ge)
        if Int(ge.string(1)) != group.transactions {
            self.report(.groupTransactionCount, at: location.element(1),
                        "GE01 does not match the \(group.transactions) transaction set(s) in the group")
        }
        if ge.string(2) != group.control {
            self.report(.groupControlMismatch, at: location.element(2), "GE02 does not match GS06")
        }
        self.group = nil
    }

    private mutating func closeGroup(missingGE: Bool, at segment: X12Segment) {
        self.closeTransaction(missingSE: true, at: segment)
        guard let group = self.group else { return }
        var location = group.location
        location.segment = "GE"
        location.line = segment.line
        location.byteOffset = segment.byteOffset
        self.report(.geMissing, at: location, "the functional group has no GE segment; it must end with GE")
        self.group = nil
    }

    // MARK: Transaction set

    private mutating func openTransaction(_ st: X12Segment) {
        let id = st.string(1)
        let control = st.string(2)
        var location = self.context.location(of: st)
        location.transaction = control
        location.segmentPosition = 1
        if self.group == nil {
            self.report(.segmentOutsideGroup, at: location, "ST outside a functional group; sets must be inside GS/GE")
        }
        self.group?.transactions += 1
        if let group = self.group {
            if let entry = self.catalog.entry(id), entry.functionalGroup != group.functionalGroup {
                self.report(.groupFunctionalIDMismatch, at: location.element(1),
                            "transaction set \(id) belongs in a \(entry.functionalGroup) group, but GS01 names "
                                + "another functional group")
            }
            if group.controlsSeen.contains(control) {
                self.report(.transactionControlDuplicate, at: location.element(2),
                            "ST02 repeats the control number of an earlier set in this group")
            }
            self.group?.controlsSeen.insert(control)
        }
        if control.count < 4 || control.count > 9 {
            self.report(.groupElementInvalid, at: location.element(2), "ST02 must be 4 to 9 characters")
        }
        self.transaction = TransactionSet(control: control, id: id, location: location)
        self.setCount = 1
        if self.collectTransactionSets {
            self.setSegments = X12SegmentList(delimiters: st.delimiters, reservingBytes: self.lastSetSize.bytes,
                                              segments: self.lastSetSize.segments)
            self.setSegments.append(st)
        }
        self.setHasErrors = false
        self.transactionEnvelope = (control, id)
    }

    private mutating func checkSE(_ se: X12Segment, context: X12SegmentContext) {
        guard let transaction = self.transaction else { return }
        let location = context.location(of: se)
        if Int(se.string(1)) != self.setCount {
            self.report(.transactionSegmentCount, at: location.element(1),
                        "SE01 does not match the \(self.setCount) segments from ST to SE")
        }
        if se.string(2) != transaction.control {
            self.report(.transactionControlMismatch, at: location.element(2), "SE02 does not match ST02")
        }
        if self.setCount == 2 {
            self.report(.transactionEmpty, at: location, "the transaction set has no segment between ST and SE")
        }
        self.complete()
    }

    private mutating func closeTransaction(missingSE: Bool, at segment: X12Segment) {
        guard let transaction = self.transaction else { return }
        var location = transaction.location
        location.segment = "SE"
        location.segmentPosition = nil
        location.line = segment.line
        location.byteOffset = segment.byteOffset
        self.report(.seMissing, at: location, "the transaction set has no SE segment; it must end with SE")
        self.complete()
    }

    private mutating func complete() {
        guard self.transaction != nil else { return }
        if self.collectTransactionSets {
            var context = self.context
            context.position = nil
            self.completed = X12TransactionSet(
                context: context, sender: self.interchange?.sender, receiver: self.interchange?.receiver,
                segments: self.setSegments, hasEnvelopeErrors: self.setHasErrors)
            // Capped: a small set after a very large one should not keep the large one's room while it waits.
            self.lastSetSize = (Swift.min(self.setSegments.storage.count, 1 << 16),
                                Swift.min(self.setSegments.count, 2_048))
            self.setSegments = X12SegmentList(delimiters: .standard)
        }
        self.transaction = nil
        self.transactionEnvelope = nil
    }

    /// Takes the plain segments that come next (``X12SegmentReader/takePlainSegment(into:)``) straight into the open
    /// set, as ``process(_:)`` would take each (counted, collected, nothing to report); returns the last one taken.
    mutating func takePlainSegments(from reader: inout X12SegmentReader) -> X12SegmentReader.PlainSegment? {
        guard self.collectTransactionSets, self.transaction.isPresent else { return nil }
        var last: X12SegmentReader.PlainSegment?
        while let plain = reader.takePlainSegment(into: &self.setSegments) {
            self.setCount += 1
            last = plain
        }
        if last.isPresent {
            if !self.diagnostics.isEmpty { self.diagnostics.removeAll() }
            if self.completed.isPresent { self.completed = nil }
        }
        return last
    }

    /// The set open now, as collected so far (for a reader that must check it before it ends).
    var openSet: X12TransactionSet? {
        mutating get {
            guard self.collectTransactionSets, self.transaction.isPresent else { return nil }
            var context = self.context
            context.position = nil
            return X12TransactionSet(context: context, sender: self.interchange?.sender,
                                     receiver: self.interchange?.receiver, segments: self.setSegments,
                                     hasEnvelopeErrors: self.setHasErrors)
        }
    }

    /// The position in its set of the last segment taken (ST = 1).
    var setPosition: Int { self.setCount }

    /// Marks the set just completed as checked later (``X12SetChecks``), with what the reader found in it and the
    /// envelope its segments were read in.
    mutating func completeDeferred(recorded: [X12RecordedDiagnostic], envelope: X12EnvelopeInfo) {
        guard self.completed.isPresent else { return }
        self.completed!.checksDeferred = true
        self.completed!.recorded = recorded
        self.completed!.segmentsEnvelope = envelope
    }

    private mutating func report(_ code: DiagnosticCode, at location: X12Location, _ message: String) {
        self.diagnostics.append(Diagnostic(.error, code, at: .x12(location), message))
        if self.transaction != nil { self.setHasErrors = true }
    }

    private static func trimmed(_ text: String) -> String {
        String(text.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    }

    static func two(_ position: Int) -> String { position < 10 ? "0\(position)" : "\(position)" }
}
