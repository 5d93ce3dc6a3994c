import Foundation

/// A receiver's acknowledgment of one functional group: an X12 AK1 … AK9 loop of a 997 or 999.
///
/// Example:
/// ```swift
/// GroupAcknowledgment(functionalGroup: "PO", controlNumber: "1001", version: "005010", status: .partiallyAccepted,
///                     sourceCode: "P", transactionSetsIncluded: 2, transactionSetsReceived: 2,
///                     transactionSetsAccepted: 1, transactionSets: [ … ])
/// ```
public struct GroupAcknowledgment: Hashable, Sendable {
    /// The functional identifier code of the acknowledged group (AK101, its GS01), e.g. `"PO"`.
    public var functionalGroup: String
    /// The control number of the acknowledged group (AK102, its GS06).
    public var controlNumber: String
    /// The version of the acknowledged group (AK103, its GS08), if given.
    public var version: String?
    /// What the receiver did with the group (AK901).
    public var status: AcknowledgmentStatus
    /// The source format's status code (AK901 `A`, `E`, `P`, `R` …), if it had one.
    public var sourceCode: String?
    /// The number of transaction sets the group says it holds (AK902, its GE01), if given.
    public var transactionSetsIncluded: Int?
    /// The number of transaction sets the receiver received (AK903), if given.
    public var transactionSetsReceived: Int?
    /// The number of transaction sets the receiver accepted (AK904), if given.
    public var transactionSetsAccepted: Int?
    /// The receiver's error codes for the group (AK905 … AK909), in source order.
    public var errorCodes: [String]
    /// The acknowledgments of the group's transaction sets (AK2 … AK5 or IK5), in source order; a receiver may
    /// list only the sets with errors, or none.
    public var transactionSets: [TransactionSetAcknowledgment]

    /// Creates a group acknowledgment.
    ///
    /// - Parameters:
    ///   - functionalGroup: The group's functional identifier code.
    ///   - controlNumber: The group's control number.
    ///   - version: The group's version.
    ///   - status: What the receiver did with it.
    ///   - sourceCode: The source's status code.
    ///   - transactionSetsIncluded: The number of sets the group holds.
    ///   - transactionSetsReceived: The number of sets received.
    ///   - transactionSetsAccepted: The number of sets accepted.
    ///   - errorCodes: The group's error codes.
    ///   - transactionSets: The transaction set acknowledgments.
    @inlinable
    public init(
        functionalGroup: String,
        controlNumber: String,
        version: String? = nil,
        status: AcknowledgmentStatus,
        sourceCode: String? = nil,
        transactionSetsIncluded: Int? = nil,
        transactionSetsReceived: Int? = nil,
        transactionSetsAccepted: Int? = nil,
        errorCodes: [String] = [],
        transactionSets: [TransactionSetAcknowledgment] = []
    ) {
        self.functionalGroup = functionalGroup
        self.controlNumber = controlNumber
        self.version = version
        self.status = status
        self.sourceCode = sourceCode
        self.transactionSetsIncluded = transactionSetsIncluded
        self.transactionSetsReceived = transactionSetsReceived
        self.transactionSetsAccepted = transactionSetsAccepted
        self.errorCodes = errorCodes
        self.transactionSets = transactionSets
    }
}

extension GroupAcknowledgment: Codable {
    enum CodingKeys: String, CodingKey {
        case functionalGroup, controlNumber, version, status, sourceCode, transactionSetsIncluded
        case transactionSetsReceived, transactionSetsAccepted, errorCodes, transactionSets
    }

    /// Decodes a group acknowledgment; arrays may be absent.
    ///
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: `DecodingError` when a required member is missing or a member is malformed.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.functionalGroup = try container.decode(String.self, forKey: .functionalGroup)
        self.controlNumber = try container.decode(String.self, forKey: .controlNumber)
        self.version = try container.decodeIfPresent(String.self, forKey: .version)
        self.status = try container.decode(AcknowledgmentStatus.self, forKey: .status)
        self.sourceCode = try container.decodeIfPresent(String.self, forKey: .sourceCode)
        self.transactionSetsIncluded = try container.decodeIfPresent(Int.self, forKey: .transactionSetsIncluded)
        self.transactionSetsReceived = try container.decodeIfPresent(Int.self, forKey: .transactionSetsReceived)
        self.transactionSetsAccepted = try container.decodeIfPresent(Int.self, forKey: .transactionSetsAccepted)
        self.errorCodes = try container.decodeArray(of: String.self, forKey: .errorCodes)
        self.transactionSets = try container.decodeArray(of: TransactionSetAcknowledgment.self, forKey: .transactionSets)
    }

    /// Encodes the group acknowledgment, omitting `nil` members and empty arrays.
    ///
    /// - Parameter encoder: The encoder to write to.
    /// - Throws: Whatever the encoder throws.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(self.functionalGroup, forKey: .functionalGroup)
        try container.encode(self.controlNumber, forKey: .controlNumber)
        try container.encodeIfPresent(self.version, forKey: .version)
        try container.encode(self.status, forKey: .status)
        try container.encodeIfPresent(self.sourceCode, forKey: .sourceCode)
        try container.encodeIfPresent(self.transactionSetsIncluded, forKey: .transactionSetsIncluded)
        try container.encodeIfPresent(self.transactionSetsReceived, forKey: .transactionSetsReceived)
        try container.encodeIfPresent(self.transactionSetsAccepted, forKey: .transactionSetsAccepted)
        try container.encodeArray(self.errorCodes, forKey: .errorCodes)
        try container.encodeArray(self.transactionSets, forKey: .transactionSets)
    }
}
