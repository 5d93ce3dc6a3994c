import Foundation

/// An exact quantity with its unit of measure.
///
/// Encodes as `{"value": "12.5", "unit": "BX"}`: the value is canonical decimal text, never a JSON number,
/// so no digit is lost to binary floating point.
///
/// Example: `Quantity(10, .box)`.
public struct Quantity: Hashable, Sendable {
    /// The amount, exact.
    public var value: Decimal
    /// The unit the amount counts.
    public var unit: UnitOfMeasure

    /// Creates a quantity.
    ///
    /// - Parameters:
    ///   - value: The amount.
    ///   - unit: The unit of measure.
    @inlinable
    public init(_ value: Decimal, _ unit: UnitOfMeasure) {
        self.value = value
        self.unit = unit
    }
}

extension Quantity: Codable {
    enum CodingKeys: String, CodingKey {
        case value, unit
    }

    /// Decodes a quantity whose value is canonical decimal text.
    ///
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: `DecodingError` when a member is missing or `value` is not exact decimal text.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.value = try container.decodeDecimal(forKey: .value)
        self.unit = try container.decode(UnitOfMeasure.self, forKey: .unit)
    }

    /// Encodes the quantity with its value as canonical decimal text.
    ///
    /// - Parameter encoder: The encoder to write to.
    /// - Throws: `EncodingError.invalidValue` when the value is NaN.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeDecimal(self.value, forKey: .value)
        try container.encode(self.unit, forKey: .unit)
    }
}
