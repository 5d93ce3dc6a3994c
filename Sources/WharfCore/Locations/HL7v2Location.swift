/// A position in an HL7 v2 message: segment id and ordinal, field, repetition, component, subcomponent.
///
/// Printed as `RQD(1)-2.1`; fills ERR-2 of an ACK.
public struct HL7v2Location: Hashable, Sendable, Codable {
    /// The segment id (`RQD`).
    public var segment: String
    /// Which occurrence of that segment in the message (1-based).
    public var segmentOrdinal: Int
    /// The field (1-based; MSH-1 is the field separator).
    public var field: Int?
    /// The repetition (1-based).
    public var repetition: Int?
    /// The component (1-based).
    public var component: Int?
    /// The subcomponent (1-based).
    public var subcomponent: Int?

    /// Creates a location.
    public init(segment: String, segmentOrdinal: Int, field: Int? = nil, repetition: Int? = nil, component: Int? = nil,
                subcomponent: Int? = nil) {
        self.segment = segment
        self.segmentOrdinal = segmentOrdinal
        self.field = field
        self.repetition = repetition
        self.component = component
        self.subcomponent = subcomponent
    }

    /// `RQD(1)-2[1].1.1`, leaving out the parts that are absent.
    public var text: String {
        var text = "\(self.segment)(\(self.segmentOrdinal))"
        if let field = self.field {
            text += "-\(field)"
            if let repetition = self.repetition { text += "[\(repetition)]" }
            if let component = self.component {
                text += ".\(component)"
                if let subcomponent = self.subcomponent { text += ".\(subcomponent)" }
            }
        }
        return text
    }

    private enum CodingKeys: String, CodingKey {
        case format, segment, segmentOrdinal, field, repetition, component, subcomponent
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            segment: try container.decode(String.self, forKey: .segment),
            segmentOrdinal: try container.decode(Int.self, forKey: .segmentOrdinal),
            field: try container.decodeIfPresent(Int.self, forKey: .field),
            repetition: try container.decodeIfPresent(Int.self, forKey: .repetition),
            component: try container.decodeIfPresent(Int.self, forKey: .component),
            subcomponent: try container.decodeIfPresent(Int.self, forKey: .subcomponent)
        )
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode("hl7v2", forKey: .format)
        try container.encode(self.segment, forKey: .segment)
        try container.encode(self.segmentOrdinal, forKey: .segmentOrdinal)
        try container.encodeOrNull(self.field, forKey: .field)
        try container.encodeOrNull(self.repetition, forKey: .repetition)
        try container.encodeOrNull(self.component, forKey: .component)
        try container.encodeOrNull(self.subcomponent, forKey: .subcomponent)
    }
}
