import Foundation

/// One answered order line: what was ordered, what the seller confirms, and the status of each part.
///
/// The split of the line by status (6 accepted, 4 backordered) is in `statuses`; `confirmedQuantity`,
/// `confirmedPrice` and `dates` give the seller's totals and schedule for the whole line when they differ from the
/// order or the source restates them.
public struct OrderResponseLine: Hashable, Sendable {
    /// The line's number as the source wrote it (`"1"`, `"0010"`), if given.
    public var lineNumber: String?
    /// The item's identifiers, most specific first as the source gave them.
    public var itemIdentifiers: [ItemIdentifier]
    /// The item's description, if given.
    public var description: String?
    /// The quantity as ordered, if the response echoes it.
    public var orderedQuantity: Quantity?
    /// The unit price as ordered, if the response echoes it.
    public var orderedPrice: Price?
    /// The statuses of the line, each with its quantity and date.
    public var statuses: [LineStatusDetail]
    /// The total quantity the seller confirms, if given.
    public var confirmedQuantity: Quantity?
    /// The unit price the seller will charge, if given (a changed price, say).
    public var confirmedPrice: Price?
    /// Dates the seller gives for the line (promised ship, estimated delivery …).
    public var dates: [QualifiedDate]
    /// Reference numbers for this line.
    public var references: [Reference]
    /// Free-text notes.
    public var notes: [Note]
    /// The confirmed deliveries of the line (X12 SCH).
    public var schedules: [DeliverySchedule]

    /// Creates an `OrderResponseLine`.
    ///
    /// - Parameters:
    ///   - lineNumber: The line number.
    ///   - itemIdentifiers: The item's identifiers.
    ///   - description: The item's description.
    ///   - orderedQuantity: The ordered quantity.
    ///   - orderedPrice: The ordered price.
    ///   - statuses: The line's statuses.
    ///   - confirmedQuantity: The confirmed quantity.
    ///   - confirmedPrice: The confirmed price.
    ///   - dates: The seller's dates.
    ///   - references: Reference numbers.
    ///   - notes: Notes.
    @inlinable
    public init(
        lineNumber: String? = nil,
        itemIdentifiers: [ItemIdentifier] = [],
        description: String? = nil,
        orderedQuantity: Quantity? = nil,
        orderedPrice: Price? = nil,
        statuses: [LineStatusDetail] = [],
        confirmedQuantity: Quantity? = nil,
        confirmedPrice: Price? = nil,
        dates: [QualifiedDate] = [],
        references: [Reference] = [],
        notes: [Note] = [],
        schedules: [DeliverySchedule] = []
    ) {
        self.lineNumber = lineNumber
        self.itemIdentifiers = itemIdentifiers
        self.description = description
        self.orderedQuantity = orderedQuantity
        self.orderedPrice = orderedPrice
        self.statuses = statuses
        self.confirmedQuantity = confirmedQuantity
        self.confirmedPrice = confirmedPrice
        self.dates = dates
        self.references = references
        self.notes = notes
        self.schedules = schedules
    }
}

extension OrderResponseLine: Codable {
    enum CodingKeys: String, CodingKey {
        case lineNumber, itemIdentifiers, description, orderedQuantity, orderedPrice, statuses, confirmedQuantity
        case confirmedPrice, dates, references, notes
        case schedules
    }

    /// Decodes an `OrderResponseLine`; arrays may be absent.
    ///
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: `DecodingError` when a required member is missing or a member is malformed.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.lineNumber = try container.decodeIfPresent(String.self, forKey: .lineNumber)
        self.itemIdentifiers = try container.decodeArray(of: ItemIdentifier.self, forKey: .itemIdentifiers)
        self.description = try container.decodeIfPresent(String.self, forKey: .description)
        self.orderedQuantity = try container.decodeIfPresent(Quantity.self, forKey: .orderedQuantity)
        self.orderedPrice = try container.decodeIfPresent(Price.self, forKey: .orderedPrice)
        self.statuses = try container.decodeArray(of: LineStatusDetail.self, forKey: .statuses)
        self.confirmedQuantity = try container.decodeIfPresent(Quantity.self, forKey: .confirmedQuantity)
        self.confirmedPrice = try container.decodeIfPresent(Price.self, forKey: .confirmedPrice)
        self.dates = try container.decodeArray(of: QualifiedDate.self, forKey: .dates)
        self.references = try container.decodeArray(of: Reference.self, forKey: .references)
        self.notes = try container.decodeArray(of: Note.self, forKey: .notes)
        self.schedules = try container.decodeArray(of: DeliverySchedule.self, forKey: .schedules)
    }

    /// Encodes the `OrderResponseLine`, omitting `nil` members and empty arrays.
    ///
    /// - Parameter encoder: The encoder to write to.
    /// - Throws: `EncodingError.invalidValue` when a decimal is NaN.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(self.lineNumber, forKey: .lineNumber)
        try container.encodeArray(self.itemIdentifiers, forKey: .itemIdentifiers)
        try container.encodeIfPresent(self.description, forKey: .description)
        try container.encodeIfPresent(self.orderedQuantity, forKey: .orderedQuantity)
        try container.encodeIfPresent(self.orderedPrice, forKey: .orderedPrice)
        try container.encodeArray(self.statuses, forKey: .statuses)
        try container.encodeIfPresent(self.confirmedQuantity, forKey: .confirmedQuantity)
        try container.encodeIfPresent(self.confirmedPrice, forKey: .confirmedPrice)
        try container.encodeArray(self.dates, forKey: .dates)
        try container.encodeArray(self.references, forKey: .references)
        try container.encodeArray(self.notes, forKey: .notes)
        try container.encodeArray(self.schedules, forKey: .schedules)
    }
}
