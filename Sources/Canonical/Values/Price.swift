import Foundation

/// A unit price: an exact amount of money for a quantity of an item.
///
/// `per` says what the amount buys; when it is absent the amount is for one unit of the line's quantity unit.
/// A price of 45.50 USD per box of the line is `Price(Decimal(string: "45.50")!, .usd)`; 12.00 per 100 each
/// is `Price(12, .usd, per: Quantity(100, .each))`. Encodes as
/// `{"amount": "12", "currency": "USD", "per": {"value": "100", "unit": "EA"}, "basis": "contract"}`.
public struct Price: Hashable, Sendable {
    /// The amount for `per` (or for one unit of the line), exact.
    public var amount: Decimal
    /// The ISO 4217 currency, if given; otherwise the document's.
    public var currency: CurrencyCode?
    /// The quantity the amount buys, when it is not one unit of the line's quantity unit.
    public var per: Quantity?
    /// Where the price comes from (catalog, contract, quote), if given.
    public var basis: PriceBasis?

    /// Creates a unit price.
    ///
    /// - Parameters:
    ///   - amount: The amount.
    ///   - currency: The currency, if known.
    ///   - per: The quantity the amount buys, if not one unit of the line.
    ///   - basis: Where the price comes from.
    @inlinable
    public init(_ amount: Decimal, _ currency: CurrencyCode? = nil, per: Quantity? = nil, basis: PriceBasis? = nil) {
        self.amount = amount
        self.currency = currency
        self.per = per
        self.basis = basis
    }

    /// Creates a unit price from an amount of money.
    ///
    /// - Parameters:
    ///   - money: The amount and its currency.
    ///   - per: The quantity the amount buys, if not one unit of the line.
    ///   - basis: Where the price comes from.
    @inlinable
    public init(_ money: Money, per: Quantity? = nil, basis: PriceBasis? = nil) {
        self.init(money.amount, money.currency, per: per, basis: basis)
    }

    /// The amount and currency as `Money`.
    public var money: Money {
        get { Money(self.amount, self.currency) }
        set {
            self.amount = newValue.amount
            self.currency = newValue.currency
        }
    }
}

extension Price: Codable {
    enum CodingKeys: String, CodingKey {
        case amount, currency, per, basis
    }

    /// Decodes a price whose amount is canonical decimal text.
    ///
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: `DecodingError` when `amount` is missing or is not exact decimal text.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.amount = try container.decodeDecimal(forKey: .amount)
        self.currency = try container.decodeIfPresent(CurrencyCode.self, forKey: .currency)
        self.per = try container.decodeIfPresent(Quantity.self, forKey: .per)
        self.basis = try container.decodeIfPresent(PriceBasis.self, forKey: .basis)
    }

    /// Encodes the price with its amount as canonical decimal text, omitting `nil` members.
    ///
    /// - Parameter encoder: The encoder to write to.
    /// - Throws: `EncodingError.invalidValue` when the amount is NaN.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeDecimal(self.amount, forKey: .amount)
        try container.encodeIfPresent(self.currency, forKey: .currency)
        try container.encodeIfPresent(self.per, forKey: .per)
        try container.encodeIfPresent(self.basis, forKey: .basis)
    }
}
