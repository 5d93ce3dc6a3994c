import Foundation

/// An allowance (discount, credit) or charge (freight, handling, fee) on a document or a line.
///
/// Either `amount` or `percent` (or both) is usually present. When `percent` is given, `basis` is the amount
/// it applies to, if the source said. Amounts are positive; `indicator` says which way they go.
///
/// Example: a 2 % early-order discount on 1,000.00 USD:
/// ```swift
/// AllowanceCharge(indicator: .allowance, code: "C310", amount: Money(20, .usd), percent: 2,
///                 basis: Money(1000, .usd), description: "Early order discount")
/// ```
public struct AllowanceCharge: Hashable, Sendable {
    /// Whether this is an allowance or a charge.
    public var indicator: AllowanceChargeIndicator
    /// The source format's code for the allowance or charge (an X12 SAC02 code, say), if given.
    public var code: String?
    /// The amount, exact.
    public var amount: Money?
    /// The percentage, exact, as a number of percent (`2` means 2 %).
    public var percent: Decimal?
    /// The amount `percent` applies to, if given.
    public var basis: Money?
    /// A description, if given.
    public var description: String?

    /// Creates an allowance or charge.
    ///
    /// - Parameters:
    ///   - indicator: Allowance or charge.
    ///   - code: The source's code for it.
    ///   - amount: The amount.
    ///   - percent: The percentage.
    ///   - basis: The amount the percentage applies to.
    ///   - description: A description.
    @inlinable
    public init(
        indicator: AllowanceChargeIndicator,
        code: String? = nil,
        amount: Money? = nil,
        percent: Decimal? = nil,
        basis: Money? = nil,
        description: String? = nil
    ) {
        self.indicator = indicator
        self.code = code
        self.amount = amount
        self.percent = percent
        self.basis = basis
        self.description = description
    }
}

extension AllowanceCharge: Codable {
    enum CodingKeys: String, CodingKey {
        case indicator, code, amount, percent, basis, description
    }

    /// Decodes an allowance or charge; `percent` is canonical decimal text.
    ///
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: `DecodingError` when a member is missing or malformed.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.indicator = try container.decode(AllowanceChargeIndicator.self, forKey: .indicator)
        self.code = try container.decodeIfPresent(String.self, forKey: .code)
        self.amount = try container.decodeIfPresent(Money.self, forKey: .amount)
        self.percent = try container.decodeDecimalIfPresent(forKey: .percent)
        self.basis = try container.decodeIfPresent(Money.self, forKey: .basis)
        self.description = try container.decodeIfPresent(String.self, forKey: .description)
    }

    /// Encodes the allowance or charge, omitting `nil` members.
    ///
    /// - Parameter encoder: The encoder to write to.
    /// - Throws: `EncodingError.invalidValue` when a decimal is NaN.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(self.indicator, forKey: .indicator)
        try container.encodeIfPresent(self.code, forKey: .code)
        try container.encodeIfPresent(self.amount, forKey: .amount)
        try container.encodeDecimalIfPresent(self.percent, forKey: .percent)
        try container.encodeIfPresent(self.basis, forKey: .basis)
        try container.encodeIfPresent(self.description, forKey: .description)
    }
}
