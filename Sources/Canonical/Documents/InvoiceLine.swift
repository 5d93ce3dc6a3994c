import Foundation

/// One line of an invoice: an item, how many, at what price, and the line amount.
public struct InvoiceLine: Hashable, Sendable {
    /// The line's number as the source wrote it (`"1"`, `"0010"`), if given.
    public var lineNumber: String?
    /// The item's identifiers, most specific first as the source gave them.
    public var itemIdentifiers: [ItemIdentifier]
    /// The item's description, if given.
    public var description: String?
    /// The quantity invoiced.
    public var quantity: Quantity
    /// The unit price, if given.
    public var price: Price?
    /// The line amount the seller states (extended price), if given; not computed by Wharf.
    public var amount: Money?
    /// The quantity ordered, if given.
    public var orderedQuantity: Quantity?
    /// The number of the purchase order line this invoices, if given.
    public var orderLineNumber: String?
    /// Dates for this line (shipped, delivered …).
    public var dates: [QualifiedDate]
    /// Allowances and charges.
    public var allowancesCharges: [AllowanceCharge]
    /// Taxes.
    public var taxes: [Tax]
    /// Reference numbers for this line (purchase order, shipment …).
    public var references: [Reference]
    /// Free-text notes.
    public var notes: [Note]
    /// Further prices: contract, catalog, list (X12 CTP).
    public var priceDetails: [PriceDetail]

    /// Creates an `InvoiceLine`.
    ///
    /// - Parameters:
    ///   - lineNumber: The line number.
    ///   - itemIdentifiers: The item's identifiers.
    ///   - description: The item's description.
    ///   - quantity: The quantity invoiced.
    ///   - price: The unit price.
    ///   - amount: The stated line amount.
    ///   - orderedQuantity: The quantity ordered.
    ///   - orderLineNumber: The order line number.
    ///   - dates: Dates for this line.
    ///   - allowancesCharges: Allowances and charges.
    ///   - taxes: Taxes.
    ///   - references: Reference numbers.
    ///   - notes: Notes.
    @inlinable
    public init(
        lineNumber: String? = nil,
        itemIdentifiers: [ItemIdentifier] = [],
        description: String? = nil,
        quantity: Quantity,
        price: Price? = nil,
        amount: Money? = nil,
        orderedQuantity: Quantity? = nil,
        orderLineNumber: String? = nil,
        dates: [QualifiedDate] = [],
        allowancesCharges: [AllowanceCharge] = [],
        taxes: [Tax] = [],
        references: [Reference] = [],
        notes: [Note] = [],
        priceDetails: [PriceDetail] = []
    ) {
        self.lineNumber = lineNumber
        self.itemIdentifiers = itemIdentifiers
        self.description = description
        self.quantity = quantity
        self.price = price
        self.amount = amount
        self.orderedQuantity = orderedQuantity
        self.orderLineNumber = orderLineNumber
        self.dates = dates
        self.allowancesCharges = allowancesCharges
        self.taxes = taxes
        self.references = references
        self.notes = notes
        self.priceDetails = priceDetails
    }
}

extension InvoiceLine: Codable {
    enum CodingKeys: String, CodingKey {
        case lineNumber, itemIdentifiers, description, quantity, price, amount, orderedQuantity, orderLineNumber
        case dates, allowancesCharges, taxes, references, notes
        case priceDetails
    }

    /// Decodes an `InvoiceLine`; arrays may be absent.
    ///
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: `DecodingError` when a required member is missing or a member is malformed.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.lineNumber = try container.decodeIfPresent(String.self, forKey: .lineNumber)
        self.itemIdentifiers = try container.decodeArray(of: ItemIdentifier.self, forKey: .itemIdentifiers)
        self.description = try container.decodeIfPresent(String.self, forKey: .description)
        self.quantity = try container.decode(Quantity.self, forKey: .quantity)
        self.price = try container.decodeIfPresent(Price.self, forKey: .price)
        self.amount = try container.decodeIfPresent(Money.self, forKey: .amount)
        self.orderedQuantity = try container.decodeIfPresent(Quantity.self, forKey: .orderedQuantity)
        self.orderLineNumber = try container.decodeIfPresent(String.self, forKey: .orderLineNumber)
        self.dates = try container.decodeArray(of: QualifiedDate.self, forKey: .dates)
        self.allowancesCharges = try container.decodeArray(of: AllowanceCharge.self, forKey: .allowancesCharges)
        self.taxes = try container.decodeArray(of: Tax.self, forKey: .taxes)
        self.references = try container.decodeArray(of: Reference.self, forKey: .references)
        self.notes = try container.decodeArray(of: Note.self, forKey: .notes)
        self.priceDetails = try container.decodeArray(of: PriceDetail.self, forKey: .priceDetails)
    }

    /// Encodes the `InvoiceLine`, omitting `nil` members and empty arrays.
    ///
    /// - Parameter encoder: The encoder to write to.
    /// - Throws: `EncodingError.invalidValue` when a decimal is NaN.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(self.lineNumber, forKey: .lineNumber)
        try container.encodeArray(self.itemIdentifiers, forKey: .itemIdentifiers)
        try container.encodeIfPresent(self.description, forKey: .description)
        try container.encode(self.quantity, forKey: .quantity)
        try container.encodeIfPresent(self.price, forKey: .price)
        try container.encodeIfPresent(self.amount, forKey: .amount)
        try container.encodeIfPresent(self.orderedQuantity, forKey: .orderedQuantity)
        try container.encodeIfPresent(self.orderLineNumber, forKey: .orderLineNumber)
        try container.encodeArray(self.dates, forKey: .dates)
        try container.encodeArray(self.allowancesCharges, forKey: .allowancesCharges)
        try container.encodeArray(self.taxes, forKey: .taxes)
        try container.encodeArray(self.references, forKey: .references)
        try container.encodeArray(self.notes, forKey: .notes)
        try container.encodeArray(self.priceDetails, forKey: .priceDetails)
    }
}
