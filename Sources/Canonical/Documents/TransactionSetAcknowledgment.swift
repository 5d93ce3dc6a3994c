import Foundation

/// A receiver's acknowledgment of one transaction set: an X12 AK2 … AK5 (997) or AK2 … IK5 (999) loop.
///
/// Example:
/// ```swift
/// TransactionSetAcknowledgment(transactionSetID: "850", controlNumber: "0002", status: .rejected,
///                              sourceCode: "R", errorCodes: ["5"], segmentErrors: [
///     SegmentError(segmentID: "PO1", position: 12, loop: "PO1", errorCode: "8",
///                  elementErrors: [ElementError(position: 2, elementReference: "330", errorCode: "1")]),
/// ])
/// ```
public struct TransactionSetAcknowledgment: Hashable, Sendable {
    /// The identifier of the acknowledged set (AK201, its ST01), e.g. `"850"`.
    public var transactionSetID: String
    /// The control number of the acknowledged set (AK202, its ST02).
    public var controlNumber: String
    /// The implementation convention of the acknowledged set (AK203, its ST03), if given.
    public var implementationReference: String?
    /// What the receiver did with the set (AK501 or IK501).
    public var status: AcknowledgmentStatus
    /// The source format's status code (AK501 or IK501 `A`, `E`, `R` …), if it had one.
    public var sourceCode: String?
    /// The receiver's error codes for the set (AK502 … AK506 or IK502 … IK506), in source order.
    public var errorCodes: [String]
    /// The segments the receiver found in error (AK3 or IK3 loops), in source order.
    public var segmentErrors: [SegmentError]

    /// Creates a transaction set acknowledgment.
    ///
    /// - Parameters:
    ///   - transactionSetID: The set's identifier.
    ///   - controlNumber: The set's control number.
    ///   - implementationReference: The set's implementation convention.
    ///   - status: What the receiver did with it.
    ///   - sourceCode: The source's status code.
    ///   - errorCodes: The set's error codes.
    ///   - segmentErrors: The segments in error.
    @inlinable
    public init(
        transactionSetID: String,
        controlNumber: String,
        implementationReference: String? = nil,
        status: AcknowledgmentStatus,
        sourceCode: String? = nil,
        errorCodes: [String] = [],
        segmentErrors: [SegmentError] = []
    ) {
        self.transactionSetID = transactionSetID
        self.controlNumber = controlNumber
        self.implementationReference = implementationReference
        self.status = status
        self.sourceCode = sourceCode
        self.errorCodes = errorCodes
        self.segmentErrors = segmentErrors
    }
}

extension TransactionSetAcknowledgment: Codable {
    enum CodingKeys: String, CodingKey {
        case transactionSetID, controlNumber, implementationReference, status, sourceCode, errorCodes, segmentErrors
    }

    /// Decodes a transaction set acknowledgment; arrays may be absent.
    ///
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: `DecodingError` when a required member is missing or a member is malformed.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.transactionSetID = try container.decode(String.self, forKey: .transactionSetID)
        self.controlNumber = try container.decode(String.self, forKey: .controlNumber)
        self.implementationReference = try container.decodeIfPresent(String.self, forKey: .implementationReference)
        self.status = try container.decode(AcknowledgmentStatus.self, forKey: .status)
        self.sourceCode = try container.decodeIfPresent(String.self, forKey: .sourceCode)
        self.errorCodes = try container.decodeArray(of: String.self, forKey: .errorCodes)
        self.segmentErrors = try container.decodeArray(of: SegmentError.self, forKey: .segmentErrors)
    }

    /// Encodes the transaction set acknowledgment, omitting `nil` members and empty arrays.
    ///
    /// - Parameter encoder: The encoder to write to.
    /// - Throws: Whatever the encoder throws.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(self.transactionSetID, forKey: .transactionSetID)
        try container.encode(self.controlNumber, forKey: .controlNumber)
        try container.encodeIfPresent(self.implementationReference, forKey: .implementationReference)
        try container.encode(self.status, forKey: .status)
        try container.encodeIfPresent(self.sourceCode, forKey: .sourceCode)
        try container.encodeArray(self.errorCodes, forKey: .errorCodes)
        try container.encodeArray(self.segmentErrors, forKey: .segmentErrors)
    }
}
