import Foundation

/// A postal address.
public struct Address: Hashable, Sendable {
    /// Street lines, first to last (street, building, suite, dock).
    public var lines: [String]
    /// The city.
    public var city: String?
    /// The state, province or region code, e.g. `IL`.
    public var region: String?
    /// The postal (ZIP) code.
    public var postalCode: String?
    /// The country, as an ISO 3166-1 alpha-2 code by convention, e.g. `US`.
    public var country: String?

    /// Creates an address.
    ///
    /// - Parameters:
    ///   - lines: Street lines.
    ///   - city: The city.
    ///   - region: The state, province or region code.
    ///   - postalCode: The postal code.
    ///   - country: The country code.
    @inlinable
    public init(
        lines: [String] = [],
        city: String? = nil,
        region: String? = nil,
        postalCode: String? = nil,
        country: String? = nil
    ) {
        self.lines = lines
        self.city = city
        self.region = region
        self.postalCode = postalCode
        self.country = country
    }
}

extension Address: Codable {
    enum CodingKeys: String, CodingKey {
        case lines, city, region, postalCode, country
    }

    /// Decodes an address; `lines` may be absent.
    ///
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: `DecodingError` when a member is malformed.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.lines = try container.decodeArray(of: String.self, forKey: .lines)
        self.city = try container.decodeIfPresent(String.self, forKey: .city)
        self.region = try container.decodeIfPresent(String.self, forKey: .region)
        self.postalCode = try container.decodeIfPresent(String.self, forKey: .postalCode)
        self.country = try container.decodeIfPresent(String.self, forKey: .country)
    }

    /// Encodes the address, omitting `nil` members and empty `lines`.
    ///
    /// - Parameter encoder: The encoder to write to.
    /// - Throws: Whatever the encoder throws.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeArray(self.lines, forKey: .lines)
        try container.encodeIfPresent(self.city, forKey: .city)
        try container.encodeIfPresent(self.region, forKey: .region)
        try container.encodeIfPresent(self.postalCode, forKey: .postalCode)
        try container.encodeIfPresent(self.country, forKey: .country)
    }
}
