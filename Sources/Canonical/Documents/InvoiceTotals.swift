import Foundation

/// The totals an invoice states. Wharf carries them exactly as stated; it does not recompute them.
public struct InvoiceTotals: Hashable, Sendable {
    /// The total amount due, allowances, charges and taxes included.
    public var totalAmount: Money
    /// The sum of the line amounts, if stated.
    public var lineAmount: Money?
    /// The total of the allowances, if stated.
    public var allowanceAmount: Money?
    /// The total of the charges, if stated.
    public var chargeAmount: Money?
    /// The total of the taxes, if stated.
    public var taxAmount: Money?
    /// The amount the terms discount applies to, if stated.
    public var amountSubjectToDiscount: Money?
    /// The amount due if the terms discount is taken, if stated.
    public var discountedAmount: Money?

    /// Creates an `InvoiceTotals`.
    ///
    /// - Parameters:
    ///   - totalAmount: The total amount due.
    ///   - lineAmount: The sum of the lines.
    ///   - allowanceAmount: The total allowances.
    ///   - chargeAmount: The total charges.
    ///   - taxAmount: The total taxes.
    ///   - amountSubjectToDiscount: The discountable amount.
    ///   - discountedAmount: The amount due after discount.
    @inlinable
    public init(
        totalAmount: Money,
        lineAmount: Money? = nil,
        allowanceAmount: Money? = nil,
        chargeAmount: Money? = nil,
        taxAmount: Money? = nil,
        amountSubjectToDiscount: Money? = nil,
        discountedAmount: Money? = nil
    ) {
        self.totalAmount = totalAmount
        self.lineAmount = lineAmount
        self.allowanceAmount = allowanceAmount
        self.chargeAmount = chargeAmount
        self.taxAmount = taxAmount
        self.amountSubjectToDiscount = amountSubjectToDiscount
        self.discountedAmount = discountedAmount
    }
}

extension InvoiceTotals: Codable {
    enum CodingKeys: String, CodingKey {
        case totalAmount, lineAmount, allowanceAmount, chargeAmount, taxAmount, amountSubjectToDiscount
        case discountedAmount
    }

    /// Decodes an `InvoiceTotals`; only `totalAmount` is required.
    ///
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: `DecodingError` when a required member is missing or a member is malformed.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.totalAmount = try container.decode(Money.self, forKey: .totalAmount)
        self.lineAmount = try container.decodeIfPresent(Money.self, forKey: .lineAmount)
        self.allowanceAmount = try container.decodeIfPresent(Money.self, forKey: .allowanceAmount)
        self.chargeAmount = try container.decodeIfPresent(Money.self, forKey: .chargeAmount)
        self.taxAmount = try container.decodeIfPresent(Money.self, forKey: .taxAmount)
        self.amountSubjectToDiscount = try container.decodeIfPresent(Money.self, forKey: .amountSubjectToDiscount)
        self.discountedAmount = try container.decodeIfPresent(Money.self, forKey: .discountedAmount)
    }

    /// Encodes the `InvoiceTotals`, omitting `nil` members and empty arrays.
    ///
    /// - Parameter encoder: The encoder to write to.
    /// - Throws: `EncodingError.invalidValue` when a decimal is NaN.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(self.totalAmount, forKey: .totalAmount)
        try container.encodeIfPresent(self.lineAmount, forKey: .lineAmount)
        try container.encodeIfPresent(self.allowanceAmount, forKey: .allowanceAmount)
        try container.encodeIfPresent(self.chargeAmount, forKey: .chargeAmount)
        try container.encodeIfPresent(self.taxAmount, forKey: .taxAmount)
        try container.encodeIfPresent(self.amountSubjectToDiscount, forKey: .amountSubjectToDiscount)
        try container.encodeIfPresent(self.discountedAmount, forKey: .discountedAmount)
    }
}
