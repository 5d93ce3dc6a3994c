import Foundation

/// A tax on a document or a line.
///
/// Example: `Tax(type: .state, sourceCode: "ST", amount: Money(Decimal(string: "6.25")!, .usd), percent: 6.25,
/// jurisdiction: "IL")`.
public struct Tax: Hashable, Sendable {
    /// The kind of tax.
    public var type: TaxType
    /// The source format's code for the kind of tax, if it had one.
    public var sourceCode: String?
    /// The tax amount, exact.
    public var amount: Money?
    /// The rate, exact, as a number of percent (`6.25` means 6.25 %).
    public var percent: Decimal?
    /// The taxable amount the rate applies to, if given.
    public var basis: Money?
    /// The taxing jurisdiction (a state or municipality code), if given.
    public var jurisdiction: String?

    /// Creates a tax.
    ///
    /// - Parameters:
    ///   - type: The kind of tax.
    ///   - sourceCode: The source's code for the kind.
    ///   - amount: The tax amount.
    ///   - percent: The rate in percent.
    ///   - basis: The taxable amount.
    ///   - jurisdiction: The taxing jurisdiction.
    @inlinable
    public init(
        type: TaxType,
        sourceCode: String? = nil,
        amount: Money? = nil,
        percent: Decimal? = nil,
        basis: Money? = nil,
        jurisdiction: String? = nil
    ) {
        self.type = type
        self.sourceCode = sourceCode
        self.amount = amount
        self.percent = percent
        self.basis = basis
        self.jurisdiction = jurisdiction
    }
}

extension Tax: Codable {
    enum CodingKeys: String, CodingKey {
        case type, sourceCode, amount, percent, basis, jurisdiction
    }

    /// Decodes a tax; `percent` is canonical decimal text.
    ///
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: `DecodingError` when a member is missing or malformed.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.type = try container.decode(TaxType.self, forKey: .type)
        self.sourceCode = try container.decodeIfPresent(String.self, forKey: .sourceCode)
        self.amount = try container.decodeIfPresent(Money.self, forKey: .amount)
        self.percent = try container.decodeDecimalIfPresent(forKey: .percent)
        self.basis = try container.decodeIfPresent(Money.self, forKey: .basis)
        self.jurisdiction = try container.decodeIfPresent(String.self, forKey: .jurisdiction)
    }

    /// Encodes the tax, omitting `nil` members.
    ///
    /// - Parameter encoder: The encoder to write to.
    /// - Throws: `EncodingError.invalidValue` when a decimal is NaN.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(self.type, forKey: .type)
        try container.encodeIfPresent(self.sourceCode, forKey: .sourceCode)
        try container.encodeIfPresent(self.amount, forKey: .amount)
        try container.encodeDecimalIfPresent(self.percent, forKey: .percent)
        try container.encodeIfPresent(self.basis, forKey: .basis)
        try container.encodeIfPresent(self.jurisdiction, forKey: .jurisdiction)
    }
}
