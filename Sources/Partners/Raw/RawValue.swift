/// A transport or envelope setting as written: text, a whole number, a flag, or a nested mapping (secrets, auth,
/// host keys). The schema has already checked each setting's shape; the resolved channel reads them by name.
public indirect enum RawValue: Decodable, Hashable, Sendable {
    case text(String)
    case number(Int)
    case flag(Bool)
    case mapping([String: RawValue])
    case list([RawValue])

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let mapping = try? container.decode([String: RawValue].self) {
            self = .mapping(mapping)
        } else if let list = try? container.decode([RawValue].self) {
            self = .list(list)
        } else if let flag = try? container.decode(Bool.self), !((try? container.decode(String.self)) ?? "").hasPrefix("0") {
            self = .flag(flag)
        } else if let number = try? container.decode(Int.self),
                  let text = try? container.decode(String.self), text == String(number) {
            self = .number(number)
        } else {
            self = .text(try container.decode(String.self))
        }
    }

    /// The value as text (numbers and flags as written).
    public var text: String? {
        switch self {
        case .text(let text): return text
        case .number(let number): return String(number)
        case .flag(let flag): return flag ? "true" : "false"
        default: return nil
        }
    }

    /// The value as a whole number.
    public var number: Int? {
        if case .number(let number) = self { return number }
        return self.text.flatMap { Int($0) }
    }

    /// The value as a flag.
    public var flag: Bool? {
        if case .flag(let flag) = self { return flag }
        return nil
    }

    /// The nested mapping.
    public var mapping: [String: RawValue]? {
        if case .mapping(let mapping) = self { return mapping }
        return nil
    }
}
