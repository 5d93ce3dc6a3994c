import Foundation

/// One unit of measure an item is packaged, ordered or issued in, with its size in the item's base unit.
///
/// An item whose base unit is the each, sold in boxes of 10 and cases of 4 boxes, has three levels:
/// ```swift
/// [PackagingLevel(unit: .each, conversionFactor: 1),
///  PackagingLevel(unit: .box, conversionFactor: 10,
///                 identifiers: [ItemIdentifier(kind: .gtin, value: "10614141000415")]),
///  PackagingLevel(unit: .case, conversionFactor: 40, isOrderable: true)]
/// ```
public struct PackagingLevel: Hashable, Sendable {
    /// The unit of measure of this level.
    public var unit: UnitOfMeasure
    /// How many base units one of `unit` holds, exact (`40` for a case of 4 boxes of 10).
    public var conversionFactor: Decimal
    /// Identifiers of this packaging level (the GTIN of the box, say).
    public var identifiers: [ItemIdentifier]
    /// The price of one of `unit`, if given.
    public var price: Price?
    /// Whether the item can be ordered in this unit, if said.
    public var isOrderable: Bool?

    /// Creates a packaging level.
    ///
    /// - Parameters:
    ///   - unit: The unit of measure.
    ///   - conversionFactor: Base units in one of `unit`.
    ///   - identifiers: Identifiers of this level.
    ///   - price: The price of one of `unit`.
    ///   - isOrderable: Whether the item can be ordered in this unit.
    @inlinable
    public init(
        unit: UnitOfMeasure,
        conversionFactor: Decimal,
        identifiers: [ItemIdentifier] = [],
        price: Price? = nil,
        isOrderable: Bool? = nil
    ) {
        self.unit = unit
        self.conversionFactor = conversionFactor
        self.identifiers = identifiers
        self.price = price
        self.isOrderable = isOrderable
    }
}

extension PackagingLevel: Codable {
    enum CodingKeys: String, CodingKey {
        case unit, conversionFactor, identifiers, price, isOrderable
    }

    /// Decodes a packaging level; `conversionFactor` is canonical decimal text, `identifiers` may be absent.
    ///
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: `DecodingError` when a member is missing or malformed.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.unit = try container.decode(UnitOfMeasure.self, forKey: .unit)
        self.conversionFactor = try container.decodeDecimal(forKey: .conversionFactor)
        self.identifiers = try container.decodeArray(of: ItemIdentifier.self, forKey: .identifiers)
        self.price = try container.decodeIfPresent(Price.self, forKey: .price)
        self.isOrderable = try container.decodeIfPresent(Bool.self, forKey: .isOrderable)
    }

    /// Encodes the level, omitting `nil` members and empty `identifiers`.
    ///
    /// - Parameter encoder: The encoder to write to.
    /// - Throws: `EncodingError.invalidValue` when the factor is NaN.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(self.unit, forKey: .unit)
        try container.encodeDecimal(self.conversionFactor, forKey: .conversionFactor)
        try container.encodeArray(self.identifiers, forKey: .identifiers)
        try container.encodeIfPresent(self.price, forKey: .price)
        try container.encodeIfPresent(self.isOrderable, forKey: .isOrderable)
    }
}
