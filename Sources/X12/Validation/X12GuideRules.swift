import WharfCore

/// Checks beyond the standard's, run on every segment a validator reads: a trading partner's implementation guide
/// narrowing the standard (fewer repeats, required elements, shorter code lists). Problems use the standard's
/// diagnostic codes, so acknowledgments report them like any other.
///
/// A value of a conforming type lives as long as the validator and sees the segments in input order; it tracks
/// transaction set boundaries itself (ST and SE).
public protocol X12GuideRules: Sendable {
    /// Adds the problems of `segment`, which stands where `context` says (its `position` is `nil` outside a
    /// transaction set), to `problems`.
    mutating func check(_ segment: X12Segment, in context: X12SegmentContext, into problems: inout [Diagnostic])
}
