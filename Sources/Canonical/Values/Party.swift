import Foundation

/// A party to a document: a buyer, seller, ship-to location, remit-to address and so on.
///
/// Example:
/// ```swift
/// let shipTo = Party(
///     role: .shipTo,
///     name: "Main Hospital Receiving",
///     identifiers: [PartyIdentifier(system: .gln, value: "0614141000012", qualifier: "UL")],
///     address: Address(lines: ["100 Main St", "Dock 3"], city: "Springfield", region: "IL",
///                      postalCode: "62701", country: "US")
/// )
/// ```
public struct Party: Hashable, Sendable {
    /// The part this party plays in the document.
    public var role: PartyRole
    /// The party's name, if given.
    public var name: String?
    /// The party's identifiers, in the order the source gave them.
    public var identifiers: [PartyIdentifier]
    /// The party's postal address, if given.
    public var address: Address?
    /// People to contact at the party.
    public var contacts: [Contact]
    /// References that belong to the party (X12 REF in the N1 loop).
    public var references: [Reference]

    /// Creates a party.
    ///
    /// - Parameters:
    ///   - role: The part the party plays.
    ///   - name: The party's name.
    ///   - identifiers: The party's identifiers.
    ///   - address: The party's postal address.
    ///   - contacts: People to contact.
    @inlinable
    public init(
        role: PartyRole,
        name: String? = nil,
        identifiers: [PartyIdentifier] = [],
        address: Address? = nil,
        contacts: [Contact] = [],
        references: [Reference] = []
    ) {
        self.role = role
        self.name = name
        self.identifiers = identifiers
        self.address = address
        self.contacts = contacts
        self.references = references
    }
}

extension Party: Codable {
    enum CodingKeys: String, CodingKey {
        case role, name, identifiers, address, contacts
        case references
    }

    /// Decodes a party; `identifiers` and `contacts` may be absent.
    ///
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: `DecodingError` when a member is missing or malformed.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.role = try container.decode(PartyRole.self, forKey: .role)
        self.name = try container.decodeIfPresent(String.self, forKey: .name)
        self.identifiers = try container.decodeArray(of: PartyIdentifier.self, forKey: .identifiers)
        self.address = try container.decodeIfPresent(Address.self, forKey: .address)
        self.contacts = try container.decodeArray(of: Contact.self, forKey: .contacts)
        self.references = try container.decodeArray(of: Reference.self, forKey: .references)
    }

    /// Encodes the party, omitting `nil` members and empty arrays.
    ///
    /// - Parameter encoder: The encoder to write to.
    /// - Throws: Whatever the encoder throws.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(self.role, forKey: .role)
        try container.encodeIfPresent(self.name, forKey: .name)
        try container.encodeArray(self.identifiers, forKey: .identifiers)
        try container.encodeIfPresent(self.address, forKey: .address)
        try container.encodeArray(self.contacts, forKey: .contacts)
        try container.encodeArray(self.references, forKey: .references)
    }
}
