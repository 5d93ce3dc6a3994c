import Foundation

/// One line of a purchase order: an item, how many, at what price, and when.
public struct OrderLine: Hashable, Sendable {
    /// The line's number as the source wrote it (`"1"`, `"0010"`), if given.
    public var lineNumber: String?
    /// The item's identifiers, most specific first as the source gave them.
    public var itemIdentifiers: [ItemIdentifier]
    /// The item's description, if given.
    public var description: String?
    /// The quantity ordered.
    public var quantity: Quantity
    /// The unit price the buyer expects, if given.
    public var price: Price?
    /// Dates for this line (requested delivery, ship not before …).
    public var dates: [QualifiedDate]
    /// Allowances and charges.
    public var allowancesCharges: [AllowanceCharge]
    /// Taxes.
    public var taxes: [Tax]
    /// Reference numbers for this line (contract, cost center …).
    public var references: [Reference]
    /// Parties for this line only (a line-level ship-to or manufacturer).
    public var parties: [Party]
    /// Free-text notes.
    public var notes: [Note]
    /// Further prices: contract, catalog, list (X12 CTP).
    public var priceDetails: [PriceDetail]
    /// Changes and further item details (X12 PO3).
    public var additionalDetails: [AdditionalItemDetail]
    /// Measurements of the item (X12 MEA).
    public var measurements: [ItemMeasurement]
    /// How the item is packed (X12 PO4).
    public var packaging: [Packaging]
    /// The line split into deliveries (X12 SCH).
    public var schedules: [DeliverySchedule]

    /// Creates an `OrderLine`.
    ///
    /// - Parameters:
    ///   - lineNumber: The line number.
    ///   - itemIdentifiers: The item's identifiers.
    ///   - description: The item's description.
    ///   - quantity: The quantity ordered.
    ///   - price: The unit price.
    ///   - dates: Dates for this line.
    ///   - allowancesCharges: Allowances and charges.
    ///   - taxes: Taxes.
    ///   - references: Reference numbers.
    ///   - parties: Line-level parties.
    ///   - notes: Notes.
    @inlinable
    public init(
        lineNumber: String? = nil,
        itemIdentifiers: [ItemIdentifier] = [],
        description: String? = nil,
        quantity: Quantity,
        price: Price? = nil,
        dates: [QualifiedDate] = [],
        allowancesCharges: [AllowanceCharge] = [],
        taxes: [Tax] = [],
        references: [Reference] = [],
        parties: [Party] = [],
        notes: [Note] = [],
        priceDetails: [PriceDetail] = [],
        additionalDetails: [AdditionalItemDetail] = [],
        measurements: [ItemMeasurement] = [],
        packaging: [Packaging] = [],
        schedules: [DeliverySchedule] = []
    ) {
        self.lineNumber = lineNumber
        self.itemIdentifiers = itemIdentifiers
        self.description = description
        self.quantity = quantity
        self.price = price
        self.dates = dates
        self.allowancesCharges = allowancesCharges
        self.taxes = taxes
        self.references = references
        self.parties = parties
        self.notes = notes
        self.priceDetails = priceDetails
        self.additionalDetails = additionalDetails
        self.measurements = measurements
        self.packaging = packaging
        self.schedules = schedules
    }
}

extension OrderLine: Codable {
    enum CodingKeys: String, CodingKey {
        case lineNumber, itemIdentifiers, description, quantity, price, dates, allowancesCharges, taxes, references
        case parties, notes
        case priceDetails, additionalDetails, measurements, packaging, schedules
    }

    /// Decodes an `OrderLine`; arrays may be absent.
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
        self.dates = try container.decodeArray(of: QualifiedDate.self, forKey: .dates)
        self.allowancesCharges = try container.decodeArray(of: AllowanceCharge.self, forKey: .allowancesCharges)
        self.taxes = try container.decodeArray(of: Tax.self, forKey: .taxes)
        self.references = try container.decodeArray(of: Reference.self, forKey: .references)
        self.parties = try container.decodeArray(of: Party.self, forKey: .parties)
        self.notes = try container.decodeArray(of: Note.self, forKey: .notes)
        self.priceDetails = try container.decodeArray(of: PriceDetail.self, forKey: .priceDetails)
        self.additionalDetails = try container.decodeArray(of: AdditionalItemDetail.self, forKey: .additionalDetails)
        self.measurements = try container.decodeArray(of: ItemMeasurement.self, forKey: .measurements)
        self.packaging = try container.decodeArray(of: Packaging.self, forKey: .packaging)
        self.schedules = try container.decodeArray(of: DeliverySchedule.self, forKey: .schedules)
    }

    /// Encodes the `OrderLine`, omitting `nil` members and empty arrays.
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
        try container.encodeArray(self.dates, forKey: .dates)
        try container.encodeArray(self.allowancesCharges, forKey: .allowancesCharges)
        try container.encodeArray(self.taxes, forKey: .taxes)
        try container.encodeArray(self.references, forKey: .references)
        try container.encodeArray(self.parties, forKey: .parties)
        try container.encodeArray(self.notes, forKey: .notes)
        try container.encodeArray(self.priceDetails, forKey: .priceDetails)
        try container.encodeArray(self.additionalDetails, forKey: .additionalDetails)
        try container.encodeArray(self.measurements, forKey: .measurements)
        try container.encodeArray(self.packaging, forKey: .packaging)
        try container.encodeArray(self.schedules, forKey: .schedules)
    }
}
