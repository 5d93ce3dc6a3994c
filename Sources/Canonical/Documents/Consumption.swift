import Foundation

/// A record of supplies used, charged to a patient, or dispensed (HL7 v2 DFT^P03, a point-of-use cabinet's CSV
/// export, FHIR SupplyDelivery or ChargeItem).
///
/// **`patient` is PHI.** Wharf never writes its values to logs, errors or diagnostics.
///
/// Example:
/// ```swift
/// let usage = Consumption(
///     kind: .charge,
///     date: try CanonicalDate(year: 2024, month: 3, day: 5, hour: 9, minute: 41),
///     department: "OR",
///     patient: PatientReference(visitID: "V123"),
///     lines: [ConsumptionLine(itemIdentifiers: [ItemIdentifier(kind: .chargeCode, value: "2720001")],
///                             quantity: Quantity(1, .each))]
/// )
/// ```
public struct Consumption: Hashable, Sendable {
    /// What this records: usage, a charge or a dispense.
    public var kind: ConsumptionKind
    /// The source's identifier of this record (a transaction or batch number), if given.
    public var transactionNumber: String?
    /// When the supplies were used, charged or dispensed, if given.
    public var date: CanonicalDate?
    /// The inventory location or point of use (a par location, a supply cabinet), if given.
    public var location: String?
    /// The department, if given.
    public var department: String?
    /// The patient and visit, if any. PHI.
    public var patient: PatientReference?
    /// The parties named at this level (buyer, seller, ship-to …), in source order.
    public var parties: [Party]
    /// Reference numbers (contract, department, cost center …).
    public var references: [Reference]
    /// Free-text notes.
    public var notes: [Note]
    /// The items and quantities, in source order.
    public var lines: [ConsumptionLine]

    /// Creates a `Consumption`.
    ///
    /// - Parameters:
    ///   - kind: What this records.
    ///   - transactionNumber: The source's identifier.
    ///   - date: When it happened.
    ///   - location: The location.
    ///   - department: The department.
    ///   - patient: The patient and visit (PHI).
    ///   - parties: The parties.
    ///   - references: Reference numbers.
    ///   - notes: Notes.
    ///   - lines: The lines.
    @inlinable
    public init(
        kind: ConsumptionKind,
        transactionNumber: String? = nil,
        date: CanonicalDate? = nil,
        location: String? = nil,
        department: String? = nil,
        patient: PatientReference? = nil,
        parties: [Party] = [],
        references: [Reference] = [],
        notes: [Note] = [],
        lines: [ConsumptionLine] = []
    ) {
        self.kind = kind
        self.transactionNumber = transactionNumber
        self.date = date
        self.location = location
        self.department = department
        self.patient = patient
        self.parties = parties
        self.references = references
        self.notes = notes
        self.lines = lines
    }
}

extension Consumption: Codable {
    enum CodingKeys: String, CodingKey {
        case kind, transactionNumber, date, location, department, patient, parties, references, notes, lines
    }

    /// Decodes a `Consumption`; arrays may be absent.
    ///
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: `DecodingError` when a required member is missing or a member is malformed.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.kind = try container.decode(ConsumptionKind.self, forKey: .kind)
        self.transactionNumber = try container.decodeIfPresent(String.self, forKey: .transactionNumber)
        self.date = try container.decodeIfPresent(CanonicalDate.self, forKey: .date)
        self.location = try container.decodeIfPresent(String.self, forKey: .location)
        self.department = try container.decodeIfPresent(String.self, forKey: .department)
        self.patient = try container.decodeIfPresent(PatientReference.self, forKey: .patient)
        self.parties = try container.decodeArray(of: Party.self, forKey: .parties)
        self.references = try container.decodeArray(of: Reference.self, forKey: .references)
        self.notes = try container.decodeArray(of: Note.self, forKey: .notes)
        self.lines = try container.decodeArray(of: ConsumptionLine.self, forKey: .lines)
    }

    /// Encodes the `Consumption`, omitting `nil` members and empty arrays.
    ///
    /// - Parameter encoder: The encoder to write to.
    /// - Throws: `EncodingError.invalidValue` when a decimal is NaN.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(self.kind, forKey: .kind)
        try container.encodeIfPresent(self.transactionNumber, forKey: .transactionNumber)
        try container.encodeIfPresent(self.date, forKey: .date)
        try container.encodeIfPresent(self.location, forKey: .location)
        try container.encodeIfPresent(self.department, forKey: .department)
        try container.encodeIfPresent(self.patient, forKey: .patient)
        try container.encodeArray(self.parties, forKey: .parties)
        try container.encodeArray(self.references, forKey: .references)
        try container.encodeArray(self.notes, forKey: .notes)
        try container.encodeArray(self.lines, forKey: .lines)
    }
}
