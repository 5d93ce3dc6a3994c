import Foundation

/// An invoice or credit memo: what the buyer owes the seller (X12 810, FHIR Invoice).
///
/// Every amount is an exact `Decimal`. Header allowances, charges and taxes apply to the whole invoice; those of
/// the lines are in the lines.
///
/// Example:
/// ```swift
/// let invoice = Invoice(
///     invoiceNumber: "INV-5001",
///     invoiceDate: try CanonicalDate(year: 2024, month: 3, day: 7),
///     orderNumber: "PO-1001",
///     currency: .usd,
///     totals: InvoiceTotals(totalAmount: Money(Decimal(string: "455.00")!)),
///     lines: [InvoiceLine(quantity: Quantity(10, .box), price: Price(Decimal(string: "45.5")!, .usd))]
/// )
/// ```
public struct Invoice: Hashable, Sendable {
    /// The seller's invoice number.
    public var invoiceNumber: String
    /// The date of the invoice, if given.
    public var invoiceDate: CanonicalDate?
    /// Why the document was sent; absent means `original`.
    public var purpose: DocumentPurpose?
    /// The kind of invoice; absent means `invoice`.
    public var type: InvoiceType?
    /// The buyer's purchase order number, when the whole invoice is for one order.
    public var orderNumber: String?
    /// The date of that purchase order, if given.
    public var orderDate: CanonicalDate?
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
    /// The totals the seller states, if given.
    public var totals: InvoiceTotals?
    /// Free-text notes.
    public var notes: [Note]
    /// The invoice lines, in source order.
    public var lines: [InvoiceLine]
    /// Who paid for transport and where terms applied (X12 FOB).
    public var freightTerms: FreightTerms?
    /// The carrier that carried the invoiced goods (X12 CAD).
    public var transport: ShipmentTransport?
    /// Totals of what was shipped (X12 ISS).
    public var shipmentSummaries: [ShipmentSummary]

    /// Creates an `Invoice`.
    ///
    /// - Parameters:
    ///   - invoiceNumber: The invoice number.
    ///   - invoiceDate: The invoice date.
    ///   - purpose: Why it was sent.
    ///   - type: The kind of invoice.
    ///   - orderNumber: The purchase order number.
    ///   - orderDate: The order date.
    ///   - currency: The document currency.
    ///   - parties: The parties.
    ///   - references: Reference numbers.
    ///   - dates: Dates with their meaning.
    ///   - paymentTerms: Payment terms.
    ///   - allowancesCharges: Allowances and charges.
    ///   - taxes: Taxes.
    ///   - totals: The stated totals.
    ///   - notes: Notes.
    ///   - lines: The invoice lines.
    @inlinable
    public init(
        invoiceNumber: String,
        invoiceDate: CanonicalDate? = nil,
        purpose: DocumentPurpose? = nil,
        type: InvoiceType? = nil,
        orderNumber: String? = nil,
        orderDate: CanonicalDate? = nil,
        currency: CurrencyCode? = nil,
        parties: [Party] = [],
        references: [Reference] = [],
        dates: [QualifiedDate] = [],
        paymentTerms: [PaymentTerms] = [],
        allowancesCharges: [AllowanceCharge] = [],
        taxes: [Tax] = [],
        totals: InvoiceTotals? = nil,
        notes: [Note] = [],
        lines: [InvoiceLine] = [],
        freightTerms: FreightTerms? = nil,
        transport: ShipmentTransport? = nil,
        shipmentSummaries: [ShipmentSummary] = []
    ) {
        self.invoiceNumber = invoiceNumber
        self.invoiceDate = invoiceDate
        self.purpose = purpose
        self.type = type
        self.orderNumber = orderNumber
        self.orderDate = orderDate
        self.currency = currency
        self.parties = parties
        self.references = references
        self.dates = dates
        self.paymentTerms = paymentTerms
        self.allowancesCharges = allowancesCharges
        self.taxes = taxes
        self.totals = totals
        self.notes = notes
        self.lines = lines
        self.freightTerms = freightTerms
        self.transport = transport
        self.shipmentSummaries = shipmentSummaries
    }
}

