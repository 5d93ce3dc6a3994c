import Foundation

/// An advance ship notice: what shipped, how it is packed and how it travels (X12 856, FHIR SupplyDelivery).
///
/// The shipment itself is this document; `levels` is its packing hierarchy, usually order levels holding tares,
/// packs and items (see `PackingLevel`).
///
/// Example:
/// ```swift
/// let notice = ShipNotice(
///     shipmentNumber: "SHP-77",
///     dates: [QualifiedDate(kind: .shipped, date: try CanonicalDate(year: 2024, month: 3, day: 6))],
///     levels: [PackingLevel(kind: .order, references: [Reference(kind: .purchaseOrder, value: "PO-1001")])]
/// )
/// ```
public struct ShipNotice: Hashable, Sendable {
    /// The shipper's identification of the shipment.
    public var shipmentNumber: String
    /// The date the notice was created, if given; the ship date is among `dates`.
    public var noticeDate: CanonicalDate?
    /// Why the document was sent; absent means `original`.
    public var purpose: DocumentPurpose?
    /// The parties named at this level (buyer, seller, ship-to …), in source order.
    public var parties: [Party]
    /// Reference numbers for the whole shipment (bill of lading, tracking number …).
    public var references: [Reference]
    /// Dates for the whole shipment (shipped, estimated delivery …).
    public var dates: [QualifiedDate]
    /// Carrier, weight and package count, if given.
    public var transport: ShipmentTransport?
    /// Free-text notes.
    public var notes: [Note]
    /// The top levels of the packing hierarchy, usually one per order shipped.
    public var levels: [PackingLevel]

    /// Creates a `ShipNotice`.
    ///
    /// - Parameters:
    ///   - shipmentNumber: The shipment number.
    ///   - noticeDate: The notice date.
    ///   - purpose: Why it was sent.
    ///   - parties: The parties.
    ///   - references: Reference numbers.
    ///   - dates: Dates.
    ///   - transport: Transport details.
    ///   - notes: Notes.
    ///   - levels: The packing hierarchy.
    @inlinable
    public init(
        shipmentNumber: String,
        noticeDate: CanonicalDate? = nil,
        purpose: DocumentPurpose? = nil,
        parties: [Party] = [],
        references: [Reference] = [],
        dates: [QualifiedDate] = [],
        transport: ShipmentTransport? = nil,
        notes: [Note] = [],
        levels: [PackingLevel] = []
    ) {
        self.shipmentNumber = shipmentNumber
        self.noticeDate = noticeDate
        self.purpose = purpose
        self.parties = parties
        self.references = references
        self.dates = dates
        self.transport = transport
        self.notes = notes
        self.levels = levels
    }
}

extension ShipNotice: Codable {
    enum CodingKeys: String, CodingKey {
        case shipmentNumber, noticeDate, purpose, parties, references, dates, transport, notes, levels
    }

    /// Decodes a `ShipNotice`; arrays may be absent.
    ///
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: `DecodingError` when a required member is missing or a member is malformed.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.shipmentNumber = try container.decode(String.self, forKey: .shipmentNumber)
        self.noticeDate = try container.decodeIfPresent(CanonicalDate.self, forKey: .noticeDate)
        self.purpose = try container.decodeIfPresent(DocumentPurpose.self, forKey: .purpose)
        self.parties = try container.decodeArray(of: Party.self, forKey: .parties)
        self.references = try container.decodeArray(of: Reference.self, forKey: .references)
        self.dates = try container.decodeArray(of: QualifiedDate.self, forKey: .dates)
        self.transport = try container.decodeIfPresent(ShipmentTransport.self, forKey: .transport)
        self.notes = try container.decodeArray(of: Note.self, forKey: .notes)
        self.levels = try container.decodeArray(of: PackingLevel.self, forKey: .levels)
    }

    /// Encodes the `ShipNotice`, omitting `nil` members and empty arrays.
    ///
    /// - Parameter encoder: The encoder to write to.
    /// - Throws: `EncodingError.invalidValue` when a decimal is NaN.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(self.shipmentNumber, forKey: .shipmentNumber)
        try container.encodeIfPresent(self.noticeDate, forKey: .noticeDate)
        try container.encodeIfPresent(self.purpose, forKey: .purpose)
        try container.encodeArray(self.parties, forKey: .parties)
        try container.encodeArray(self.references, forKey: .references)
        try container.encodeArray(self.dates, forKey: .dates)
        try container.encodeIfPresent(self.transport, forKey: .transport)
        try container.encodeArray(self.notes, forKey: .notes)
        try container.encodeArray(self.levels, forKey: .levels)
    }
}
