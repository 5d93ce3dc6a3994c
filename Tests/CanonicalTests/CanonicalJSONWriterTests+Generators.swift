import Foundation

@testable import Canonical

/// A small, seeded random number generator (SplitMix64), so generated cases are the same on every run.
struct SeededGenerator: RandomNumberGenerator {
    /// The generator's state.
    var state: UInt64

    /// Creates a generator.
    ///
    /// - Parameter seed: The seed.
    init(seed: UInt64) {
        self.state = seed
    }

    /// The next 64 random bits.
    mutating func next() -> UInt64 {
        self.state &+= 0x9E37_79B9_7F4A_7C15
        var z = self.state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Random text and documents for the differential tests, built from pieces that stress escaping and key order.
enum WriterGenerators {
    /// Pieces of text: every ASCII control character, quotes, backslashes, slashes, DEL, line and paragraph
    /// separators, precomposed and decomposed accents, emoji, full-width letters and plain text.
    static let pieces: [String] = (0..<0x20).map { String(UnicodeScalar(UInt8($0))) } + [
        "", "\"", "\\", "/", "\u{7F}", "\u{80}", "\u{85}", "\u{A0}", "\u{2028}", "\u{2029}", "\u{FEFF}", "é", "e\u{301}",
        "😀", "👩‍👩‍👧", "ｆ", "日本", "a", "Z", "0", "9", "_", "-", " ", "abc", "PO-1001", "\\u0000", "</script>",
    ]

    /// Keys that sort differently under byte order, case-insensitive order and numeric order.
    static let keys: [String] = [
        "", "a", "A", "b", "B", "a1", "a10", "a2", "aa", "aB", "AB", "ab", "a_", "a-", "_", "1", "10", "2", "z", "Z",
        "é", "e\u{301}", "e", "f", "ｆ", "😀", "\"q", "#", "\\", "\u{1}", "\u{7F}", "key/with/slashes",
    ]

    /// A random string of up to `maxPieces` pieces.
    static func string(_ rng: inout SeededGenerator, maxPieces: Int = 6) -> String {
        (0..<Int.random(in: 0...maxPieces, using: &rng)).map { _ in pieces.randomElement(using: &rng)! }.joined()
    }

    /// A random key: usually a tricky one from `keys`, sometimes random text.
    static func key(_ rng: inout SeededGenerator) -> String {
        Bool.random(using: &rng) ? keys.randomElement(using: &rng)! : string(&rng, maxPieces: 3)
    }

    /// A random optional string.
    static func optional(_ rng: inout SeededGenerator) -> String? {
        Bool.random(using: &rng) ? string(&rng) : nil
    }

    /// A random exact decimal, written as `JSONEncoder` tests write them: from text.
    static func decimal(_ rng: inout SeededGenerator) -> Decimal {
        let whole = Int.random(in: -99_999...99_999, using: &rng)
        let fraction = Int.random(in: 0...9_999, using: &rng)
        return Decimal(string: "\(whole).\(fraction)", locale: nil)!
    }

    /// A random order of `lines` lines whose text fields hold random, hard-to-escape text.
    static func order(_ rng: inout SeededGenerator, lines: Int) throws -> Order {
        let party = Party(
            role: PartyRole(rawValue: string(&rng).isEmpty ? "buyer" : "x" + string(&rng)), name: optional(&rng),
            identifiers: [PartyIdentifier(system: .gln, value: string(&rng), qualifier: optional(&rng))],
            address: Address(lines: [string(&rng), string(&rng)], city: optional(&rng), country: optional(&rng)),
            contacts: Bool.random(using: &rng) ? [Contact(function: .buyer, name: optional(&rng))] : []
        )
        return Order(
            orderNumber: string(&rng),
            orderDate: try CanonicalDate(year: Int.random(in: 1990...2030, using: &rng), month: 3, day: 5),
            purpose: .original, type: OrderType(rawValue: "t" + string(&rng)), currency: .usd,
            parties: [party],
            references: [Reference(kind: .costCenter, value: string(&rng), description: optional(&rng))],
            totalAmount: Money(decimal(&rng), .usd),
            notes: Bool.random(using: &rng) ? [Note(string(&rng), code: optional(&rng))] : [],
            lines: try (0..<lines).map { _ in try orderLine(&rng) }
        )
    }

    /// A random order line.
    static func orderLine(_ rng: inout SeededGenerator) throws -> OrderLine {
        OrderLine(
            lineNumber: optional(&rng),
            itemIdentifiers: [ItemIdentifier(kind: .vendorPart, value: string(&rng), qualifier: optional(&rng))],
            description: optional(&rng),
            quantity: Quantity(decimal(&rng), UnitOfMeasure(rawValue: "U" + string(&rng, maxPieces: 1))),
            price: Bool.random(using: &rng) ? Price(Money(decimal(&rng)), basis: .contract) : nil,
            dates: [QualifiedDate(kind: .requestedDelivery, date: try CanonicalDate(year: 2024, month: 3, day: 8))],
            notes: Bool.random(using: &rng) ? [Note(string(&rng))] : []
        )
    }

    /// A random ship notice with packing levels nested `depth` deep.
    static func shipNotice(_ rng: inout SeededGenerator, depth: Int) -> ShipNotice {
        func level(_ remaining: Int) -> PackingLevel {
            PackingLevel(
                kind: remaining == 0 ? .item : .pack, sscc: optional(&rng), description: optional(&rng),
                quantityShipped: remaining == 0 ? Quantity(decimal(&rng), .each) : nil,
                serialNumbers: (0..<Int.random(in: 0...2, using: &rng)).map { _ in string(&rng) },
                children: remaining == 0 ? [] : (0..<Int.random(in: 1...2, using: &rng)).map { _ in level(remaining - 1) }
            )
        }
        return ShipNotice(shipmentNumber: string(&rng), levels: [level(depth)])
    }
}

/// A coding key with any text.
struct AnyKey: CodingKey {
    /// The key's text.
    var stringValue: String
    /// Always `nil`.
    var intValue: Int? { nil }

    /// Creates a key.
    init(_ text: String) {
        self.stringValue = text
    }

    /// Creates a key.
    init?(stringValue: String) {
        self.stringValue = stringValue
    }

    /// Never.
    init?(intValue: Int) {
        nil
    }
}

/// An arbitrary JSON-like value that encodes through every container and method an `Encoder` offers: concrete and
/// generic `encode` overloads, `encodeNil`, nested keyed and unkeyed containers, super encoders, objects with
/// duplicate keys, and values that encode nothing.
indirect enum Tree: Encodable {
    case string(String)
    case int(Int)
    case int8(Int8)
    case uint64(UInt64)
    case int128(Int128)
    case bool(Bool)
    case null
    case double(Double)
    case float(Float)
    case decimal(Decimal)
    case url(URL)
    case data(Data)
    case date(Date)
    /// A value that encodes nothing (`{}` when nested).
    case empty
    /// Encoded through a generic single-value `encode`.
    case boxed(Tree)
    case array([Tree])
    /// Members in writing order; keys may repeat.
    case object([(String, Tree)])
    /// Written through `nestedContainer`/`nestedUnkeyedContainer`/`superEncoder` of the parent container.
    case nested(Tree)

    /// A random tree.
    static func random(_ rng: inout SeededGenerator, depth: Int) -> Tree {
        let pick = Int.random(in: 0..<(depth > 0 ? 19 : 14), using: &rng)
        switch pick {
        case 0: return .string(WriterGenerators.string(&rng))
        case 1: return .int(Int(truncatingIfNeeded: rng.next()) >> Int.random(in: 0...63, using: &rng))
        case 2: return .int8(Int8(truncatingIfNeeded: rng.next()))
        case 3: return .uint64(rng.next())
        case 4: return .int128(Int128(truncatingIfNeeded: Int64(bitPattern: rng.next())) * Int128(Int64.max))
        case 5: return .bool(Bool.random(using: &rng))
        case 6: return .null
        case 7:
            let specials = [0.1, 1e20, 1e-7, -0.0, .leastNonzeroMagnitude, .greatestFiniteMagnitude, 123_456_789.125, 1, -2.5]
            let double = Double(bitPattern: rng.next())
            return .double(double.isFinite && Bool.random(using: &rng) ? double : specials.randomElement(using: &rng)!)
        case 8:
            let float = Float(bitPattern: UInt32(truncatingIfNeeded: rng.next()))
            return .float(float.isFinite ? float : 0.1)
        case 9: return .decimal(WriterGenerators.decimal(&rng))
        case 10: return .url(URL(string: "https://example.org/a/b?q=\(rng.next() % 100)")!)
        case 11: return .data(Data((0..<Int.random(in: 0...9, using: &rng)).map { _ in UInt8.random(in: 0...255, using: &rng) }))
        case 12: return .date(Date(timeIntervalSinceReferenceDate: Double(Int64(bitPattern: rng.next()) % 1_000_000_000) / 8))
        case 13: return .empty
        case 14: return .boxed(random(&rng, depth: depth - 1))
        case 15, 16: return .array((0..<Int.random(in: 0...5, using: &rng)).map { _ in random(&rng, depth: depth - 1) })
        case 17:
            var members = (0..<Int.random(in: 0...8, using: &rng)).map { _ in
                (WriterGenerators.key(&rng), random(&rng, depth: depth - 1))
            }
            // JSONEncoder merges a nested container into an earlier value at the same key (or traps); keep such
            // keys unique, so the writer's documented difference is not exercised.
            for index in members.indices where members[index].1.usesNestedContainer {
                members[index].0 += "§\(index)"
            }
            return .object(members)
        default: return .nested(random(&rng, depth: depth - 1))
        }
    }

    /// Whether, as an object member or array element, the tree is written through a nested container.
    var usesNestedContainer: Bool {
        switch self {
        case .nested(.object), .nested(.array): true
        default: false
        }
    }

    /// Encodes the tree as a value of its own.
    func encode(to encoder: any Encoder) throws {
        switch self {
        case .empty: return
        case .array(let elements):
            var container = encoder.unkeyedContainer()
            for element in elements {
                try element.encode(in: &container)
            }
        case .object(let members):
            var container = encoder.container(keyedBy: AnyKey.self)
            for (key, member) in members {
                try member.encode(in: &container, forKey: AnyKey(key))
            }
        case .nested(let inner): try inner.encode(to: encoder)
        case .boxed(let inner):
            var container = encoder.singleValueContainer()
            try container.encode(inner)
        default:
            var container = encoder.singleValueContainer()
            switch self {
            case .string(let value): try container.encode(value)
            case .int(let value): try container.encode(value)
            case .int8(let value): try container.encode(value)
            case .uint64(let value): try container.encode(value)
            case .int128(let value): try container.encode(value)
            case .bool(let value): try container.encode(value)
            case .null: try container.encodeNil()
            case .double(let value): try container.encode(value)
            case .float(let value): try container.encode(value)
            case .decimal(let value): try container.encode(value)
            case .url(let value): try container.encode(value)
            case .data(let value): try container.encode(value)
            case .date(let value): try container.encode(value)
            default: preconditionFailure("handled above")
            }
        }
    }

    /// Encodes the tree as the next element of an array, using the container's own methods where they exist.
    func encode(in container: inout any UnkeyedEncodingContainer) throws {
        switch self {
        case .string(let value): try container.encode(value)
        case .int(let value): try container.encode(value)
        case .bool(let value): try container.encode(value)
        case .null: try container.encodeNil()
        case .double(let value): try container.encode(value)
        case .nested(.array(let elements)):
            var nested = container.nestedUnkeyedContainer()
            for element in elements {
                try element.encode(in: &nested)
            }
        case .nested(.object(let members)):
            var nested = container.nestedContainer(keyedBy: AnyKey.self)
            for (key, member) in members {
                try member.encode(in: &nested, forKey: AnyKey(key))
            }
        case .nested(let inner): try inner.encode(to: container.superEncoder())
        default: try container.encode(self)
        }
    }

    /// Encodes the tree as a member of an object, using the container's own methods where they exist.
    func encode(in container: inout KeyedEncodingContainer<AnyKey>, forKey key: AnyKey) throws {
        switch self {
        case .string(let value): try container.encode(value, forKey: key)
        case .int(let value): try container.encode(value, forKey: key)
        case .bool(let value): try container.encode(value, forKey: key)
        case .null: try container.encodeNil(forKey: key)
        case .double(let value): try container.encode(value, forKey: key)
        case .nested(.array(let elements)):
            var nested = container.nestedUnkeyedContainer(forKey: key)
            for element in elements {
                try element.encode(in: &nested)
            }
        case .nested(.object(let members)):
            var nested = container.nestedContainer(keyedBy: AnyKey.self, forKey: key)
            for (key, member) in members {
                try member.encode(in: &nested, forKey: AnyKey(key))
            }
        case .nested(let inner):
            try inner.encode(to: key.stringValue.isEmpty ? container.superEncoder() : container.superEncoder(forKey: key))
        default: try container.encode(self, forKey: key)
        }
    }
}
