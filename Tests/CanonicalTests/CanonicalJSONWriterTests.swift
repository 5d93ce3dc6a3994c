import Foundation
import Testing

@testable import Canonical

/// Differential tests: `CanonicalJSONWriter` must write exactly the bytes (or throw exactly the errors) of
/// `JSONEncoder` with `[.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]` on this platform.
@Suite("CanonicalJSONWriter matches JSONEncoder")
struct CanonicalJSONWriterTests {
    /// What an encoder produced: bytes, or an `EncodingError` told by its path and description.
    enum Outcome: Equatable, CustomStringConvertible {
        case bytes([UInt8])
        case failure(path: String, message: String)

        var description: String {
            switch self {
            case .bytes(let bytes): String(decoding: bytes, as: UTF8.self)
            case .failure(let path, let message): "error at \(path): \(message)"
            }
        }
    }

    static func outcome(_ encode: () throws -> [UInt8]) -> Outcome {
        do {
            return .bytes(try encode())
        } catch EncodingError.invalidValue(_, let context) {
            return .failure(path: CanonicalJSONError.pointer(context.codingPath), message: context.debugDescription)
        } catch {
            return .failure(path: "?", message: "\(error)")
        }
    }

    /// Encodes with both and expects the same outcome, reporting the first differing byte if not.
    static func expectSame<T: Encodable>(_ value: T, sourceLocation: SourceLocation = #_sourceLocation) {
        let expected = outcome { [UInt8](try CanonicalJSON.makeEncoder().encode(value)) }
        let actual = outcome { try CanonicalJSONWriter.encode(value) }
        guard actual != expected else {
            return
        }
        if case .bytes(let a) = actual, case .bytes(let e) = expected {
            let at = zip(a, e).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(a.count, e.count)
            let context = { (bytes: [UInt8]) in String(decoding: bytes[max(0, at - 60)..<min(bytes.count, at + 60)], as: UTF8.self) }
            Issue.record("Differs at byte \(at):\nwriter:  \(context(a))\nencoder: \(context(e))", sourceLocation: sourceLocation)
        } else {
            Issue.record("writer: \(actual)\nencoder: \(expected)", sourceLocation: sourceLocation)
        }
    }

    @Test("Every fixture document kind, alone and in a file", arguments: CanonicalDocument.Kind.allCases)
    func fixtures(kind: CanonicalDocument.Kind) throws {
        let document = try #require(try CanonicalFixtures.allKinds().first { $0.kind == kind })
        Self.expectSame(document)
        Self.expectSame(CanonicalFile(canonicalVersion: CanonicalJSON.version, documents: [document]))
    }

    @Test("CanonicalJSON.encode writes JSONEncoder's bytes plus a newline")
    func canonicalEncode() throws {
        let files: [[CanonicalDocument]] = [
            try CanonicalFixtures.allKinds(), [], [.order(try CanonicalFixtures.smallOrder())],
            [.functionalAcknowledgment(CanonicalFixtures.smallAcknowledgment())], [.order(Order(orderNumber: ""))],
        ]
        for documents in files {
            let file = CanonicalFile(canonicalVersion: CanonicalJSON.version, documents: documents)
            let expected = [UInt8](try CanonicalJSON.makeEncoder().encode(file)) + [0x0A]
            #expect(try CanonicalJSON.encode(documents) == expected)
        }
    }

    @Test("Generated orders and ship notices with hard-to-escape text")
    func generatedDocuments() throws {
        var rng = SeededGenerator(seed: 0xC0FFEE)
        var documents: [CanonicalDocument] = []
        for index in 0..<300 {
            let document: CanonicalDocument = index.isMultiple(of: 3)
                ? .shipNotice(WriterGenerators.shipNotice(&rng, depth: Int.random(in: 0...6, using: &rng)))
                : .order(try WriterGenerators.order(&rng, lines: Int.random(in: 0...5, using: &rng)))
            Self.expectSame(document)
            documents.append(document)
        }
        Self.expectSame(CanonicalFile(canonicalVersion: CanonicalJSON.version, documents: documents))
    }

    @Test("Every ASCII byte and tricky text, as values and as keys")
    func everyCharacter() {
        let texts = (0..<0x80).map { String(UnicodeScalar(UInt8($0))) } + WriterGenerators.pieces + WriterGenerators.keys
            + ["\u{0}\u{1F}\"\\/\u{7F}é😀", String(repeating: "x\"", count: 300), "a\u{0}b", "\u{10FFFF}", "\u{E000}"]
        for text in texts {
            Self.expectSame(text)
            Self.expectSame([text: text])
            Self.expectSame([text])
        }
        Self.expectSame(Dictionary(texts.map { ($0, $0.unicodeScalars.count) }, uniquingKeysWith: { first, _ in first }))
    }

