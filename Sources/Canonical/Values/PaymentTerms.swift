import Foundation

/// Payment terms: when payment is due and what discount early payment earns.
///
/// "2 % 10, net 30 from the invoice date" is:
/// ```swift
/// PaymentTerms(type: .basic, basisDate: .invoiceDate, discountPercent: 2, discountDays: 10, netDays: 30)
/// ```
public struct PaymentTerms: Hashable, Sendable {
    /// The kind of terms, if given.
    public var type: PaymentTermsType?
    /// The source format's code for the kind of terms, if it had one.
    public var sourceCode: String?
    /// The date the days are counted from, if given.
    public var basisDate: PaymentTermsBasisDate?
    /// The early-payment discount, exact, as a number of percent (`2` means 2 %).
    public var discountPercent: Decimal?
    /// The last day the discount applies, if given as a date.
    public var discountDueDate: CanonicalDate?
    /// The number of days, from the basis date, within which the discount applies.
    public var discountDays: Int?
    /// The discount amount, exact, if given.
    public var discountAmount: Money?
    /// The day the full amount is due, if given as a date.
    public var netDueDate: CanonicalDate?
    /// The number of days, from the basis date, within which the full amount is due.
    public var netDays: Int?
    /// The terms in words, if given.
    public var description: String?

    /// Creates payment terms.
    ///
    /// - Parameters:
    ///   - type: The kind of terms.
    ///   - sourceCode: The source's code for the kind.
    ///   - basisDate: The date days are counted from.
    ///   - discountPercent: The discount in percent.
    ///   - discountDueDate: The last day of the discount.
    ///   - discountDays: Days within which the discount applies.
    ///   - discountAmount: The discount amount.
    ///   - netDueDate: The day the full amount is due.
    ///   - netDays: Days within which the full amount is due.
    ///   - description: The terms in words.
    @inlinable
    public init(
        type: PaymentTermsType? = nil,
        sourceCode: String? = nil,
        basisDate: PaymentTermsBasisDate? = nil,
        discountPercent: Decimal? = nil,
        discountDueDate: CanonicalDate? = nil,
        discountDays: Int? = nil,
        discountAmount: Money? = nil,
        netDueDate: CanonicalDate? = nil,
        netDays: Int? = nil,
        description: String? = nil
    ) {
        self.type = type
        self.sourceCode = sourceCode
        self.basisDate = basisDate
        self.discountPercent = discountPercent
        self.discountDueDate = discountDueDate
        self.discountDays = discountDays
        self.discountAmount = discountAmount
        self.netDueDate = netDueDate
        self.netDays = netDays
        self.description = description
    }
}

extension PaymentTerms: Codable {
    enum CodingKeys: String, CodingKey {
        case type, sourceCode, basisDate, discountPercent, discountDueDate, discountDays, discountAmount
        case netDueDate, netDays, description
    }

    /// Decodes payment terms; `discountPercent` is canonical decimal text, day counts are JSON integers.
    ///
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: `DecodingError` when a member is malformed.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.type = try container.decodeIfPresent(PaymentTermsType.self, forKey: .type)
        self.sourceCode = try container.decodeIfPresent(String.self, forKey: .sourceCode)
        self.basisDate = try container.decodeIfPresent(PaymentTermsBasisDate.self, forKey: .basisDate)
        self.discountPercent = try container.decodeDecimalIfPresent(forKey: .discountPercent)
        self.discountDueDate = try container.decodeIfPresent(CanonicalDate.self, forKey: .discountDueDate)
        self.discountDays = try container.decodeIfPresent(Int.self, forKey: .discountDays)
        self.discountAmount = try container.decodeIfPresent(Money.self, forKey: .discountAmount)
        self.netDueDate = try container.decodeIfPresent(CanonicalDate.self, forKey: .netDueDate)
        self.netDays = try container.decodeIfPresent(Int.self, forKey: .netDays)
        self.description = try container.decodeIfPresent(String.self, forKey: .description)
    }

    /// Encodes the terms, omitting `nil` members.
    ///
    /// - Parameter encoder: The encoder to write to.
    /// - Throws: `EncodingError.invalidValue` when a decimal is NaN.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(self.type, forKey: .type)
        try container.encodeIfPresent(self.sourceCode, forKey: .sourceCode)
        try container.encodeIfPresent(self.basisDate, forKey: .basisDate)
        try container.encodeDecimalIfPresent(self.discountPercent, forKey: .discountPercent)
        try container.encodeIfPresent(self.discountDueDate, forKey: .discountDueDate)
        try container.encodeIfPresent(self.discountDays, forKey: .discountDays)
        try container.encodeIfPresent(self.discountAmount, forKey: .discountAmount)
        try container.encodeIfPresent(self.netDueDate, forKey: .netDueDate)
        try container.encodeIfPresent(self.netDays, forKey: .netDays)
        try container.encodeIfPresent(self.description, forKey: .description)
    }
}
