import Canonical

/// The canonical member a layout column is read into and written from, named in layouts by a path such as
/// `orderNumber`, `party[shipTo].id[gln]` or `line.item[vendorPart]` (`specs/csv/README.md` lists them all).
///
/// Document fields describe the whole document and are repeated on each of its rows; line fields (`line.…`) make
/// one line of it per row: an order line, an invoice line, an item of an item master, an item level of a ship
/// notice. Codes in brackets are canonical codes (extensible: any text is accepted).
public enum CSVField: Hashable, Sendable, CustomStringConvertible {
    /// A member of the document.
    case document(Document)
    /// A member of the line a row makes.
    case line(Line)

    /// A member of a document.
    public enum Document: Hashable, Sendable {
        /// `orderNumber` (Order, OrderResponse, Invoice).
        case orderNumber
        /// `orderDate` (Order, OrderResponse, Invoice).
        case orderDate
        /// `responseNumber` (OrderResponse).
        case responseNumber
        /// `responseDate` (OrderResponse).
        case responseDate
        /// `shipmentNumber` (ShipNotice).
        case shipmentNumber
        /// `noticeDate` (ShipNotice).
        case noticeDate
        /// `invoiceNumber` (Invoice).
        case invoiceNumber
        /// `invoiceDate` (Invoice).
        case invoiceDate
        /// `catalogNumber` (ItemMaster).
        case catalogNumber
        /// `issueDate` (ItemMaster).
        case issueDate
        /// `transactionNumber` (Consumption).
        case transactionNumber
        /// `date` (Consumption).
        case transactionDate
        /// `kind` (Consumption: usage, charge, dispense).
        case kind
        /// `location` (Consumption).
        case location
        /// `department` (Consumption).
        case department
        /// `patient.<member>` (Consumption; protected health information).
        case patient(PatientMember)
        /// `purpose` (every document but Consumption).
        case purpose
        /// `type` (Order, OrderResponse, Invoice).
        case type
        /// `sourceCode` (OrderResponse: the source's code for its type).
        case sourceCode
        /// `currency` (Order, OrderResponse, Invoice, ItemMaster).
        case currency
        /// `totalAmount` (Order).
        case totalAmount
        /// `totals.<member>` (Invoice).
        case totals(TotalsMember)
        /// `paymentTerms.<member>` (Order, Invoice: the first payment terms).
        case paymentTerms(PaymentTermsMember)
        /// `transport.<member>` (ShipNotice, Invoice, and the first transport of an Order).
        case transport(TransportMember)
        /// `party[<role>].<member>` (every document: the first party of that role).
        case party(PartyRole, PartyMember)
        /// `reference[<kind>]` (every document: the first reference of that kind).
        case reference(ReferenceKind)
        /// `date[<kind>]` (every document but Consumption: the first date of that kind).
        case date(DateKind)
        /// `note` or `note[<code>]` (every document: the first note with that code, or without one).
        case note(String?)
    }

