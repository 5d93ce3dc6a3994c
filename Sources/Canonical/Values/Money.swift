import Foundation

/// An exact amount of money, with its currency when the source gave one.
///
/// Encodes as `{"amount": "1234.5", "currency": "USD"}`; `amount` is canonical decimal text. A missing
/// currency means the document's currency (or the partner's default), never "no currency".
///
/// Example: `Money(Decimal(string: "19.99")!, .usd)`.
public struct Money: Hashable, Sendable {
    /// The amount, exact. Negative amounts are allowed (credits).
    public var amount: Decimal
    /// The ISO 4217 currency, if given.
    public var currency: CurrencyCode?

    /// Creates an amount of money.
    ///
    /// - Parameters:
    ///   - amount: The amount.
    ///   - currency: The currency, if known.
    @inlinable
    public init(_ amount: Decimal, _ currency: CurrencyCode? = nil) {
        self.amount = amount
        self.currency = currency
    }
}

extension Money: Codable {
    enum CodingKeys: String, CodingKey {
        case amount, currency
    }

    /// Decodes an amount whose value is canonical decimal text.
    ///
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: `DecodingError` when `amount` is missing or is not exact decimal text.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.amount = try container.decodeDecimal(forKey: .amount)
        self.currency = try container.decodeIfPresent(CurrencyCode.self, forKey: .currency)
    }

    /// Encodes the amount as canonical decimal text, omitting a `nil` currency.
    ///
    /// - Parameter encoder: The encoder to write to.
    /// - Throws: `EncodingError.invalidValue` when the amount is NaN.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeDecimal(self.amount, forKey: .amount)
        try container.encodeIfPresent(self.currency, forKey: .currency)
    }
}
