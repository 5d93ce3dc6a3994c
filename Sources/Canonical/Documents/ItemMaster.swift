import Foundation

/// An item master or price catalog: items with their identifiers, packaging, prices and status
/// (X12 832, HL7 v2 MFN^M15, a CSV catalog).
///
/// Example:
/// ```swift
/// let catalog = ItemMaster(
///     catalogNumber: "ACME-2024-Q1",
///     items: [ItemMasterItem(identifiers: [ItemIdentifier(kind: .vendorPart, value: "AC-100")],
///                            description: "Exam gloves, nitrile, medium", status: .active, baseUnit: .each,
///                            packaging: [PackagingLevel(unit: .box, conversionFactor: 100)])]
/// )
/// ```
public struct ItemMaster: Hashable, Sendable {
    /// The identification of the catalog or price list, if given.
    public var catalogNumber: String?
    /// The date the catalog was issued, if given.
    public var issueDate: CanonicalDate?
    /// Why the document was sent; absent means `original`.
    public var purpose: DocumentPurpose?
    /// The currency of every amount that does not name its own, if given.
    public var currency: CurrencyCode?
    /// The parties named at this level (buyer, seller, ship-to …), in source order.
    public var parties: [Party]
    /// Reference numbers (the contract the prices come from, say).
    public var references: [Reference]
    /// Dates for the whole catalog (effective, expiration …).
    public var dates: [QualifiedDate]
    /// Free-text notes.
    public var notes: [Note]
    /// The items, in source order.
    public var items: [ItemMasterItem]

    /// Creates an `ItemMaster`.
    ///
    /// - Parameters:
    ///   - catalogNumber: The catalog number.
    ///   - issueDate: The issue date.
    ///   - purpose: Why it was sent.
    ///   - currency: The document currency.
    ///   - parties: The parties.
    ///   - references: Reference numbers.
    ///   - dates: Dates.
    ///   - notes: Notes.
    ///   - items: The items.
    @inlinable
    public init(
        catalogNumber: String? = nil,
        issueDate: CanonicalDate? = nil,
        purpose: DocumentPurpose? = nil,
        currency: CurrencyCode? = nil,
        parties: [Party] = [],
        references: [Reference] = [],
        dates: [QualifiedDate] = [],
        notes: [Note] = [],
        items: [ItemMasterItem] = []
    ) {
        self.catalogNumber = catalogNumber
        self.issueDate = issueDate
        self.purpose = purpose
        self.currency = currency
        self.parties = parties
        self.references = references
        self.dates = dates
        self.notes = notes
        self.items = items
    }
}

extension ItemMaster: Codable {
    enum CodingKeys: String, CodingKey {
        case catalogNumber, issueDate, purpose, currency, parties, references, dates, notes, items
    }

    /// Decodes an `ItemMaster`; arrays may be absent.
    ///
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: `DecodingError` when a required member is missing or a member is malformed.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.catalogNumber = try container.decodeIfPresent(String.self, forKey: .catalogNumber)
        self.issueDate = try container.decodeIfPresent(CanonicalDate.self, forKey: .issueDate)
        self.purpose = try container.decodeIfPresent(DocumentPurpose.self, forKey: .purpose)
        self.currency = try container.decodeIfPresent(CurrencyCode.self, forKey: .currency)
        self.parties = try container.decodeArray(of: Party.self, forKey: .parties)
        self.references = try container.decodeArray(of: Reference.self, forKey: .references)
        self.dates = try container.decodeArray(of: QualifiedDate.self, forKey: .dates)
        self.notes = try container.decodeArray(of: Note.self, forKey: .notes)
        self.items = try container.decodeArray(of: ItemMasterItem.self, forKey: .items)
    }

    /// Encodes the `ItemMaster`, omitting `nil` members and empty arrays.
    ///
    /// - Parameter encoder: The encoder to write to.
    /// - Throws: `EncodingError.invalidValue` when a decimal is NaN.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(self.catalogNumber, forKey: .catalogNumber)
        try container.encodeIfPresent(self.issueDate, forKey: .issueDate)
        try container.encodeIfPresent(self.purpose, forKey: .purpose)
        try container.encodeIfPresent(self.currency, forKey: .currency)
        try container.encodeArray(self.parties, forKey: .parties)
        try container.encodeArray(self.references, forKey: .references)
        try container.encodeArray(self.dates, forKey: .dates)
        try container.encodeArray(self.notes, forKey: .notes)
        try container.encodeArray(self.items, forKey: .items)
    }
}
