import Foundation

/// One item of a consumption record: what, how many, and for implants which lot or serial number.
public struct ConsumptionLine: Hashable, Sendable {
    /// The line's number as the source wrote it (`"1"`, `"0010"`), if given.
    public var lineNumber: String?
    /// The item's identifiers, most specific first as the source gave them.
    public var itemIdentifiers: [ItemIdentifier]
    /// The item's description, if given.
    public var description: String?
    /// The quantity used, charged or dispensed; negative for a return or credit.
    public var quantity: Quantity
    /// The unit cost or unit charge, if given.
    public var price: Price?
    /// The line amount the source states (extended charge), if given.
    public var amount: Money?
    /// When this line happened, when it differs from the record's date.
    public var date: CanonicalDate?
    /// The lot number, if given.
    public var lot: String?
    /// Serial numbers of the units, if given.
    public var serialNumbers: [String]
    /// The expiration date of the lot, if given.
    public var expirationDate: CanonicalDate?
    /// Reference numbers for this line (cost center, procedure …).
    public var references: [Reference]
    /// Free-text notes.
    public var notes: [Note]

    /// Creates a `ConsumptionLine`.
    ///
    /// - Parameters:
    ///   - lineNumber: The line number.
    ///   - itemIdentifiers: The item's identifiers.
    ///   - description: The item's description.
    ///   - quantity: The quantity.
    ///   - price: The unit price.
    ///   - amount: The stated line amount.
    ///   - date: When this line happened.
    ///   - lot: The lot number.
    ///   - serialNumbers: Serial numbers.
    ///   - expirationDate: The expiration date.
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
        date: CanonicalDate? = nil,
        lot: String? = nil,
        serialNumbers: [String] = [],
        expirationDate: CanonicalDate? = nil,
        references: [Reference] = [],
        notes: [Note] = []
    ) {
        self.lineNumber = lineNumber
        self.itemIdentifiers = itemIdentifiers
        self.description = description
        self.quantity = quantity
        self.price = price
        self.amount = amount
        self.date = date
        self.lot = lot
        self.serialNumbers = serialNumbers
        self.expirationDate = expirationDate
        self.references = references
        self.notes = notes
    }
}

extension ConsumptionLine: Codable {
    enum CodingKeys: String, CodingKey {
        case lineNumber, itemIdentifiers, description, quantity, price, amount, date, lot, serialNumbers
        case expirationDate, references, notes
    }

    /// Decodes a `ConsumptionLine`; arrays may be absent.
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
        self.date = try container.decodeIfPresent(CanonicalDate.self, forKey: .date)
        self.lot = try container.decodeIfPresent(String.self, forKey: .lot)
        self.serialNumbers = try container.decodeArray(of: String.self, forKey: .serialNumbers)
        self.expirationDate = try container.decodeIfPresent(CanonicalDate.self, forKey: .expirationDate)
        self.references = try container.decodeArray(of: Reference.self, forKey: .references)
        self.notes = try container.decodeArray(of: Note.self, forKey: .notes)
    }

    /// Encodes the `ConsumptionLine`, omitting `nil` members and empty arrays.
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
        try container.encodeIfPresent(self.date, forKey: .date)
        try container.encodeIfPresent(self.lot, forKey: .lot)
        try container.encodeArray(self.serialNumbers, forKey: .serialNumbers)
        try container.encodeIfPresent(self.expirationDate, forKey: .expirationDate)
        try container.encodeArray(self.references, forKey: .references)
        try container.encodeArray(self.notes, forKey: .notes)
    }
}
