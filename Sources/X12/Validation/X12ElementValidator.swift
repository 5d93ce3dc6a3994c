import WharfCore

/// Checks each segment against the dictionary of its version: known segment, element count, mandatory elements,
/// types, lengths, character set, composites, repetitions and syntax notes.
///
/// Envelope segments (ISA, IEA, GS, GE, ST, SE) are left to the envelope checks of ``X12Reader``.
public struct X12ElementValidator: Sendable {
    private var dictionaries: [String: X12Dictionary?] = [:]
    private var current: (version: String, dictionary: X12Dictionary?)?
    private var currentEnvelope: X12EnvelopeInfo?
    private var currentDictionary: X12Dictionary?
    private var classes = X12CompiledSegment.ByteClasses(.standard)
    private var remarkedSet: String?
    private let catalog = X12TransactionSetCatalog.standard

    /// Creates a validator.
    public init() {}

    /// Appends to `diagnostics` every problem of `segment`.
    public mutating func validate(_ segment: X12Segment, in context: X12SegmentContext,
                                  into diagnostics: inout [Diagnostic]) {
        let clean = segment.bytes.withUnsafeBufferPointer { bytes in
            self.hasNothingToSay(bytes, tagCode: segment.tagCode, delimiters: segment.delimiters, in: context)
        }
        if clean { return }
        if segment.tagCode == X12TagCode.st {
            self.remark(on: context, segment: segment, into: &diagnostics)
            return
        }
        // Not clean, so a dictionary is there (``hasNothingToSay`` answers true without one).
        guard let dictionary = self.currentDictionary else { return }
        let location = context.location(of: segment)
        guard let definition = dictionary.segment(segment.tag) else {
            let covered = context.transactionSetID.flatMap { self.catalog.entry($0)?.dictionaryCovers } ?? false
            if covered, X12SegmentReader.isValidTag(segment.bytes, separator: segment.delimiters.element) {
                diagnostics.append(Diagnostic(
                    .error, .segmentUnrecognized, at: .x12(location),
                    "segment \(segment.tag) is not defined in X12 \(dictionary.version)"))
            }
            return
        }
        let checker = X12SegmentChecker(segment: segment, definition: definition, location: location)
        checker.check(into: &diagnostics)
    }

    /// What ``hasNothingToSay(_:tagCode:delimiters:in:)`` needs for the segments of one set, taken out of the
    /// validator once: a set's segments share its envelope and delimiters.
    struct CleanCheck {
        let dictionary: X12Dictionary?
        let classes: X12CompiledSegment.ByteClasses

        /// ``hasNothingToSay(_:tagCode:delimiters:in:)`` for a segment that is not an ST (whose remark needs the
        /// validator).
        func hasNothingToSay(_ bytes: UnsafeBufferPointer<UInt8>, tagCode: UInt32) -> Bool {
            switch tagCode {
            case X12TagCode.isa, X12TagCode.iea, X12TagCode.gs, X12TagCode.ge, X12TagCode.se: return true
            default: break
            }
            guard let dictionary = self.dictionary else { return true }
            guard let slot = X12TagIndex.slot(bytes, separator: self.classes.delimiters.element),
                  case let index = dictionary.compiledSlots[slot], index >= 0 else { return false }
            return dictionary.compiled[Int(index)].isClean(bytes, classes: self.classes, codeSets: dictionary.codeSets)
        }
    }

    /// The clean check for segments in `context` written with `delimiters`.
    mutating func cleanCheck(in context: X12SegmentContext, delimiters: X12Delimiters) -> CleanCheck {
        if self.currentEnvelope !== context.envelope {
            self.currentEnvelope = context.envelope
            self.currentDictionary = self.dictionary(for: context.version ?? context.interchangeVersion ?? "")
        }
        if self.classes.delimiters != delimiters {
            self.classes = X12CompiledSegment.ByteClasses(delimiters)
        }
        return CleanCheck(dictionary: self.currentDictionary, classes: self.classes)
    }

    /// True when ``validate(_:in:into:)`` would find nothing in the segment whose content is `bytes` — an envelope
    /// segment (left to the envelope checks), a segment of a release without a dictionary, or a known segment whose
    /// elements are all well formed — found without making the segment whole (a segment read in place from an
    /// ``X12SegmentList`` is copied out only when there is something to say). An ST is clean when its release and
    /// set are covered by a dictionary (else it carries a remark).
    mutating func hasNothingToSay(_ bytes: UnsafeBufferPointer<UInt8>, tagCode: UInt32, delimiters: X12Delimiters,
                                  in context: X12SegmentContext) -> Bool {
        guard tagCode == X12TagCode.st else {
            return self.cleanCheck(in: context, delimiters: delimiters).hasNothingToSay(bytes, tagCode: tagCode)
        }
        // Nothing to remark when the release has a dictionary that covers the set (see `remark`).
        return self.dictionary(for: context.version ?? "") != nil
            && self.catalog.entry(context.transactionSetID ?? "")?.dictionaryCovers == true
    }

    /// Says once per set when only part of it can be checked (unknown version or unknown transaction set).
    private mutating func remark(on context: X12SegmentContext, segment: X12Segment,
                                 into diagnostics: inout [Diagnostic]) {
        var location: SourceLocation { .x12(context.location(of: segment)) }
        let version = context.version ?? ""
        guard self.dictionary(for: version) != nil else {
            diagnostics.append(Diagnostic(
                .info, .dictionaryVersionUnknown, at: location,
                "Wharf has no segment dictionary for version \(version.isEmpty ? "(none)" : version) (it has "
                    + X12Dictionary.releases.joined(separator: ", ") + "); only the envelope was checked"))
            return
        }
        let id = context.transactionSetID ?? ""
        if self.catalog.entry(id)?.dictionaryCovers != true {
            diagnostics.append(Diagnostic(
                .info, .dictionaryTransactionUnknown, at: location,
                "transaction set \(id) is not covered by Wharf's dictionary; only the segments it knows were checked"))
        }
    }

    private mutating func dictionary(for version: String) -> X12Dictionary? {
        if let current = self.current, current.version == version { return current.dictionary }
        let dictionary = self.dictionaries[version] ?? X12Dictionary.forVersion(version)
        self.dictionaries[version] = dictionary
        self.current = (version, dictionary)
        return dictionary
    }
}
