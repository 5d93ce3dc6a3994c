import Foundation

/// A segment a receiver found in error, with its element errors: an X12 AK3 (997) or IK3 (999) and the AK4 or
/// IK4 segments after it.
///
/// The copy of the bad data (AK404, IK404) and 999 context (CTX) segments are not kept: the copy may be PHI.
///
/// Example:
/// ```swift
/// SegmentError(segmentID: "PO1", position: 12, loop: "PO1", errorCode: "8",
///              elementErrors: [ElementError(position: 2, elementReference: "330", errorCode: "1")])
/// ```
public struct SegmentError: Hashable, Sendable {
    /// The segment's identifier (AK301), e.g. `"PO1"`.
    public var segmentID: String
    /// The segment's position in the transaction set, counting the ST segment as 1 (AK302).
    public var position: Int
    /// The identifier of the loop the segment is in (AK303), if given.
    public var loop: String?
    /// The receiver's error code for the segment (AK304), if given.
    public var errorCode: String?
    /// The segment's elements in error (AK4 or IK4 segments), in source order.
    public var elementErrors: [ElementError]

    /// Creates a segment error.
    ///
    /// - Parameters:
    ///   - segmentID: The segment's identifier.
    ///   - position: The segment's position in its set.
    ///   - loop: The loop the segment is in.
    ///   - errorCode: The receiver's error code.
    ///   - elementErrors: The elements in error.
    @inlinable
    public init(
        segmentID: String,
        position: Int,
        loop: String? = nil,
        errorCode: String? = nil,
        elementErrors: [ElementError] = []
    ) {
        self.segmentID = segmentID
        self.position = position
        self.loop = loop
        self.errorCode = errorCode
        self.elementErrors = elementErrors
    }
}

extension SegmentError: Codable {
    enum CodingKeys: String, CodingKey {
        case segmentID, position, loop, errorCode, elementErrors
    }

    /// Decodes a segment error; `elementErrors` may be absent.
    ///
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: `DecodingError` when a required member is missing or a member is malformed.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.segmentID = try container.decode(String.self, forKey: .segmentID)
        self.position = try container.decode(Int.self, forKey: .position)
        self.loop = try container.decodeIfPresent(String.self, forKey: .loop)
        self.errorCode = try container.decodeIfPresent(String.self, forKey: .errorCode)
        self.elementErrors = try container.decodeArray(of: ElementError.self, forKey: .elementErrors)
    }

    /// Encodes the segment error, omitting `nil` members and empty `elementErrors`.
    ///
    /// - Parameter encoder: The encoder to write to.
    /// - Throws: Whatever the encoder throws.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(self.segmentID, forKey: .segmentID)
        try container.encode(self.position, forKey: .position)
        try container.encodeIfPresent(self.loop, forKey: .loop)
        try container.encodeIfPresent(self.errorCode, forKey: .errorCode)
        try container.encodeArray(self.elementErrors, forKey: .elementErrors)
    }
}
