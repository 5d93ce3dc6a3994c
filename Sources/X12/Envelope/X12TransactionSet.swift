import WharfCore

/// One transaction set, ST to SE, with the envelope it came in. Mappings read these.
public struct X12TransactionSet: Hashable, Sendable {
    /// The set's context (control numbers, versions); `position` is `nil`.
    public var context: X12SegmentContext
    /// The interchange's sender (ISA05 qualifier and ISA06, trimmed).
    public var sender: String?
    /// The interchange's receiver (ISA07 qualifier and ISA08, trimmed).
    public var receiver: String?
    /// The segments from ST to SE inclusive, stored flat (see ``X12SegmentList``).
    public var segments: X12SegmentList
    /// True when the envelope checks found an error in this set (counts, control numbers, missing SE).
    public var hasEnvelopeErrors: Bool
    /// True when the reader left the set's structure and dictionary checks to ``X12SetChecks`` (run where the set
    /// is mapped, in parallel with reading the next sets); ``recorded`` then holds what the reader itself found.
    package var checksDeferred = false
    /// The diagnostics the reader found in the set's segments (envelope and syntax) when its checks are deferred,
    /// each with the segment it came with, in input order.
    package var recorded: [X12RecordedDiagnostic] = []
    /// The envelope the set's segments were read in, when its checks are deferred: `context` is the envelope when
    /// the set ended, which a malformed input can change before that (a GS or ISA inside a set outside a group or
    /// interchange).
    package var segmentsEnvelope: X12EnvelopeInfo?

    /// Creates a transaction set.
    public init(context: X12SegmentContext, sender: String?, receiver: String?, segments: X12SegmentList,
                hasEnvelopeErrors: Bool) {
        self.context = context
        self.sender = sender
        self.receiver = receiver
        self.segments = segments
        self.hasEnvelopeErrors = hasEnvelopeErrors
    }
}

/// A diagnostic found while reading a transaction set whose checks are deferred, with where it goes among the checks'
/// own: a reader checking as it goes reports a segment's envelope problems, then its structure and dictionary
/// problems, then the syntax remarks that follow it.
package struct X12RecordedDiagnostic: Hashable, Sendable {
    /// The segment (0-based, in the set) it came with.
    package var segment: Int
    /// True for what follows the segment's checks (syntax remarks), false for what precedes them (envelope).
    package var afterChecks: Bool
    package var diagnostic: Diagnostic

    package init(segment: Int, afterChecks: Bool, diagnostic: Diagnostic) {
        self.segment = segment
        self.afterChecks = afterChecks
        self.diagnostic = diagnostic
    }
}
