import Foundation

/// A measurement of an item (X12 MEA): what is measured, its value and unit, or a range.
public struct ItemMeasurement: Hashable, Sendable {
    /// What the measurement applies to (X12 MEA01, e.g. `PD` physical dimensions).
    public var referenceCode: String?
    /// What is measured (X12 MEA02, e.g. `WT` weight, `LN` length).
    public var qualifier: String?
    /// The value (X12 MEA03).
    public var value: Decimal?
    /// The unit of `value`, `minimum` and `maximum` (X12 MEA04).
    public var unit: UnitOfMeasure?
    /// The lower end of a range (X12 MEA05).
    public var minimum: Decimal?
    /// The upper end of a range (X12 MEA06).
    public var maximum: Decimal?

    /// Creates a measurement.
    @inlinable
    public init(
        referenceCode: String? = nil,
        qualifier: String? = nil,
        value: Decimal? = nil,
        unit: UnitOfMeasure? = nil,
        minimum: Decimal? = nil,
        maximum: Decimal? = nil
    ) {
        self.referenceCode = referenceCode
        self.qualifier = qualifier
        self.value = value
        self.unit = unit
        self.minimum = minimum
        self.maximum = maximum
    }
}

extension ItemMeasurement: Codable {
    enum CodingKeys: String, CodingKey {
        case referenceCode, qualifier, value, unit, minimum, maximum
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.referenceCode = try container.decodeIfPresent(String.self, forKey: .referenceCode)
        self.qualifier = try container.decodeIfPresent(String.self, forKey: .qualifier)
        self.value = try container.decodeDecimalIfPresent(forKey: .value)
        self.unit = try container.decodeIfPresent(UnitOfMeasure.self, forKey: .unit)
        self.minimum = try container.decodeDecimalIfPresent(forKey: .minimum)
        self.maximum = try container.decodeDecimalIfPresent(forKey: .maximum)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(self.referenceCode, forKey: .referenceCode)
        try container.encodeIfPresent(self.qualifier, forKey: .qualifier)
        try container.encodeDecimalIfPresent(self.value, forKey: .value)
        try container.encodeIfPresent(self.unit, forKey: .unit)
        try container.encodeDecimalIfPresent(self.minimum, forKey: .minimum)
        try container.encodeDecimalIfPresent(self.maximum, forKey: .maximum)
    }
}
