import Foundation

/// The tables of `specs/mappings/x12-canonical.json`: X12 code values and their canonical meaning.
///
/// Lookups return `nil` for a code the table does not list; callers then keep the X12 code as the canonical value's
/// qualifier, so nothing is lost.
public struct X12CanonicalCodes: Sendable, Decodable {
    /// N101 entity identifier code → canonical party role.
    public let entityRoles: X12CodeTable
    /// N103 identification code qualifier → canonical party identifier system.
    public let partyIdentifierSystems: X12CodeTable
    /// Product/service id qualifier (PO106, LIN02 …) → canonical item identifier kind.
    public let productIDQualifiers: X12CodeTable
    /// REF01 → canonical reference kind.
    public let referenceQualifiers: X12CodeTable
    /// DTM01 → canonical date kind.
    public let dateQualifiers: X12CodeTable
    /// BEG01, BAK01 … transaction set purpose code → canonical document purpose.
    public let purposeCodes: X12CodeTable
    /// BEG02 purchase order type code → canonical order type.
    public let orderTypes: X12CodeTable
    /// PER01 contact function code → canonical contact function.
    public let contactFunctions: X12CodeTable
    /// PER03/05/07 communication number qualifier → `phone`, `email` or `fax`.
    public let communicationChannels: X12CodeTable
    /// BAK02 acknowledgment type → canonical order response type.
    public let responseTypes: X12CodeTable
    /// ACK01 line item status code → canonical line status.
    public let lineStatuses: X12CodeTable
    /// BIG07 transaction type code → canonical invoice type.
    public let invoiceTypes: X12CodeTable
    /// FOB01 shipment method of payment → canonical freight payment method.
    public let freightPaymentMethods: X12CodeTable
    /// ITD01 terms type code → canonical payment terms type.
    public let termsTypes: X12CodeTable
    /// ITD02 terms basis date code → canonical basis date.
    public let termsBasisDates: X12CodeTable
    /// TXI01 tax type code → canonical tax type.
    public let taxTypes: X12CodeTable
    /// SAC01 allowance or charge indicator → canonical indicator.
    public let allowanceChargeIndicators: X12CodeTable
    /// AK501/IK501, AK901 and TA104 acknowledgment codes → canonical acknowledgment status.
    public let acknowledgmentStatuses: X12CodeTable
    /// HL03 hierarchical level code → canonical packing level kind (the shipment level `S` is the document itself).
    public let hierarchicalLevels: X12CodeTable
    /// The LIN qualifiers and DTM qualifiers that carry lot, serial number, expiration and manufacture dates.
    public let itemDetailQualifiers: ItemDetailQualifiers

    /// Where item details live in an 856.
    public struct ItemDetailQualifiers: Sendable, Decodable {
        /// LIN qualifier of the lot number.
        public let lot: String
        /// LIN qualifier of a serial number.
        public let serialNumber: String
        /// DTM qualifier of the expiration date.
        public let expirationDate: String
        /// DTM qualifier of the manufacture date.
        public let manufactureDate: String
    }

    /// Conformance errors that translation reports as warnings (they leave the business content trustworthy).
    public let toleratedWhenTranslating: Tolerance

    /// The diagnostic codes translation tolerates.
    public struct Tolerance: Sendable, Decodable {
        /// The codes.
        public let codes: Set<String>
    }

    /// The embedded tables.
    public static let standard: X12CanonicalCodes = {
        guard let text = EmbeddedMappings.files["x12-canonical.json"],
              let codes = try? JSONDecoder().decode(X12CanonicalCodes.self, from: Data(text.utf8))
        else { preconditionFailure("specs/mappings/x12-canonical.json is missing or invalid; run scripts/embed-specs.sh") }
        return codes
    }()
}
