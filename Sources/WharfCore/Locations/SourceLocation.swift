/// Where a diagnostic points, in the terms of the format it is about. Every position is 1-based, as the standards count.
public indirect enum SourceLocation: Hashable, Sendable, Codable {
    /// A position in an X12 interchange.
    case x12(X12Location)
    /// A position in an HL7 v2 message.
    case hl7v2(HL7v2Location)
    /// An RFC 6901 JSON pointer into a FHIR or canonical JSON document.
    case jsonPointer(String)
    /// A position in a delimited text file.
    case csv(CSVLocation)
    /// A position in a partner profile or configuration file.
    case profile(ProfileLocation)

    /// The short text form used in one-line diagnostics, e.g. `PO102 (segment 13, set 0001)`.
    public var text: String {
        switch self {
        case .x12(let location): location.text
        case .hl7v2(let location): location.text
        case .jsonPointer(let pointer): pointer.isEmpty ? "/" : pointer
        case .csv(let location): location.text
        case .profile(let location): location.text
        }
    }

    private enum CodingKeys: String, CodingKey { case format, pointer }

    public func encode(to encoder: any Encoder) throws {
        switch self {
        case .x12(let location): try location.encode(to: encoder)
        case .hl7v2(let location): try location.encode(to: encoder)
        case .csv(let location): try location.encode(to: encoder)
        case .profile(let location): try location.encode(to: encoder)
        case .jsonPointer(let pointer):
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode("fhir", forKey: .format)
            try container.encode(pointer, forKey: .pointer)
        }
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        switch try container.decode(String.self, forKey: .format) {
        case "x12": self = .x12(try X12Location(from: decoder))
        case "hl7v2": self = .hl7v2(try HL7v2Location(from: decoder))
        case "csv": self = .csv(try CSVLocation(from: decoder))
        case "profile": self = .profile(try ProfileLocation(from: decoder))
        case "fhir", "json": self = .jsonPointer(try container.decode(String.self, forKey: .pointer))
        case let other:
            throw DecodingError.dataCorruptedError(forKey: .format, in: container,
                                                   debugDescription: "unknown location format \(other)")
        }
    }
}
