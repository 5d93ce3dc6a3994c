import Foundation

/// A receiver's acknowledgment of what it was sent: an X12 997, 999 or TA1 (later an HL7 v2 ACK).
///
/// It says which interchange, functional groups and transaction sets arrived and whether each was accepted,
/// with the receiver's error codes down to the element; Wharf reconciles it against what it sent by control
/// number. A TA1 fills `interchange`; a 997 or 999 fills `groups`, one per AK1 (all of them, in order).
///
/// Example:
/// ```swift
/// let ack = FunctionalAcknowledgment(standard: .x12, acknowledgmentType: "997", groups: [
///     GroupAcknowledgment(functionalGroup: "PO", controlNumber: "1001", status: .accepted, sourceCode: "A",
///                         transactionSetsIncluded: 1, transactionSetsReceived: 1, transactionSetsAccepted: 1),
/// ])
/// ```
public struct FunctionalAcknowledgment: Hashable, Sendable {
    /// The standard of the acknowledgment (and of what it acknowledges).
    public var standard: MessageStandard
    /// The acknowledgment's own type in its standard's words: `"997"`, `"999"`, `"TA1"` (X12) or `"ACK"` (HL7 v2).
    public var acknowledgmentType: String
    /// The acknowledgment of the interchange as a whole (an X12 TA1), if given.
    public var interchange: InterchangeAcknowledgment?
    /// The acknowledgments of functional groups (X12 AK1 … AK9), in source order.
    public var groups: [GroupAcknowledgment]

    /// Creates a `FunctionalAcknowledgment`.
    ///
    /// - Parameters:
    ///   - standard: The standard.
    ///   - acknowledgmentType: The acknowledgment's type, e.g. `"997"`.
    ///   - interchange: The interchange acknowledgment.
    ///   - groups: The functional group acknowledgments.
    @inlinable
    public init(
        standard: MessageStandard,
        acknowledgmentType: String,
        interchange: InterchangeAcknowledgment? = nil,
        groups: [GroupAcknowledgment] = []
    ) {
        self.standard = standard
        self.acknowledgmentType = acknowledgmentType
        self.interchange = interchange
        self.groups = groups
    }
}

extension FunctionalAcknowledgment: Codable {
    enum CodingKeys: String, CodingKey {
        case standard, acknowledgmentType, interchange, groups
    }

    /// Decodes a `FunctionalAcknowledgment`; `groups` may be absent.
    ///
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: `DecodingError` when a required member is missing or a member is malformed.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.standard = try container.decode(MessageStandard.self, forKey: .standard)
        self.acknowledgmentType = try container.decode(String.self, forKey: .acknowledgmentType)
        self.interchange = try container.decodeIfPresent(InterchangeAcknowledgment.self, forKey: .interchange)
        self.groups = try container.decodeArray(of: GroupAcknowledgment.self, forKey: .groups)
    }

    /// Encodes the `FunctionalAcknowledgment`, omitting a `nil` interchange and empty `groups`.
    ///
    /// - Parameter encoder: The encoder to write to.
    /// - Throws: Whatever the encoder throws.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(self.standard, forKey: .standard)
        try container.encode(self.acknowledgmentType, forKey: .acknowledgmentType)
        try container.encodeIfPresent(self.interchange, forKey: .interchange)
        try container.encodeArray(self.groups, forKey: .groups)
    }
}
