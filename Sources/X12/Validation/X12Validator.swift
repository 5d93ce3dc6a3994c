import WharfCore

/// An ``X12Reader`` whose events also carry the dictionary checks of every segment (``X12ElementValidator``).
///
/// ```swift
/// var validator = X12Validator()
/// validator.append(bytes)
/// validator.finish()
/// var diagnostics = Diagnostics()
/// while let event = validator.next() { if case .diagnostic(let d) = event { diagnostics.append(d) } }
/// ```
public struct X12Validator: Sendable {
    private var reader: X12Reader

    /// Creates a validator.
    /// - Parameters:
    ///   - collectTransactionSets: also emit each transaction set whole after its SE.
    ///   - guideRules: a partner's narrowing of the standard, checked after the dictionary.
    public init(collectTransactionSets: Bool = false, guideRules: (any X12GuideRules)? = nil) {
        self.reader = X12Reader(collectTransactionSets: collectTransactionSets, validatingElements: true,
                                guideRules: guideRules)
    }

    /// Creates a validator that leaves the structure and dictionary checks of each collected set to
    /// ``X12SetChecks`` (run where the set is used, on any thread); segments outside sets are checked here. Each set
    /// keeps at most `recordLimit` of the diagnostics found while reading it. With `deferringSetChecks`, the segments
    /// of a set have no `.segment` events: the set carries them.
    package init(deferringSetChecks: Bool, guideRules: (any X12GuideRules)? = nil, recordLimit: Int = .max) {
        self.reader = X12Reader(collectTransactionSets: true, validatingElements: true, guideRules: guideRules,
                                deferringSetChecks: deferringSetChecks, recordLimit: recordLimit)
    }

    /// Adds the next chunk of input.
    public mutating func append(_ bytes: some Sequence<UInt8>) { self.reader.append(bytes) }

    /// Marks the end of the input.
    public mutating func finish() { self.reader.finish() }

    /// The next event, or `nil` when more input is needed (or, after ``finish()``, at the end).
    public mutating func next() -> X12Reader.Event? { self.reader.next() }
}