    @Test("Keys that sort differently by bytes, case, digits or canonical equivalence; repeated keys")
    func keyOrder() {
        let keys = WriterGenerators.keys
        Self.expectSame(Tree.object(keys.map { ($0, .string($0)) }))
        Self.expectSame(Tree.object(keys.reversed().map { ($0, .int($0.utf8.count)) }))
        Self.expectSame(Tree.object([("b", .int(1)), ("a", .int(2)), ("b", .int(3)), ("\u{E9}", .int(4)),
                                     ("e\u{301}", .int(5)), ("e\u{301}x", .int(6)), ("\u{E9}x", .int(7)), ("a", .null)]))
        Self.expectSame(Tree.object([("x", .object([("z", .int(1)), ("y", .object([])), ("a", .array([]))]))]))
        Self.expectSame(Tree.object(keys.map { ($0, .nested(.object([("k", .string($0))]))) }))
    }

    @Test("Random trees through every container, nested container and super encoder")
    func randomTrees() {
        var rng = SeededGenerator(seed: 42)
        for _ in 0..<2_000 {
            Self.expectSame(Tree.random(&rng, depth: Int.random(in: 0...5, using: &rng)))
        }
    }

    @Test("Scalars: integer limits, Bool, nil, floating point, Decimal, URL, Data, Date")
    func scalars() {
        Self.expectSame([Int.min, Int.max, 0, -1])
        Self.expectSame([Int8.min, Int8.max])
        Self.expectSame([Int16.min, Int16.max])
        Self.expectSame([Int32.min, Int32.max])
        Self.expectSame([Int64.min, Int64.max])
        Self.expectSame([UInt.max, 0])
        Self.expectSame([UInt8.max])
        Self.expectSame([UInt16.max])
        Self.expectSame([UInt32.max])
        Self.expectSame([UInt64.max])
        Self.expectSame([Int128.min, Int128.max])
        Self.expectSame([UInt128.max])
        Self.expectSame(Tree.array([.bool(true), .bool(false), .null, .boxed(.null), .empty, .boxed(.empty)]))
        Self.expectSame([0.1, 1e20, 1e-7, -0.0, .leastNonzeroMagnitude, .greatestFiniteMagnitude, 1, 2.5e15, 1e16, -123.456])
        Self.expectSame([Float(0.1), 1e20, -0.0, .leastNonzeroMagnitude, .greatestFiniteMagnitude, 3])
        Self.expectSame([Decimal(string: "12.50")!, Decimal(string: "-0.001")!, 0, Decimal.nan])
        Self.expectSame(["u": URL(string: "https://example.org/a/b?x=1&y=%22")!])
        Self.expectSame(Data([0, 1, 2, 255]))
        Self.expectSame([Date(timeIntervalSinceReferenceDate: 12.5), Date(timeIntervalSince1970: 0)])
        Self.expectSame([Optional<Decimal>.some(1), nil])
        for value in [Double.nan, .infinity, -.infinity] {
            Self.expectSame(value)
            Self.expectSame(["k": [value]])
            Self.expectSame(Tree.object([("a", .array([.int(1), .double(value)]))]))
            Self.expectSame(Tree.object([("a", .object([("b", .double(value))]))]))
            Self.expectSame(["f": Float(value)])
        }
    }

    @Test("Values that encode nothing, and containers nested too deep")
    func emptyAndDeep() {
        Self.expectSame(Tree.empty)
        Self.expectSame(Tree.boxed(.empty))
        Self.expectSame(Tree.object([("e", .empty), ("n", .nested(.empty))]))
        Self.expectSame(Tree.array([.empty, .nested(.empty), .nested(.object([])), .nested(.array([]))]))
        for depth in [1, 100, 509, 510, 511, 600] {
            Self.expectSame(Deep(depth: depth))
        }
    }

    /// `JSONEncoder` cannot be the reference here: after a caught error it reuses a sub-encoder that still holds
    /// the failed value's partial object, and traps on the next array. So the reference is the same value
    /// encoded without the calls that fail.
    @Test("A value that throws leaves nothing behind when the error is caught")
    func caughtErrors() throws {
        let expected = [UInt8](try CanonicalJSON.makeEncoder().encode(Recovering(attemptFailures: false)))
        #expect(try CanonicalJSONWriter.encode(Recovering(attemptFailures: true)) == expected)
        Self.expectSame(Recovering(attemptFailures: false))
    }

