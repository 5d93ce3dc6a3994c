import Foundation

/// A seller's answer to a purchase order: accepted, changed or rejected, line by line (X12 855, HL7 v2 ORS).
///
/// Example:
/// ```swift
/// let response = OrderResponse(
///     orderNumber: "PO-1001",
///     type: .acceptedWithChanges,
///     sourceCode: "AC",
///     lines: [OrderResponseLine(lineNumber: "1", orderedQuantity: Quantity(10, .box),
///                               statuses: [LineStatusDetail(status: .backordered, quantity: Quantity(10, .box))])]
/// )
/// ```
public struct OrderResponse: Hashable, Sendable {
    /// The buyer's purchase order number this answers.
    public var orderNumber: String
    /// The date of the order this answers, if given.
    public var orderDate: CanonicalDate?
    /// The seller's number for this response (often its sales order number), if given.
    public var responseNumber: String?
    /// The date of the response, if given.
    public var responseDate: CanonicalDate?
    /// Why the document was sent; absent means `original`.
    public var purpose: DocumentPurpose?
    /// The seller's overall answer.
    public var type: OrderResponseType
    /// The source format's code for the answer (an X12 acknowledgment type, say), if it had one.
    public var sourceCode: String?
    /// The currency of every amount that does not name its own, if given.
    public var currency: CurrencyCode?
    /// The parties named at this level (buyer, seller, ship-to …), in source order.
    public var parties: [Party]
    /// Reference numbers (contract, department, cost center …).
    public var references: [Reference]
    /// Dates with their meaning (requested delivery, ship not before …).
    public var dates: [QualifiedDate]
    /// Free-text notes.
    public var notes: [Note]
    /// The answered lines, in source order; absent when the answer has no line detail.
    public var lines: [OrderResponseLine]

    /// Creates an `OrderResponse`.
    ///
    /// - Parameters:
    ///   - orderNumber: The purchase order number.
    ///   - orderDate: The order date.
    ///   - responseNumber: The seller's number.
    ///   - responseDate: The response date.
    ///   - purpose: Why it was sent.
    ///   - type: The overall answer.
    ///   - sourceCode: The source's code for the answer.
    ///   - currency: The document currency.
    ///   - parties: The parties.
    ///   - references: Reference numbers.
    ///   - dates: Dates with their meaning.
    ///   - notes: Notes.
    ///   - lines: The answered lines.
    @inlinable
    public init(
        orderNumber: String,
        orderDate: CanonicalDate? = nil,
        responseNumber: String? = nil,
        responseDate: CanonicalDate? = nil,
        purpose: DocumentPurpose? = nil,
        type: OrderResponseType,
        sourceCode: String? = nil,
        currency: CurrencyCode? = nil,
        parties: [Party] = [],
        references: [Reference] = [],
        dates: [QualifiedDate] = [],
        notes: [Note] = [],
        lines: [OrderResponseLine] = []
    ) {
        self.orderNumber = orderNumber
        self.orderDate = orderDate
        self.responseNumber = responseNumber
        self.responseDate = responseDate
        self.purpose = purpose
        self.type = type
        self.sourceCode = sourceCode
        self.currency = currency
        self.parties = parties
        self.references = references
        self.dates = dates
        self.notes = notes
        self.lines = lines
    }
}

extension OrderResponse: Codable {
    enum CodingKeys: String, CodingKey {
        case orderNumber, orderDate, responseNumber, responseDate, purpose, type, sourceCode, currency, parties
        case references, dates, notes, lines
    }

    /// Decodes an `OrderResponse`; arrays may be absent.
    ///
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: `DecodingError` when a required member is missing or a member is malformed.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.orderNumber = try container.decode(String.self, forKey: .orderNumber)
        self.orderDate = try container.decodeIfPresent(CanonicalDate.self, forKey: .orderDate)
        self.responseNumber = try container.decodeIfPresent(String.self, forKey: .responseNumber)
        self.responseDate = try container.decodeIfPresent(CanonicalDate.self, forKey: .responseDate)
        self.purpose = try container.decodeIfPresent(DocumentPurpose.self, forKey: .purpose)
        self.type = try container.decode(OrderResponseType.self, forKey: .type)
        self.sourceCode = try container.decodeIfPresent(String.self, forKey: .sourceCode)
        self.currency = try container.decodeIfPresent(CurrencyCode.self, forKey: .currency)
        self.parties = try container.decodeArray(of: Party.self, forKey: .parties)
        self.references = try container.decodeArray(of: Reference.self, forKey: .references)
        self.dates = try container.decodeArray(of: QualifiedDate.self, forKey: .dates)
        self.notes = try container.decodeArray(of: Note.self, forKey: .notes)
        self.lines = try container.decodeArray(of: OrderResponseLine.self, forKey: .lines)
    }

    /// Encodes the `OrderResponse`, omitting `nil` members and empty arrays.
    ///
    /// - Parameter encoder: The encoder to write to.
    /// - Throws: `EncodingError.invalidValue` when a decimal is NaN.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(self.orderNumber, forKey: .orderNumber)
        try container.encodeIfPresent(self.orderDate, forKey: .orderDate)
        try container.encodeIfPresent(self.responseNumber, forKey: .responseNumber)
        try container.encodeIfPresent(self.responseDate, forKey: .responseDate)
        try container.encodeIfPresent(self.purpose, forKey: .purpose)
        try container.encode(self.type, forKey: .type)
        try container.encodeIfPresent(self.sourceCode, forKey: .sourceCode)
        try container.encodeIfPresent(self.currency, forKey: .currency)
        try container.encodeArray(self.parties, forKey: .parties)
        try container.encodeArray(self.references, forKey: .references)
        try container.encodeArray(self.dates, forKey: .dates)
        try container.encodeArray(self.notes, forKey: .notes)
        try container.encodeArray(self.lines, forKey: .lines)
    }
}
