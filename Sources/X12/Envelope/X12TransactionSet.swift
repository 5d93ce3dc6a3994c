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
