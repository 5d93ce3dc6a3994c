import Foundation

/// One status a seller gives an order line, with the quantity and date it applies to.
///
/// A line of 10 with 6 shipping now and 4 backordered until 15 March is two details:
/// ```swift
/// [LineStatusDetail(status: .accepted, sourceCode: "IA", quantity: Quantity(6, .box)),
///  LineStatusDetail(status: .backordered, sourceCode: "IB", quantity: Quantity(4, .box),
///                   date: QualifiedDate(kind: .estimatedDelivery,
///                                       date: try CanonicalDate(year: 2024, month: 3, day: 15)))]
/// ```
public struct LineStatusDetail: Hashable, Sendable {
    /// The status.
    public var status: LineStatus
    /// The source format's status code (an X12 line item status code, say), if it had one.
    public var sourceCode: String?
    /// The quantity this status applies to, if given.
    public var quantity: Quantity?
    /// The date that goes with this status (scheduled ship or delivery), if given.
    public var date: QualifiedDate?
    /// The item this status applies to when it differs from the line's (a substitute), if given.
    public var itemIdentifiers: [ItemIdentifier]

    /// Creates a line status.
    ///
    /// - Parameters:
    ///   - status: The status.
    ///   - sourceCode: The source's status code.
    ///   - quantity: The quantity it applies to.
    ///   - date: The date that goes with it.
    ///   - itemIdentifiers: The substitute item's identifiers, if any.
    @inlinable
    public init(
        status: LineStatus,
        sourceCode: String? = nil,
        quantity: Quantity? = nil,
        date: QualifiedDate? = nil,
        itemIdentifiers: [ItemIdentifier] = []
    ) {
        self.status = status
        self.sourceCode = sourceCode
        self.quantity = quantity
        self.date = date
        self.itemIdentifiers = itemIdentifiers
    }
}

extension LineStatusDetail: Codable {
    enum CodingKeys: String, CodingKey {
        case status, sourceCode, quantity, date, itemIdentifiers
    }

    /// Decodes a line status; `itemIdentifiers` may be absent.
    ///
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: `DecodingError` when a member is missing or malformed.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.status = try container.decode(LineStatus.self, forKey: .status)
        self.sourceCode = try container.decodeIfPresent(String.self, forKey: .sourceCode)
        self.quantity = try container.decodeIfPresent(Quantity.self, forKey: .quantity)
        self.date = try container.decodeIfPresent(QualifiedDate.self, forKey: .date)
        self.itemIdentifiers = try container.decodeArray(of: ItemIdentifier.self, forKey: .itemIdentifiers)
    }

    /// Encodes the line status, omitting `nil` members and empty `itemIdentifiers`.
    ///
    /// - Parameter encoder: The encoder to write to.
    /// - Throws: Whatever the encoder throws.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(self.status, forKey: .status)
        try container.encodeIfPresent(self.sourceCode, forKey: .sourceCode)
        try container.encodeIfPresent(self.quantity, forKey: .quantity)
        try container.encodeIfPresent(self.date, forKey: .date)
        try container.encodeArray(self.itemIdentifiers, forKey: .itemIdentifiers)
    }
}
