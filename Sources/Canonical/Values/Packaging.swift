import Foundation

/// How an item is packed (X12 PO4): packs per case, pack size, packaging code, weight, volume and dimensions.
public struct Packaging: Hashable, Sendable {
    /// Inner packs per outer pack (X12 PO401).
    public var pack: Decimal?
    /// The size of one inner pack, with its unit (X12 PO402/PO403).
    public var size: Quantity?
    /// The packaging code (X12 PO404, e.g. `CTN25`).
    public var packagingCode: String?
    /// Which weight `weight` is (X12 PO405, e.g. `G` gross).
    public var weightQualifier: String?
    /// The weight per pack (X12 PO406/PO407).
    public var weight: Quantity?
    /// The volume per pack (X12 PO408/PO409).
    public var volume: Quantity?
    /// Length, width and height per pack, in one unit (X12 PO410–PO413).
    public var length: Quantity?
    /// See `length`.
    public var width: Quantity?
    /// See `length`.
    public var height: Quantity?
    /// Eaches per inner pack (X12 PO414).
    public var innerPack: Decimal?

    /// Creates packaging details.
    @inlinable
    public init(
        pack: Decimal? = nil,
        size: Quantity? = nil,
        packagingCode: String? = nil,
        weightQualifier: String? = nil,
        weight: Quantity? = nil,
        volume: Quantity? = nil,
        length: Quantity? = nil,
        width: Quantity? = nil,
        height: Quantity? = nil,
        innerPack: Decimal? = nil
    ) {
        self.pack = pack
        self.size = size
        self.packagingCode = packagingCode
        self.weightQualifier = weightQualifier
        self.weight = weight
        self.volume = volume
        self.length = length
        self.width = width
        self.height = height
        self.innerPack = innerPack
    }
}

extension Packaging: Codable {
    enum CodingKeys: String, CodingKey {
        case pack, size, packagingCode, weightQualifier, weight, volume, length, width, height, innerPack
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.pack = try container.decodeDecimalIfPresent(forKey: .pack)
        self.size = try container.decodeIfPresent(Quantity.self, forKey: .size)
        self.packagingCode = try container.decodeIfPresent(String.self, forKey: .packagingCode)
        self.weightQualifier = try container.decodeIfPresent(String.self, forKey: .weightQualifier)
        self.weight = try container.decodeIfPresent(Quantity.self, forKey: .weight)
        self.volume = try container.decodeIfPresent(Quantity.self, forKey: .volume)
        self.length = try container.decodeIfPresent(Quantity.self, forKey: .length)
        self.width = try container.decodeIfPresent(Quantity.self, forKey: .width)
        self.height = try container.decodeIfPresent(Quantity.self, forKey: .height)
        self.innerPack = try container.decodeDecimalIfPresent(forKey: .innerPack)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeDecimalIfPresent(self.pack, forKey: .pack)
        try container.encodeIfPresent(self.size, forKey: .size)
        try container.encodeIfPresent(self.packagingCode, forKey: .packagingCode)
        try container.encodeIfPresent(self.weightQualifier, forKey: .weightQualifier)
        try container.encodeIfPresent(self.weight, forKey: .weight)
        try container.encodeIfPresent(self.volume, forKey: .volume)
        try container.encodeIfPresent(self.length, forKey: .length)
        try container.encodeIfPresent(self.width, forKey: .width)
        try container.encodeIfPresent(self.height, forKey: .height)
        try container.encodeDecimalIfPresent(self.innerPack, forKey: .innerPack)
    }
}
