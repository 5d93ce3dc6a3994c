import Canonical

/// The identifier and code systems the FHIR mapping writes and recognizes: item identifiers (GTIN, NDC, vendor and
/// buyer part numbers …), party identifiers (GLN, D-U-N-S, NPI …), units and document numbers.
///
/// ``standard`` holds Wharf's documented defaults (`specs/mappings/fhir.md`); a partner profile may replace any of
/// them, e.g. its own system for buyer part numbers. Reading recognizes a system written here; an unknown item system
/// becomes an identifier of kind `other` whose qualifier is the system.
///
/// ```swift
/// var systems = FHIRIdentifierSystems.standard
/// systems.items[.buyerPart] = "https://hospital.example.org/item-master"
/// let serializer = FHIRCanonicalSerializer(release: .r4, systems: systems)
/// ```
public struct FHIRIdentifierSystems: Hashable, Sendable {
    /// The system of each item identifier kind.
    public var items: [ItemIdentifierKind: String]
    /// The system of each party identifier scheme.
    public var parties: [PartyIdentifierSystem: String]
    /// The system of quantity units (canonical units are X12 unit-of-measure codes).
    public var unit: String
    /// The system of purchase order numbers (the group identifier of an order's SupplyRequests).
    public var orderNumber: String
    /// The system of ship notice (shipment) numbers.
    public var shipmentNumber: String
    /// The system of invoice numbers.
    public var invoiceNumber: String
    /// The system of consumption transaction numbers (charge or dispense batches).
    public var transactionNumber: String
    /// The system of item master catalog numbers.
    public var catalogNumber: String
    /// The system of serial shipping container codes (SSCC).
    public var sscc: String
    /// The system of patient identifiers when the source names no assigning authority.
    public var patient: String

    /// Creates a set of systems; every parameter defaults to the documented standard.
    public init(
        items: [ItemIdentifierKind: String] = FHIRSystem.standardItems,
        parties: [PartyIdentifierSystem: String] = FHIRSystem.standardParties,
        unit: String = FHIRSystem.unitOfMeasure,
        orderNumber: String = FHIRSystem.orderNumber,
        shipmentNumber: String = FHIRSystem.shipmentNumber,
        invoiceNumber: String = FHIRSystem.invoiceNumber,
        transactionNumber: String = FHIRSystem.transactionNumber,
        catalogNumber: String = FHIRSystem.catalogNumber,
        sscc: String = FHIRSystem.sscc,
        patient: String = FHIRSystem.patient
    ) {
        self.items = items
        self.parties = parties
        self.unit = unit
        self.orderNumber = orderNumber
        self.shipmentNumber = shipmentNumber
        self.invoiceNumber = invoiceNumber
        self.transactionNumber = transactionNumber
        self.catalogNumber = catalogNumber
        self.sscc = sscc
        self.patient = patient
    }

    /// Wharf's documented defaults.
    public static let standard = FHIRIdentifierSystems()

    /// The system written for an item identifier kind: the configured one, else `urn:wharf:item:<kind>`.
    public func system(for kind: ItemIdentifierKind) -> String {
        self.items[kind] ?? FHIRSystem.itemPrefix + kind.rawValue
    }

    /// The item identifier kind of a system, when the system is one of ``items`` or `urn:wharf:item:<kind>`.
    public func itemKind(ofSystem system: String) -> ItemIdentifierKind? {
        if let match = self.items.first(where: { $0.value == system }) { return match.key }
        if system.hasPrefix(FHIRSystem.itemPrefix), system.count > FHIRSystem.itemPrefix.count {
            return ItemIdentifierKind(rawValue: String(system.dropFirst(FHIRSystem.itemPrefix.count)))
        }
        return nil
    }

    /// The system written for a party identifier scheme: the configured one, else `urn:wharf:party:<scheme>`.
    public func system(for scheme: PartyIdentifierSystem) -> String {
        self.parties[scheme] ?? FHIRSystem.partyPrefix + scheme.rawValue
    }

    /// The party identifier scheme of a system (`other` when unknown).
    public func partyScheme(ofSystem system: String) -> PartyIdentifierSystem {
        if let match = self.parties.first(where: { $0.value == system }) { return match.key }
        if system.hasPrefix(FHIRSystem.partyPrefix), system.count > FHIRSystem.partyPrefix.count {
            return PartyIdentifierSystem(rawValue: String(system.dropFirst(FHIRSystem.partyPrefix.count)))
        }
        return .other
    }
}
