import Foundation

/// One level of a shipment's packing hierarchy: an order, a tare (pallet), a pack (carton) or an item.
///
/// Levels nest through `children`: a typical shipment notice holds order levels, each holding packs, each
/// holding items (shipment → order → tare/pack → item). Any level may carry the members that make sense for
/// it; by convention `sscc` goes on tares and packs, the purchase order reference on orders, and identifiers,
/// quantities, lot, serial numbers and dates on items. An item shipped in two lots is two item levels.
///
/// Example:
/// ```swift
/// PackingLevel(kind: .order, references: [Reference(kind: .purchaseOrder, value: "PO-1001")], children: [
///     PackingLevel(kind: .pack, sscc: "106141411234567897", children: [
///         PackingLevel(kind: .item, lineNumber: "1",
///                      itemIdentifiers: [ItemIdentifier(kind: .gtin, value: "10614141000415")],
///                      quantityShipped: Quantity(10, .box), lot: "L2405A",
///                      expirationDate: try CanonicalDate(year: 2026, month: 5, day: 31)),
///     ]),
/// ])
/// ```
public struct PackingLevel: Hashable, Sendable {
    /// The kind of level.
    public var kind: PackingLevelKind
    /// The Serial Shipping Container Code (18 digits) of a tare or pack, if labeled.
    public var sscc: String?
    /// References for this level (the purchase order of an order level, a tracking number of a pack).
    public var references: [Reference]
    /// Dates for this level (the purchase order date of an order level, say).
    public var dates: [QualifiedDate]
    /// Parties for this level (the mark-for or ship-to of one order, say).
    public var parties: [Party]
    /// The order line an item level ships, if given.
    public var lineNumber: String?
    /// The identifiers of an item level's product.
    public var itemIdentifiers: [ItemIdentifier]
    /// The description of an item level's product, if given.
    public var description: String?
    /// The quantity shipped at this level.
    public var quantityShipped: Quantity?
    /// The quantity originally ordered, if given.
    public var quantityOrdered: Quantity?
    /// The lot (batch) number, if given.
    public var lot: String?
    /// Serial numbers of the units at this level.
    public var serialNumbers: [String]
    /// The expiration date of the lot, if given.
    public var expirationDate: CanonicalDate?
    /// The manufacture date of the lot, if given.
    public var manufactureDate: CanonicalDate?
    /// The levels inside this one, in source order.
    public var children: [PackingLevel]
    /// How the level's item or pack is packed (X12 PO4).
    public var packaging: [Packaging]
    /// Measurements of the level (X12 MEA).
    public var measurements: [ItemMeasurement]

    /// Creates a packing level.
    ///
    /// - Parameters:
    ///   - kind: The kind of level.
    ///   - sscc: The container's SSCC.
    ///   - references: References for this level.
    ///   - dates: Dates for this level.
    ///   - parties: Parties for this level.
    ///   - lineNumber: The order line an item ships.
    ///   - itemIdentifiers: The product's identifiers.
    ///   - description: The product's description.
    ///   - quantityShipped: The quantity shipped.
    ///   - quantityOrdered: The quantity ordered.
    ///   - lot: The lot number.
    ///   - serialNumbers: Serial numbers.
    ///   - expirationDate: The expiration date.
    ///   - manufactureDate: The manufacture date.
    ///   - children: The levels inside this one.
    @inlinable
    public init(
        kind: PackingLevelKind,
        sscc: String? = nil,
        references: [Reference] = [],
        dates: [QualifiedDate] = [],
        parties: [Party] = [],
        lineNumber: String? = nil,
        itemIdentifiers: [ItemIdentifier] = [],
        description: String? = nil,
        quantityShipped: Quantity? = nil,
        quantityOrdered: Quantity? = nil,
        lot: String? = nil,
        serialNumbers: [String] = [],
        expirationDate: CanonicalDate? = nil,
        manufactureDate: CanonicalDate? = nil,
        children: [PackingLevel] = [],
        packaging: [Packaging] = [],
        measurements: [ItemMeasurement] = []
    ) {
        self.kind = kind
        self.sscc = sscc
        self.references = references
        self.dates = dates
        self.parties = parties
        self.lineNumber = lineNumber
        self.itemIdentifiers = itemIdentifiers
        self.description = description
        self.quantityShipped = quantityShipped
        self.quantityOrdered = quantityOrdered
        self.lot = lot
        self.serialNumbers = serialNumbers
        self.expirationDate = expirationDate
        self.manufactureDate = manufactureDate
        self.children = children
        self.packaging = packaging
        self.measurements = measurements
    }
}