    /// A member of a line.
    public enum Line: Hashable, Sendable {
        /// `line.lineNumber` (every line but an item master's).
        case lineNumber
        /// `line.item[<kind>]` (every line: the first identifier of that kind).
        case item(ItemIdentifierKind)
        /// `line.description`.
        case description
        /// `line.unit`: the unit of every quantity of the line (an item master's base unit).
        case unit
        /// `line.quantity` (Order, Invoice, Consumption).
        case quantity
        /// `line.price`: the unit price (Order, Invoice, Consumption, and an item master's first price).
        case price
        /// `line.price.basis` (with `line.price`).
        case priceBasis
        /// `line.price.currency` (with `line.price`): a line priced in another currency than its document.
        case priceCurrency
        /// `line.amount` (Invoice, Consumption).
        case amount
        /// `line.orderedQuantity` (OrderResponse, Invoice).
        case orderedQuantity
        /// `line.orderedPrice` (OrderResponse).
        case orderedPrice
        /// `line.confirmedQuantity` (OrderResponse).
        case confirmedQuantity
        /// `line.confirmedPrice` (OrderResponse).
        case confirmedPrice
        /// `line.status` (OrderResponse: the first line status; ItemMaster: the item's status).
        case status
        /// `line.status.sourceCode` (OrderResponse).
        case statusSourceCode
        /// `line.status.quantity` (OrderResponse).
        case statusQuantity
        /// `line.orderLineNumber` (Invoice).
        case orderLineNumber
        /// `line.quantityShipped` (ShipNotice).
        case quantityShipped
        /// `line.quantityOrdered` (ShipNotice).
        case quantityOrdered
        /// `line.sscc`: the pack the item is in (ShipNotice).
        case sscc
        /// `line.orderNumber`: the purchase order the item belongs to (ShipNotice).
        case orderNumber
        /// `line.lot` (ShipNotice, Consumption).
        case lot
        /// `line.serialNumber` (ShipNotice, Consumption: the first serial number).
        case serialNumber
        /// `line.expirationDate` (ShipNotice, Consumption).
        case expirationDate
        /// `line.manufactureDate` (ShipNotice).
        case manufactureDate
        /// `line.date` (Consumption: when the item was used).
        case transactionDate
        /// `line.date[<kind>]` (Order, OrderResponse, Invoice, ShipNotice, ItemMaster).
        case date(DateKind)
        /// `line.reference[<kind>]` (every line).
        case reference(ReferenceKind)
        /// `line.note` or `line.note[<code>]` (every line but a ship notice's).
        case note(String?)
        /// `line.packaging[<unit>]`: how many base units one `<unit>` holds (ItemMaster).
        case packaging(UnitOfMeasure)
        /// `line.vendor.<member>` (ItemMaster).
        case vendor(PartyMember)
        /// `line.manufacturer.<member>` (ItemMaster).
        case manufacturer(PartyMember)
        /// `line.party[<role>].<member>` (Order: a line-level party such as a ship-to).
        case party(PartyRole, PartyMember)
    }

    /// A member of a party.
    public enum PartyMember: Hashable, Sendable {
        /// `name`.
        case name
        /// `id[<system>]`: the first identifier in that system.
        case identifier(PartyIdentifierSystem)
        /// `address.<member>`.
        case address(AddressMember)
    }

    /// A member of an address.
    public enum AddressMember: String, Hashable, Sendable, CaseIterable {
        /// The first street line.
        case line1
        /// The second street line.
        case line2
        /// The city.
        case city
        /// The state, province or region.
        case region
        /// The postal code.
        case postalCode
        /// The country code.
        case country
    }

    /// A member of a patient reference.
    public enum PatientMember: String, Hashable, Sendable, CaseIterable {
        /// The patient identifier.
        case patientID
        /// Who assigned it.
        case assigningAuthority
        /// The visit or encounter.
        case visitID
        /// The account.
        case accountNumber
    }

    /// A member of invoice totals.
    public enum TotalsMember: String, Hashable, Sendable, CaseIterable {
        /// The total to pay (required when any other total is given).
        case totalAmount
        /// The sum of the lines.
        case lineAmount
        /// The sum of allowances.
        case allowanceAmount
        /// The sum of charges.
        case chargeAmount
        /// The sum of taxes.
        case taxAmount
    }

    /// A member of payment terms.
    public enum PaymentTermsMember: String, Hashable, Sendable, CaseIterable {
        /// Days until the net amount is due.
        case netDays
        /// Days during which the discount applies.
        case discountDays
        /// The discount in percent.
        case discountPercent
        /// The terms as text.
        case description
    }

    /// A member of a shipment's transport.
    public enum TransportMember: String, Hashable, Sendable, CaseIterable {
        /// The carrier's code (SCAC).
        case carrierCode
        /// The carrier's name.
        case carrierName
        /// The transport method code.
        case method
        /// The number of packages.
        case packageCount
    }

    /// The path of the field as layouts write it, e.g. `party[shipTo].id[gln]`.
    public var description: String {
        switch self {
        case .document(let field): field.path
        case .line(let field): "line." + field.path
        }
    }
}
