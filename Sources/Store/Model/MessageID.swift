/// A stored message's id: positive, increasing in the order messages were stored.
public struct MessageID: RawRepresentable, Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public var rawValue: Int64

    public init(rawValue: Int64) { self.rawValue = rawValue }

    /// Parses the text form (`42`, or `m42` as printed by ``description``).
    public init?(_ text: String) {
        let digits = text.hasPrefix("m") ? String(text.dropFirst()) : text
        guard let value = Int64(digits), value > 0 else { return nil }
        self.rawValue = value
    }

    public var description: String { "m\(self.rawValue)" }

    public static func < (lhs: MessageID, rhs: MessageID) -> Bool { lhs.rawValue < rhs.rawValue }

    public init(from decoder: any Decoder) throws {
        self.rawValue = try decoder.singleValueContainer().decode(Int64.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(self.rawValue)
    }
}
