import Foundation

/// A purchase order: what a buyer orders from a seller (X12 850, HL7 v2 OMS, FHIR SupplyRequest).
///
/// Example:
/// ```swift
/// let order = Order(
///     orderNumber: "PO-1001",
///     orderDate: try CanonicalDate(year: 2024, month: 3, day: 5),
///     type: .standard,
///     currency: .usd,
///     parties: [Party(role: .buyer, name: "Main Hospital"), Party(role: .seller, name: "Acme Medical")],
///     lines: [OrderLine(lineNumber: "1", itemIdentifiers: [ItemIdentifier(kind: .vendorPart, value: "AC-100")],
///                       quantity: Quantity(10, .box), price: Price(Decimal(string: "45.5")!, .usd))]
/// )
/// ```
public struct Order: Hashable, Sendable {
    /// The buyer's purchase order number.
    public var orderNumber: String
    /// The date of the order, if given.
    public var orderDate: CanonicalDate?
    /// Why the document was sent; absent means `original`.
    public var purpose: DocumentPurpose?
    /// The kind of order, if given.
    public var type: OrderType?
    /// The currency of every amount that does not name its own, if given.
    public var currency: CurrencyCode?
    /// The parties named at this level (buyer, seller, ship-to …), in source order.
    public var parties: [Party]
    /// Reference numbers (contract, department, cost center …).
    public var references: [Reference]
    /// Dates with their meaning (requested delivery, ship not before …).
    public var dates: [QualifiedDate]
    /// Payment terms, usually one.
    public var paymentTerms: [PaymentTerms]
    /// Allowances and charges.
    public var allowancesCharges: [AllowanceCharge]
    /// Taxes.
    public var taxes: [Tax]
    /// The order total the source stated, if any; not computed by Wharf.
    public var totalAmount: Money?
    /// Free-text notes.
    public var notes: [Note]
    /// The order lines, in source order.
    public var lines: [OrderLine]
    /// Who pays for transport and where terms apply (X12 FOB).
    public var freightTerms: FreightTerms?
    /// Requested carriers and routing, in order (X12 TD5).
    public var transports: [ShipmentTransport]

    /// Creates an `Order`.
    ///
    /// - Parameters:
    ///   - orderNumber: The purchase order number.
    ///   - orderDate: The order date.
    ///   - purpose: Why it was sent.
    ///   - type: The kind of order.
    ///   - currency: The document currency.
    ///   - parties: The parties.
    ///   - references: Reference numbers.
    ///   - dates: Dates with their meaning.
    ///   - paymentTerms: Payment terms.
    ///   - allowancesCharges: Allowances and charges.
    ///   - taxes: Taxes.
    ///   - totalAmount: The stated order total.
    ///   - notes: Notes.
    ///   - lines: The order lines.
    @inlinable
    public init(
        orderNumber: String,
        orderDate: CanonicalDate? = nil,
        purpose: DocumentPurpose? = nil,
        type: OrderType? = nil,
        currency: CurrencyCode? = nil,
        parties: [Party] = [],
        references: [Reference] = [],
        dates: [QualifiedDate] = [],
        paymentTerms: [PaymentTerms] = [],
        allowancesCharges: [AllowanceCharge] = [],
        taxes: [Tax] = [],
        totalAmount: Money? = nil,
        notes: [Note] = [],
        lines: [OrderLine] = [],
        freightTerms: FreightTerms? = nil,
        transports: [ShipmentTransport] = []
    ) {
        self.orderNumber = orderNumber
        self.orderDate = orderDate
        self.purpose = purpose
        self.type = type
        self.currency = currency
        self.parties = parties
        self.references = references
        self.dates = dates
        self.paymentTerms = paymentTerms
        self.allowancesCharges = allowancesCharges
        self.taxes = taxes
        self.totalAmount = totalAmount
        self.notes = notes
        self.lines = lines
        self.freightTerms = freightTerms
        self.transports = transports
    }
}

extension Order: Codable {
    enum CodingKeys: String, CodingKey {
        case orderNumber, orderDate, purpose, type, currency, parties, references, dates, paymentTerms
        case allowancesCharges, taxes, totalAmount, notes, lines
        case freightTerms, transports
    }

    /// Decodes an `Order`; arrays may be absent.
    ///
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: `DecodingError` when a required member is missing or a member is malformed.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.orderNumber = try container.decode(String.self, forKey: .orderNumber)
        self.orderDate = try container.decodeIfPresent(CanonicalDate.self, forKey: .orderDate)
        self.purpose = try container.decodeIfPresent(DocumentPurpose.self, forKey: .purpose)
        self.type = try container.decodeIfPresent(OrderType.self, forKey: .type)
        self.currency = try container.decodeIfPresent(CurrencyCode.self, forKey: .currency)
        self.parties = try container.decodeArray(of: Party.self, forKey: .parties)
        self.references = try container.decodeArray(of: Reference.self, forKey: .references)
        self.dates = try container.decodeArray(of: QualifiedDate.self, forKey: .dates)
        self.paymentTerms = try container.decodeArray(of: PaymentTerms.self, forKey: .paymentTerms)
        self.allowancesCharges = try container.decodeArray(of: AllowanceCharge.self, forKey: .allowancesCharges)
        self.taxes = try container.decodeArray(of: Tax.self, forKey: .taxes)
        self.totalAmount = try container.decodeIfPresent(Money.self, forKey: .totalAmount)
        self.notes = try container.decodeArray(of: Note.self, forKey: .notes)
        self.lines = try container.decodeArray(of: OrderLine.self, forKey: .lines)
        self.freightTerms = try container.decodeIfPresent(FreightTerms.self, forKey: .freightTerms)
        self.transports = try container.decodeArray(of: ShipmentTransport.self, forKey: .transports)
    }

    /// Encodes the `Order`, omitting `nil` members and empty arrays.
    ///
    /// - Parameter encoder: The encoder to write to.
    /// - Throws: `EncodingError.invalidValue` when a decimal is NaN.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(self.orderNumber, forKey: .orderNumber)
        try container.encodeIfPresent(self.orderDate, forKey: .orderDate)
        try container.encodeIfPresent(self.purpose, forKey: .purpose)
        try container.encodeIfPresent(self.type, forKey: .type)
        try container.encodeIfPresent(self.currency, forKey: .currency)
        try container.encodeArray(self.parties, forKey: .parties)
        try container.encodeArray(self.references, forKey: .references)
        try container.encodeArray(self.dates, forKey: .dates)
        try container.encodeArray(self.paymentTerms, forKey: .paymentTerms)
        try container.encodeArray(self.allowancesCharges, forKey: .allowancesCharges)
        try container.encodeArray(self.taxes, forKey: .taxes)
        try container.encodeIfPresent(self.totalAmount, forKey: .totalAmount)
        try container.encodeArray(self.notes, forKey: .notes)
        try container.encodeArray(self.lines, forKey: .lines)
        try container.encodeIfPresent(self.freightTerms, forKey: .freightTerms)
        try container.encodeArray(self.transports, forKey: .transports)
    }
}
