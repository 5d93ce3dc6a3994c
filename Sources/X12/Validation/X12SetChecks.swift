import WharfCore

/// The structure and dictionary checks of one collected transaction set, run apart from reading it: a reader that
/// defers them (`X12Validator(deferringSetChecks: true)`) only splits segments and follows the envelope, and each set
/// is checked here where it is mapped, on any thread.
///
/// The diagnostics come out as the reader checking as it goes reports them — for each segment its envelope problems,
/// its structure problems, its dictionary and guide problems, then the syntax remarks after it.
///
/// ```swift
/// var checks = X12SetChecks(guideRules: nil)
/// checks.check(set, into: &diagnostics)
/// ```
package struct X12SetChecks: Sendable {
    private var elements = X12ElementValidator()
    private var guideRules: (any X12GuideRules)?
    /// `guideRules != nil`, as a flag (testing the optional copies the rules' existential box).
    private let checkingGuideRules: Bool
    private var problems: [(DiagnosticCode, String, String)] = []
    private var elementProblems: [Diagnostic] = []
    /// The structure of the last set checked, for the next set of the same kind and release.
    private var lastStructure: (id: String, version: String, structure: X12TransactionStructure?)?

    /// The guide rules as the last set checked left them (they follow a set from its ST: a reader that goes on
    /// reading a set checked here continues with them).
    var rulesAfterChecks: (any X12GuideRules)? { self.guideRules }

    /// Checks with the standard's dictionary and, when given, a partner's guide rules.
    package init(guideRules: (any X12GuideRules)?) {
        self.guideRules = guideRules
        self.checkingGuideRules = guideRules != nil
    }

    /// Appends every diagnostic of `set`'s segments: those the reader recorded and those of the checks.
    package mutating func check(_ set: X12TransactionSet, into diagnostics: inout Diagnostics) {
        _ = self.checkResuming(set, into: &diagnostics)
    }

    /// ``check(_:into:)``, returning the structure walker where the segments left it when the set has no SE (a
    /// reader resumes with it).
    mutating func checkResuming(_ set: X12TransactionSet, into diagnostics: inout Diagnostics) -> X12StructureWalker? {
        let segments = set.segments
        let recorded = set.recorded
        let envelope = set.segmentsEnvelope ?? set.context.envelope
        let separator = segments.delimiters.element
        var next = 0
        var walker: X12StructureWalker?
        var context = X12SegmentContext(envelope: envelope)
        let clean = self.elements.cleanCheck(in: context, delimiters: segments.delimiters)
        segments.storage.withUnsafeBufferPointer { storage in
            segments.records.withUnsafeBufferPointer { records in
                for index in records.indices {
                    while next < recorded.count, recorded[next].segment == index, !recorded[next].afterChecks {
                        diagnostics.append(recorded[next].diagnostic)
                        next += 1
                    }
                    let record = records[index]
                    let bytes = UnsafeBufferPointer(rebasing: storage[record.start..<record.end])
                    context.position = index + 1
                    context.loop = nil
                    if !self.problems.isEmpty { self.problems.removeAll(keepingCapacity: true) }
                    // Structure: as the reader follows it (a walker from ST, none for an unknown set or release).
                    if record.tagCode == X12TagCode.st {
                        walker = self.structure(envelope.transactionSetID ?? "", version: envelope.version ?? "")
                            .map(X12StructureWalker.init)
                    }
                    if walker.isPresent, X12SegmentReader.isValidTag(bytes, separator: separator) {
                        walker!.place(record.tagCode, tag: Self.tag(bytes, separator: separator), into: &self.problems)
                        context.loop = walker!.loop
                        if record.tagCode == X12TagCode.se {
                            walker!.finish(into: &self.problems)
                            walker = nil
                        }
                    }
                    if !self.problems.isEmpty {
                        for (code, tag, message) in self.problems {
                            let location = X12Location(
                                interchange: envelope.interchange, group: envelope.group,
                                transaction: envelope.transaction, segment: tag, segmentPosition: index + 1,
                                loop: context.loop, line: record.line, byteOffset: record.byteOffset)
                            diagnostics.append(Diagnostic(.error, code, at: .x12(location), message))
                        }
                    }
                    // Dictionary and guide: the segment is copied out of the list only when there is something to say.
                    if !self.elementProblems.isEmpty { self.elementProblems.removeAll(keepingCapacity: true) }
                    let nothingToSay = record.tagCode == X12TagCode.st
                        ? self.elements.hasNothingToSay(bytes, tagCode: record.tagCode,
                                                        delimiters: segments.delimiters, in: context)
                        : clean.hasNothingToSay(bytes, tagCode: record.tagCode)
                    if !nothingToSay {
                        self.elements.validate(segments[index], in: context, into: &self.elementProblems)
                    }
                    if self.checkingGuideRules {
                        self.guideRules!.check(segments[index], in: context, into: &self.elementProblems)
                    }
                    if !self.elementProblems.isEmpty {
                        for problem in self.elementProblems { diagnostics.append(problem) }
                    }
                    while next < recorded.count, recorded[next].segment == index {
                        diagnostics.append(recorded[next].diagnostic)
                        next += 1
                    }
                }
            }
        }
        while next < recorded.count {
            diagnostics.append(recorded[next].diagnostic)
            next += 1
        }
        return walker
    }

    /// The structure of transaction set `id` in `version`, as ``X12TransactionStructure/forSet(_:version:)``.
    private mutating func structure(_ id: String, version: String) -> X12TransactionStructure? {
        if let last = self.lastStructure, last.id == id, last.version == version { return last.structure }
        let structure = X12TransactionStructure.forSet(id, version: version)
        self.lastStructure = (id, version, structure)
        return structure
    }

    /// The tag of a segment with a valid one: the bytes before the first element separator.
    private static func tag(_ bytes: UnsafeBufferPointer<UInt8>, separator: UInt8) -> String {
        let end = bytes.firstIndex(of: separator) ?? bytes.count
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[..<end]), as: UTF8.self)
    }
}