    @Test("A NaN decimal fails with the same canonical error and path")
    func nanDecimal() throws {
        var order = try CanonicalFixtures.order()
        order.lines[1].price = Price(Money(.nan))
        let documents: [CanonicalDocument] = [.invoice(try CanonicalFixtures.invoice()), .order(order)]
        let file = CanonicalFile(canonicalVersion: CanonicalJSON.version, documents: documents)
        let expected = #expect(throws: EncodingError.self) { try CanonicalJSON.makeEncoder().encode(file) }
        let actual = #expect(throws: CanonicalJSONError.self) { try CanonicalJSON.encode(documents) }
        #expect(actual == expected.map(CanonicalJSONError.init(encoding:)))
        #expect(actual?.path == "/documents/1/document/lines/1/price/amount")
    }

    @Test("Timing: CanonicalJSONWriter against JSONEncoder (set CANONICAL_JSON_TIMING_ORDERS, e.g. 2000)")
    func timing() throws {
        let count = ProcessInfo.processInfo.environment["CANONICAL_JSON_TIMING_ORDERS"].flatMap { Int($0) } ?? 100
        let documents = try Self.syntheticOrders(count: count, lines: 40)
        let file = CanonicalFile(canonicalVersion: CanonicalJSON.version, documents: documents)
        let clock = ContinuousClock()
        var expected: [UInt8] = []
        var actual: [UInt8] = []
        let encoderTime = try clock.measure { expected = [UInt8](try CanonicalJSON.makeEncoder().encode(file)) }
        let writerTime = try clock.measure { actual = try CanonicalJSONWriter.encode(file) }
        #expect(actual == expected)
        let ratio = encoderTime / writerTime
        print("CanonicalJSONWriter timing: \(count) orders x 40 lines, \(actual.count) bytes: "
            + "JSONEncoder \(encoderTime), CanonicalJSONWriter \(writerTime), \(String(format: "%.1f", ratio))x faster")
    }

    /// `count` copies of the fixture order, each with `lines` lines.
    static func syntheticOrders(count: Int, lines: Int) throws -> [CanonicalDocument] {
        let template = try CanonicalFixtures.order()
        return (0..<count).map { index in
            var order = template
            order.orderNumber = "PO-\(100_000 + index)"
            order.lines = (0..<lines).map { number in
                var line = template.lines[number % template.lines.count]
                line.lineNumber = String(number + 1)
                line.description = "Item \(index)-\(number) \"special\" / 10% \\ café"
                return line
            }
            return .order(order)
        }
    }
}

/// Arrays nested `depth` deep: `JSONEncoder` refuses 512 levels of containers.
struct Deep: Encodable {
    /// How many more arrays to nest.
    var depth: Int

    func encode(to encoder: any Encoder) throws {
        var container = encoder.unkeyedContainer()
        if self.depth > 0 {
            try container.encode(Deep(depth: self.depth - 1))
        }
    }
}

/// A value whose members and elements throw after writing part of themselves; the errors are caught.
struct Recovering: Encodable {
    /// Whether to make the calls that throw.
    var attemptFailures: Bool

    /// The error thrown.
    struct Failure: Error {}

    /// Writes a member, then throws.
    struct Failing: Encodable {
        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: AnyKey.self)
            try container.encode("partial", forKey: AnyKey("p"))
            throw Failure()
        }
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: AnyKey.self)
        try container.encode(1, forKey: AnyKey("b"))
        if self.attemptFailures {
            try? container.encode(Failing(), forKey: AnyKey("a"))
            try? container.encode(Double.nan, forKey: AnyKey("n"))
            try? container.encode([Tree.int(1), Tree.double(.nan)], forKey: AnyKey("c"))
        }
        var list = container.nestedUnkeyedContainer(forKey: AnyKey("u"))
        try list.encode(1)
        if self.attemptFailures {
            try? list.encode(Tree.array([.string("x"), .double(.infinity)]))
            try? list.encode(Tree.object([("k", .object([("x", .float(.nan))]))]))
        }
        try list.encode(2)
        try container.encode(list.count, forKey: AnyKey("count"))
        try container.encode(Tree.string("after"), forKey: AnyKey("d"))
    }
}
