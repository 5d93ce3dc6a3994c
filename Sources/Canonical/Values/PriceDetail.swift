import Foundation

/// A further price of a line (X12 CTP): contract, catalog or list prices beside the line's own price.
public struct PriceDetail: Hashable, Sendable {
    /// The class of trade (X12 CTP01, e.g. `WS` wholesale).
    public var classOfTrade: String?
    /// Which price this is (X12 CTP02, e.g. `CON` contract, `CAT` catalog, `MSR` suggested retail).
    public var identifier: String?
    /// The unit price, per the quantity it applies to (X12 CTP03, CTP04/CTP05).
    public var price: Price?
    /// How `multiplier` applies (X12 CTP06).
    public var multiplierQualifier: String?
    /// The multiplier (X12 CTP07).
    public var multiplier: Decimal?
    /// An extended amount (X12 CTP08).
    public var amount: Money?

    /// Creates a price detail.
    @inlinable
    public init(
        classOfTrade: String? = nil,
        identifier: String? = nil,
        price: Price? = nil,
        multiplierQualifier: String? = nil,
        multiplier: Decimal? = nil,
        amount: Money? = nil
    ) {
        self.classOfTrade = classOfTrade
        self.identifier = identifier
        self.price = price
        self.multiplierQualifier = multiplierQualifier
        self.multiplier = multiplier
        self.amount = amount
    }
}

extension PriceDetail: Codable {
    enum CodingKeys: String, CodingKey {
        case classOfTrade, identifier, price, multiplierQualifier, multiplier, amount
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.classOfTrade = try container.decodeIfPresent(String.self, forKey: .classOfTrade)
        self.identifier = try container.decodeIfPresent(String.self, forKey: .identifier)
        self.price = try container.decodeIfPresent(Price.self, forKey: .price)
        self.multiplierQualifier = try container.decodeIfPresent(String.self, forKey: .multiplierQualifier)
        self.multiplier = try container.decodeDecimalIfPresent(forKey: .multiplier)
        self.amount = try container.decodeIfPresent(Money.self, forKey: .amount)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(self.classOfTrade, forKey: .classOfTrade)
        try container.encodeIfPresent(self.identifier, forKey: .identifier)
        try container.encodeIfPresent(self.price, forKey: .price)
        try container.encodeIfPresent(self.multiplierQualifier, forKey: .multiplierQualifier)
        try container.encodeDecimalIfPresent(self.multiplier, forKey: .multiplier)
        try container.encodeIfPresent(self.amount, forKey: .amount)
    }
}