extension PackingLevel: Codable {
    enum CodingKeys: String, CodingKey {
        case kind, sscc, references, dates, parties, lineNumber, itemIdentifiers, description
        case quantityShipped, quantityOrdered, lot, serialNumbers, expirationDate, manufactureDate, children
        case packaging, measurements
    }

    /// Decodes a packing level and, recursively, its children; arrays may be absent.
    ///
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: `DecodingError` when a member is missing or malformed.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.kind = try container.decode(PackingLevelKind.self, forKey: .kind)
        self.sscc = try container.decodeIfPresent(String.self, forKey: .sscc)
        self.references = try container.decodeArray(of: Reference.self, forKey: .references)
        self.dates = try container.decodeArray(of: QualifiedDate.self, forKey: .dates)
        self.parties = try container.decodeArray(of: Party.self, forKey: .parties)
        self.lineNumber = try container.decodeIfPresent(String.self, forKey: .lineNumber)
        self.itemIdentifiers = try container.decodeArray(of: ItemIdentifier.self, forKey: .itemIdentifiers)
        self.description = try container.decodeIfPresent(String.self, forKey: .description)
        self.quantityShipped = try container.decodeIfPresent(Quantity.self, forKey: .quantityShipped)
        self.quantityOrdered = try container.decodeIfPresent(Quantity.self, forKey: .quantityOrdered)
        self.lot = try container.decodeIfPresent(String.self, forKey: .lot)
        self.serialNumbers = try container.decodeArray(of: String.self, forKey: .serialNumbers)
        self.expirationDate = try container.decodeIfPresent(CanonicalDate.self, forKey: .expirationDate)
        self.manufactureDate = try container.decodeIfPresent(CanonicalDate.self, forKey: .manufactureDate)
        self.children = try container.decodeArray(of: PackingLevel.self, forKey: .children)
        self.packaging = try container.decodeArray(of: Packaging.self, forKey: .packaging)
        self.measurements = try container.decodeArray(of: ItemMeasurement.self, forKey: .measurements)
    }

    /// Encodes the level and its children, omitting `nil` members and empty arrays.
    ///
    /// - Parameter encoder: The encoder to write to.
    /// - Throws: Whatever the encoder throws.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(self.kind, forKey: .kind)
        try container.encodeIfPresent(self.sscc, forKey: .sscc)
        try container.encodeArray(self.references, forKey: .references)
        try container.encodeArray(self.dates, forKey: .dates)
        try container.encodeArray(self.parties, forKey: .parties)
        try container.encodeIfPresent(self.lineNumber, forKey: .lineNumber)
        try container.encodeArray(self.itemIdentifiers, forKey: .itemIdentifiers)
        try container.encodeIfPresent(self.description, forKey: .description)
        try container.encodeIfPresent(self.quantityShipped, forKey: .quantityShipped)
        try container.encodeIfPresent(self.quantityOrdered, forKey: .quantityOrdered)
        try container.encodeIfPresent(self.lot, forKey: .lot)
        try container.encodeArray(self.serialNumbers, forKey: .serialNumbers)
        try container.encodeIfPresent(self.expirationDate, forKey: .expirationDate)
        try container.encodeIfPresent(self.manufactureDate, forKey: .manufactureDate)
        try container.encodeArray(self.children, forKey: .children)
        try container.encodeArray(self.packaging, forKey: .packaging)
        try container.encodeArray(self.measurements, forKey: .measurements)
    }
}
