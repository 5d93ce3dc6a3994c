import WharfCore

/// Where a segment stands in its interchange: the enclosing control numbers and its position in its transaction set.
public struct X12SegmentContext: Hashable, Sendable {
    /// ISA13.
    public var interchange: String?
    /// ISA12, the interchange control version (`00401`).
    public var interchangeVersion: String?
    /// GS06.
    public var group: String?
    /// GS01, the functional identifier code.
    public var functionalGroup: String?
    /// GS08, the version of the group's transaction sets (`004010VICS`).
    public var version: String?
    /// ST02.
    public var transaction: String?
    /// ST01, the transaction set id (`850`).
    public var transactionSetID: String?
    /// The segment's position in its transaction set, ST = 1; `nil` for segments outside a set.
    public var position: Int?

    /// Creates a context; every part is optional.
    public init(interchange: String? = nil, interchangeVersion: String? = nil, group: String? = nil,
                functionalGroup: String? = nil, version: String? = nil, transaction: String? = nil,
                transactionSetID: String? = nil, position: Int? = nil) {
        self.interchange = interchange
        self.interchangeVersion = interchangeVersion
        self.group = group
        self.functionalGroup = functionalGroup
        self.version = version
        self.transaction = transaction
        self.transactionSetID = transactionSetID
        self.position = position
    }

    /// The location of `segment` in this context.
    public func location(of segment: X12Segment) -> X12Location {
        X12Location(interchange: self.interchange, group: self.group, transaction: self.transaction,
                    segment: segment.tag, segmentPosition: self.position, line: segment.line,
                    byteOffset: segment.byteOffset)
    }
}
