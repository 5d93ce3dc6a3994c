/// How strictly ``JSONReader`` reads.
public struct JSONReadOptions: Hashable, Sendable {
    /// The default nesting limit: deep enough for any FHIR resource (contained resources in bundle entries reach
    /// about 20 levels), shallow enough that a hostile input cannot exhaust memory or the validator's stack.
    public static let defaultMaximumDepth = 100

    /// The highest ``maximumDepth`` accepted: the validator walks objects recursively, and deeper limits could
    /// exhaust a thread's stack.
    public static let depthCeiling = 256

    /// The deepest nesting of objects and arrays accepted; deeper input fails with `fhir.json.too-deep`.
    public var maximumDepth: Int
    /// Whether `//` and `/* */` comments are skipped (each reported as a `fhir.json.comment` warning) instead of
    /// failing with `fhir.json.syntax`. JSON has no comments; some tools write them anyway.
    public var allowsComments: Bool

    /// Creates options.
    /// - Parameters:
    ///   - maximumDepth: the nesting limit, from 1 to ``depthCeiling``; default ``defaultMaximumDepth``.
    ///   - allowsComments: skip comments with a warning instead of rejecting them; default `false`.
    public init(maximumDepth: Int = JSONReadOptions.defaultMaximumDepth, allowsComments: Bool = false) {
        self.maximumDepth = min(max(1, maximumDepth), JSONReadOptions.depthCeiling)
        self.allowsComments = allowsComments
    }
}