extension Invoice: Codable {
    enum CodingKeys: String, CodingKey {
        case invoiceNumber, invoiceDate, purpose, type, orderNumber, orderDate, currency, parties, references, dates
        case paymentTerms, allowancesCharges, taxes, totals, notes, lines
        case freightTerms, transport, shipmentSummaries
    }

    /// Decodes an `Invoice`; arrays may be absent.
    ///
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: `DecodingError` when a required member is missing or a member is malformed.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.invoiceNumber = try container.decode(String.self, forKey: .invoiceNumber)
        self.invoiceDate = try container.decodeIfPresent(CanonicalDate.self, forKey: .invoiceDate)
        self.purpose = try container.decodeIfPresent(DocumentPurpose.self, forKey: .purpose)
        self.type = try container.decodeIfPresent(InvoiceType.self, forKey: .type)
        self.orderNumber = try container.decodeIfPresent(String.self, forKey: .orderNumber)
        self.orderDate = try container.decodeIfPresent(CanonicalDate.self, forKey: .orderDate)
        self.currency = try container.decodeIfPresent(CurrencyCode.self, forKey: .currency)
        self.parties = try container.decodeArray(of: Party.self, forKey: .parties)
        self.references = try container.decodeArray(of: Reference.self, forKey: .references)
        self.dates = try container.decodeArray(of: QualifiedDate.self, forKey: .dates)
        self.paymentTerms = try container.decodeArray(of: PaymentTerms.self, forKey: .paymentTerms)
        self.allowancesCharges = try container.decodeArray(of: AllowanceCharge.self, forKey: .allowancesCharges)
        self.taxes = try container.decodeArray(of: Tax.self, forKey: .taxes)
        self.totals = try container.decodeIfPresent(InvoiceTotals.self, forKey: .totals)
        self.notes = try container.decodeArray(of: Note.self, forKey: .notes)
        self.lines = try container.decodeArray(of: InvoiceLine.self, forKey: .lines)
        self.freightTerms = try container.decodeIfPresent(FreightTerms.self, forKey: .freightTerms)
        self.transport = try container.decodeIfPresent(ShipmentTransport.self, forKey: .transport)
        self.shipmentSummaries = try container.decodeArray(of: ShipmentSummary.self, forKey: .shipmentSummaries)
    }

    /// Encodes the `Invoice`, omitting `nil` members and empty arrays.
    ///
    /// - Parameter encoder: The encoder to write to.
    /// - Throws: `EncodingError.invalidValue` when a decimal is NaN.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(self.invoiceNumber, forKey: .invoiceNumber)
        try container.encodeIfPresent(self.invoiceDate, forKey: .invoiceDate)
        try container.encodeIfPresent(self.purpose, forKey: .purpose)
        try container.encodeIfPresent(self.type, forKey: .type)
        try container.encodeIfPresent(self.orderNumber, forKey: .orderNumber)
        try container.encodeIfPresent(self.orderDate, forKey: .orderDate)
        try container.encodeIfPresent(self.currency, forKey: .currency)
        try container.encodeArray(self.parties, forKey: .parties)
        try container.encodeArray(self.references, forKey: .references)
        try container.encodeArray(self.dates, forKey: .dates)
        try container.encodeArray(self.paymentTerms, forKey: .paymentTerms)
        try container.encodeArray(self.allowancesCharges, forKey: .allowancesCharges)
        try container.encodeArray(self.taxes, forKey: .taxes)
        try container.encodeIfPresent(self.totals, forKey: .totals)
        try container.encodeArray(self.notes, forKey: .notes)
        try container.encodeArray(self.lines, forKey: .lines)
        try container.encodeIfPresent(self.freightTerms, forKey: .freightTerms)
        try container.encodeIfPresent(self.transport, forKey: .transport)
        try container.encodeArray(self.shipmentSummaries, forKey: .shipmentSummaries)
    }
}
