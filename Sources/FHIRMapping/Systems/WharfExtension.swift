/// The extensions the FHIR mapping writes where FHIR has no element for something a round trip needs; each is
/// documented in `specs/mappings/fhir.md`.
public enum WharfExtension {
    /// The common prefix of every Wharf extension URL.
    public static let base = "https://wharf.dev/fhir/StructureDefinition/"
    /// The source's line number, as text (`"0010"` keeps its zeros): valueString.
    public static let lineNumber = base + "line-number"
    /// A unit price: complex, `amount` (valueMoney), `per` (valueQuantity), `basis` (valueCode).
    public static let unitPrice = base + "unit-price"
    /// The document's currency: valueCode (ISO 4217).
    public static let currency = base + "currency"
    /// The source format's qualifier of an identifier or coding (X12 `VN`, `UL` …): valueString.
    public static let sourceQualifier = base + "source-qualifier"
    /// A local date-time the FHIR dateTime cannot hold (no time zone or no seconds), on the primitive: valueString.
    public static let localDateTime = base + "local-date-time"
    /// A party in a role the resource has no element for: complex, `role` (valueCode), `party` (valueReference).
    public static let party = base + "party"
    /// A lot (batch) number: valueString.
    public static let lotNumber = base + "lot-number"
    /// An expiration date: valueDateTime.
    public static let expirationDate = base + "expiration-date"
    /// A serial number (repeats): valueString.
    public static let serialNumber = base + "serial-number"
    /// The quantity of an invoice line: valueQuantity.
    public static let quantity = base + "quantity"
    /// The amount of a consumption line: valueMoney.
    public static let lineAmount = base + "line-amount"
    /// Where supplies were used: valueString.
    public static let location = base + "location"
    /// The department that used supplies: valueString.
    public static let department = base + "department"
    /// A packaging level of an item master item: complex, `unit` (valueCode), `conversionFactor` (valueDecimal),
    /// `orderable` (valueBoolean), `price` (valueMoney).
    public static let packagingLevel = base + "packaging-level"
    /// The item master status of a Device or Medication (R4), when FHIR's status cannot say it: valueCode.
    public static let itemStatus = base + "item-status"
}
