import WharfCore

/// The control numbers and versions of the envelope around a segment: one shared, immutable object per transaction
/// set (or group, or interchange), so that giving every segment its context costs one reference.
public final class X12EnvelopeInfo: Hashable, Sendable {
    /// ISA13.
    public let interchange: String?
    /// ISA12, the interchange control version (`00401`).
    public let interchangeVersion: String?
    /// GS06.
    public let group: String?
    /// GS01, the functional identifier code.
    public let functionalGroup: String?
    /// GS08, the version of the group's transaction sets (`004010VICS`).
    public let version: String?
    /// ST02.
    public let transaction: String?
    /// ST01, the transaction set id (`850`).
    public let transactionSetID: String?

    /// Creates envelope information; every part is optional.
    public init(interchange: String? = nil, interchangeVersion: String? = nil, group: String? = nil,
                functionalGroup: String? = nil, version: String? = nil, transaction: String? = nil,
                transactionSetID: String? = nil) {
        self.interchange = interchange
        self.interchangeVersion = interchangeVersion
        self.group = group
        self.functionalGroup = functionalGroup
        self.version = version
        self.transaction = transaction
        self.transactionSetID = transactionSetID
    }

    /// Nothing known: before the first ISA.
    public static let none = X12EnvelopeInfo()

    public static func == (lhs: X12EnvelopeInfo, rhs: X12EnvelopeInfo) -> Bool {
        lhs === rhs || (lhs.interchange == rhs.interchange && lhs.interchangeVersion == rhs.interchangeVersion
            && lhs.group == rhs.group && lhs.functionalGroup == rhs.functionalGroup && lhs.version == rhs.version
            && lhs.transaction == rhs.transaction && lhs.transactionSetID == rhs.transactionSetID)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(self.interchange)
        hasher.combine(self.group)
        hasher.combine(self.transaction)
    }
}

/// Where a segment stands in its interchange: the enclosing control numbers and its position in its transaction set.
public struct X12SegmentContext: Hashable, Sendable {
    /// The enclosing envelope.
    public var envelope: X12EnvelopeInfo
    /// The segment's position in its transaction set, ST = 1; `nil` for segments outside a set.
    public var position: Int?
    /// The innermost loop the segment is in (`PO1`, `N1`, `HL`), when the set's structure is known.
    public var loop: String?

    /// Creates a context from shared envelope information.
    public init(envelope: X12EnvelopeInfo, position: Int? = nil, loop: String? = nil) {
        self.envelope = envelope
        self.position = position
        self.loop = loop
    }

    /// Creates a context; every part is optional.
    public init(interchange: String? = nil, interchangeVersion: String? = nil, group: String? = nil,
                functionalGroup: String? = nil, version: String? = nil, transaction: String? = nil,
                transactionSetID: String? = nil, position: Int? = nil) {
        self.envelope = X12EnvelopeInfo(
            interchange: interchange, interchangeVersion: interchangeVersion, group: group,
            functionalGroup: functionalGroup, version: version, transaction: transaction,
            transactionSetID: transactionSetID)
        self.position = position
    }

    /// ISA13.
    public var interchange: String? { self.envelope.interchange }
    /// ISA12.
    public var interchangeVersion: String? { self.envelope.interchangeVersion }
    /// GS06.
    public var group: String? { self.envelope.group }
    /// GS01.
    public var functionalGroup: String? { self.envelope.functionalGroup }
    /// GS08.
    public var version: String? { self.envelope.version }
    /// ST02.
    public var transaction: String? { self.envelope.transaction }
    /// ST01.
    public var transactionSetID: String? { self.envelope.transactionSetID }

    /// The location of `segment` in this context.
    public func location(of segment: X12Segment) -> X12Location {
        X12Location(interchange: self.interchange, group: self.group, transaction: self.transaction,
                    segment: segment.validTag, segmentPosition: self.position, loop: self.loop, line: segment.line,
                    byteOffset: segment.byteOffset)
    }
}
