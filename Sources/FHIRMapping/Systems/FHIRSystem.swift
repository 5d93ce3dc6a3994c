import Canonical

/// The documented default identifier and code systems of the FHIR mapping (`specs/mappings/fhir.md`), in one place.
///
/// Standard systems are used where one exists (GS1, NDC, NPI, UCUM, HL7 terminology); the rest are `urn:wharf:` URNs.
public enum FHIRSystem {
    /// GS1 Global Trade Item Number.
    public static let gtin = "https://www.gs1.org/gtin"
    /// GS1 Global Location Number.
    public static let gln = "https://www.gs1.org/gln"
    /// GS1 Serial Shipping Container Code.
    public static let sscc = "https://www.gs1.org/sscc"
    /// US National Drug Code.
    public static let ndc = "http://hl7.org/fhir/sid/ndc"
    /// US National Provider Identifier.
    public static let npi = "http://hl7.org/fhir/sid/us-npi"
    /// Dun & Bradstreet D-U-N-S number.
    public static let duns = "urn:oid:1.3.6.1.4.1.519.1"
    /// FDA Unique Device Identifier, device identifier part.
    public static let udiDI = "http://hl7.org/fhir/NamingSystem/fda-udi"
    /// The vendor's (seller's) catalog number.
    public static let vendorPart = "urn:wharf:vendor-part"
    /// The buyer's item number.
    public static let buyerPart = "urn:wharf:buyer-part"
    /// The manufacturer's catalog number.
    public static let manufacturerPart = "urn:wharf:manufacturer-part"
    /// Universal Product Code.
    public static let upc = "urn:wharf:upc"
    /// HIBCC product number.
    public static let hibcc = "urn:wharf:hibcc"
    /// Charge master (CDM) code.
    public static let chargeCode = "urn:wharf:charge-code"
    /// Prefix of the system of an item identifier kind without a configured system (`urn:wharf:item:<kind>`).
    public static let itemPrefix = "urn:wharf:item:"
    /// Prefix of the system of a party identifier scheme without a configured system (`urn:wharf:party:<scheme>`).
    public static let partyPrefix = "urn:wharf:party:"
    /// Canonical units: X12 unit-of-measure codes (data element 355).
    public static let unitOfMeasure = "urn:wharf:unit-of-measure"
    /// UCUM, accepted when reading.
    public static let ucum = "http://unitsofmeasure.org"
    /// Purchase order numbers.
    public static let orderNumber = "urn:wharf:order-number"
    /// Ship notice (shipment) numbers.
    public static let shipmentNumber = "urn:wharf:shipment-number"
    /// Invoice numbers.
    public static let invoiceNumber = "urn:wharf:invoice-number"
    /// Consumption transaction numbers.
    public static let transactionNumber = "urn:wharf:transaction-number"
    /// Item master catalog numbers.
    public static let catalogNumber = "urn:wharf:catalog-number"
    /// Patient identifiers without an assigning authority; with one, `urn:wharf:patient:<authority>`.
    public static let patient = "urn:wharf:patient"
    /// Visit (encounter) numbers.
    public static let visit = "urn:wharf:visit"
    /// Patient account numbers.
    public static let account = "urn:wharf:account"
    /// Canonical party roles (`buyer`, `shipTo` …).
    public static let partyRole = "urn:wharf:party-role"
    /// Canonical contact functions.
    public static let contactFunction = "urn:wharf:contact-function"
    /// Canonical tax types.
    public static let taxType = "urn:wharf:tax-type"
    /// The source's allowance or charge code (X12 SAC02).
    public static let allowanceChargeCode = "urn:wharf:allowance-charge-code"
    /// HL7 v2 table 0203, identifier types (`PGN`, placer group number).
    public static let identifierType = "http://terminology.hl7.org/CodeSystem/v2-0203"
    /// InventoryItem name types (R5).
    public static let inventoryNameType = "http://hl7.org/fhir/inventoryitem-nametype"
    /// The identifier type code of the group identifier that ties an order's SupplyRequests together.
    public static let placerGroupNumber = "PGN"

    /// The default system of each item identifier kind.
    public static let standardItems: [ItemIdentifierKind: String] = [
        .gtin: gtin, .ndc: ndc, .vendorPart: vendorPart, .buyerPart: buyerPart,
        .manufacturerPart: manufacturerPart, .upc: upc, .hibcc: hibcc, .udiDI: udiDI, .chargeCode: chargeCode,
    ]

    /// The default system of each party identifier scheme.
    public static let standardParties: [PartyIdentifierSystem: String] = [
        .gln: gln, .duns: duns, .npi: npi,
        .dunsPlus4: "urn:wharf:party:dunsPlus4", .hin: "urn:wharf:party:hin",
        .buyerAssigned: "urn:wharf:party:buyerAssigned", .sellerAssigned: "urn:wharf:party:sellerAssigned",
    ]
}
