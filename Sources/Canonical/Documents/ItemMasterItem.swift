import Foundation

/// One item of an item master: how it is identified, packaged and priced, and whether it can be ordered.
public struct ItemMasterItem: Hashable, Sendable {
    /// The item's identifiers.
    public var identifiers: [ItemIdentifier]
    /// The item's description, if given.
    public var description: String?
    /// The item's status, if given.
    public var status: ItemStatus?
    /// The smallest unit the item is counted in, which conversion factors refer to.
    public var baseUnit: UnitOfMeasure?
    /// The units the item is packaged, ordered or issued in.
    public var packaging: [PackagingLevel]
    /// Prices, each for its unit (`Price.per`) and basis (catalog, contract …).
    public var prices: [Price]
    /// The vendor who sells the item, if given.
    public var vendor: Party?
    /// The manufacturer of the item, if given.
    public var manufacturer: Party?
    /// Dates for the item (effective, expiration …).
    public var dates: [QualifiedDate]
    /// Reference numbers for the item (contract …).
    public var references: [Reference]
    /// Free-text notes.
    public var notes: [Note]

    /// Creates an `ItemMasterItem`.
    ///
    /// - Parameters:
    ///   - identifiers: The item's identifiers.
    ///   - description: The item's description.
    ///   - status: The item's status.
    ///   - baseUnit: The base unit.
    ///   - packaging: The packaging levels.
    ///   - prices: The prices.
    ///   - vendor: The vendor.
    ///   - manufacturer: The manufacturer.
    ///   - dates: Dates for the item.
    ///   - references: Reference numbers.
    ///   - notes: Notes.
    @inlinable
    public init(
        identifiers: [ItemIdentifier] = [],
        description: String? = nil,
        status: ItemStatus? = nil,
        baseUnit: UnitOfMeasure? = nil,
        packaging: [PackagingLevel] = [],
        prices: [Price] = [],
        vendor: Party? = nil,
        manufacturer: Party? = nil,
        dates: [QualifiedDate] = [],
        references: [Reference] = [],
        notes: [Note] = []
    ) {
        self.identifiers = identifiers
        self.description = description
        self.status = status
        self.baseUnit = baseUnit
        self.packaging = packaging
        self.prices = prices
        self.vendor = vendor
        self.manufacturer = manufacturer
        self.dates = dates
        self.references = references
        self.notes = notes
    }
}

extension ItemMasterItem: Codable {
    enum CodingKeys: String, CodingKey {
        case identifiers, description, status, baseUnit, packaging, prices, vendor, manufacturer, dates, references
        case notes
    }

    /// Decodes an `ItemMasterItem`; arrays may be absent.
    ///
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: `DecodingError` when a required member is missing or a member is malformed.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.identifiers = try container.decodeArray(of: ItemIdentifier.self, forKey: .identifiers)
        self.description = try container.decodeIfPresent(String.self, forKey: .description)
        self.status = try container.decodeIfPresent(ItemStatus.self, forKey: .status)
        self.baseUnit = try container.decodeIfPresent(UnitOfMeasure.self, forKey: .baseUnit)
        self.packaging = try container.decodeArray(of: PackagingLevel.self, forKey: .packaging)
        self.prices = try container.decodeArray(of: Price.self, forKey: .prices)
        self.vendor = try container.decodeIfPresent(Party.self, forKey: .vendor)
        self.manufacturer = try container.decodeIfPresent(Party.self, forKey: .manufacturer)
        self.dates = try container.decodeArray(of: QualifiedDate.self, forKey: .dates)
        self.references = try container.decodeArray(of: Reference.self, forKey: .references)
        self.notes = try container.decodeArray(of: Note.self, forKey: .notes)
    }

    /// Encodes the `ItemMasterItem`, omitting `nil` members and empty arrays.
    ///
    /// - Parameter encoder: The encoder to write to.
    /// - Throws: `EncodingError.invalidValue` when a decimal is NaN.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeArray(self.identifiers, forKey: .identifiers)
        try container.encodeIfPresent(self.description, forKey: .description)
        try container.encodeIfPresent(self.status, forKey: .status)
        try container.encodeIfPresent(self.baseUnit, forKey: .baseUnit)
        try container.encodeArray(self.packaging, forKey: .packaging)
        try container.encodeArray(self.prices, forKey: .prices)
        try container.encodeIfPresent(self.vendor, forKey: .vendor)
        try container.encodeIfPresent(self.manufacturer, forKey: .manufacturer)
        try container.encodeArray(self.dates, forKey: .dates)
        try container.encodeArray(self.references, forKey: .references)
        try container.encodeArray(self.notes, forKey: .notes)
    }
}
