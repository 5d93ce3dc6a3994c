import Foundation

/// One delivery of a line split over several dates (X12 SCH): a quantity and when it is wanted or promised.
public struct DeliverySchedule: Hashable, Sendable {
    /// The quantity for this delivery (X12 SCH01/SCH02).
    public var quantity: Quantity
    /// Who the schedule is for, as an entity code (X12 SCH03, e.g. `ST` ship-to).
    public var entityCode: String?
    /// That party's name (X12 SCH04).
    public var name: String?
    /// The dates, with their qualifiers (X12 SCH05–SCH07 and SCH08–SCH10).
    public var dates: [QualifiedDate]
    /// The request reference number (X12 SCH11).
    public var requestReference: String?
    /// The schedule line's id (X12 SCH12).
    public var scheduleID: String?

    /// Creates a schedule line.
    @inlinable
    public init(
        quantity: Quantity,
        entityCode: String? = nil,
        name: String? = nil,
        dates: [QualifiedDate] = [],
        requestReference: String? = nil,
        scheduleID: String? = nil
    ) {
        self.quantity = quantity
        self.entityCode = entityCode
        self.name = name
        self.dates = dates
        self.requestReference = requestReference
        self.scheduleID = scheduleID
    }
}

extension DeliverySchedule: Codable {
    enum CodingKeys: String, CodingKey {
        case quantity, entityCode, name, dates, requestReference, scheduleID
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.quantity = try container.decode(Quantity.self, forKey: .quantity)
        self.entityCode = try container.decodeIfPresent(String.self, forKey: .entityCode)
        self.name = try container.decodeIfPresent(String.self, forKey: .name)
        self.dates = try container.decodeArray(of: QualifiedDate.self, forKey: .dates)
        self.requestReference = try container.decodeIfPresent(String.self, forKey: .requestReference)
        self.scheduleID = try container.decodeIfPresent(String.self, forKey: .scheduleID)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(self.quantity, forKey: .quantity)
        try container.encodeIfPresent(self.entityCode, forKey: .entityCode)
        try container.encodeIfPresent(self.name, forKey: .name)
        try container.encodeArray(self.dates, forKey: .dates)
        try container.encodeIfPresent(self.requestReference, forKey: .requestReference)
        try container.encodeIfPresent(self.scheduleID, forKey: .scheduleID)
    }
}
