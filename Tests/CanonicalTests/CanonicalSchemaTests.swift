import Foundation
import Testing

@testable import Canonical

/// Checks `specs/canonical/canonical.schema.json` against what the encoder writes, so the two cannot drift:
/// every fixture must validate, and every member the schema declares must be written by some fixture.
@Suite("Canonical JSON schema")
struct CanonicalSchemaTests {
    static let schemaURL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("specs/canonical/canonical.schema.json")

    static func loadSchema() throws -> [String: Any] {
        let data = try Data(contentsOf: Self.schemaURL)
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    static func walker(for documents: [CanonicalDocument]) throws -> (SchemaWalker, [String: Any]) {
        let schema = try Self.loadSchema()
        let file = try JSONSerialization.jsonObject(with: Data(try CanonicalJSON.encode(documents)))
        var walker = SchemaWalker(definitions: schema["$defs"] as? [String: Any] ?? [:])
        walker.check(file, against: schema, at: "")
        return (walker, schema)
    }

    @Test("Every fixture validates against the schema")
    func fixturesValidate() throws {
        var documents = try CanonicalFixtures.allKinds()
        documents.append(.order(try CanonicalFixtures.smallOrder()))
        documents.append(.consumption(Consumption(kind: .usage)))
        documents.append(.functionalAcknowledgment(CanonicalFixtures.smallAcknowledgment()))
        documents.append(.functionalAcknowledgment(FunctionalAcknowledgment(
            standard: .x12, acknowledgmentType: "TA1",
            interchange: InterchangeAcknowledgment(controlNumber: "000000905", status: .rejected, noteCode: "006")
        )))
        let (walker, _) = try Self.walker(for: documents)
        #expect(walker.problems == [])
    }

    @Test("Every member the schema declares is written by some fixture")
    func schemaHasNoUnusedMembers() throws {
        let (walker, schema) = try Self.walker(for: try CanonicalFixtures.allKinds())
        let definitions = try #require(schema["$defs"] as? [String: Any])
        for (name, definition) in definitions {
            guard let properties = (definition as? [String: Any])?["properties"] as? [String: Any] else { continue }
            let unused = Set(properties.keys).subtracting(walker.seen[name] ?? [])
            #expect(unused.isEmpty, "\(name) declares members no fixture writes: \(unused.sorted())")
        }
    }

    @Test("The schema's decimal and date patterns reject what the encoder never writes", arguments: [
        ("decimal", "12.50"), ("decimal", "-0"), ("decimal", "1e5"), ("decimal", "007"),
        ("date", "2024-03-05T14:30+00:00"), ("date", "2024-03-05+05:00"), ("date", "2024-13"),
    ])
    func patternsAreStrict(definition: String, text: String) throws {
        let schema = try Self.loadSchema()
        var walker = SchemaWalker(definitions: schema["$defs"] as? [String: Any] ?? [:])
        walker.check(text, against: ["$ref": "#/$defs/\(definition)"], at: "")
        #expect(!walker.problems.isEmpty)
    }
}

/// A validator for the subset of JSON Schema 2020-12 that the canonical schema uses.
struct SchemaWalker {
    let definitions: [String: Any]
    /// Problems found, each with its JSON pointer.
    var problems: [String] = []
    /// For each definition, the members seen in objects it validated.
    var seen: [String: Set<String>] = [:]

    init(definitions: [String: Any]) {
        self.definitions = definitions
    }

    func accepts(_ value: Any, _ schema: [String: Any]) -> Bool {
        var probe = SchemaWalker(definitions: self.definitions)
        probe.check(value, against: schema, at: "")
        return probe.problems.isEmpty
    }

    mutating func check(_ value: Any, against schema: [String: Any], at path: String, definition: String? = nil) {
        if let reference = schema["$ref"] as? String {
            let name = String(reference.split(separator: "/").last ?? "")
            guard let target = self.definitions[name] as? [String: Any] else {
                self.problems.append("\(path): unknown reference \(reference)")
                return
            }
            self.check(value, against: target, at: path, definition: name)
            return
        }
        for part in schema["allOf"] as? [[String: Any]] ?? [] {
            self.check(value, against: part, at: path, definition: definition)
        }
        if let forbidden = schema["not"] as? [String: Any], self.accepts(value, forbidden) {
            self.problems.append("\(path): matches a forbidden shape")
        }
        if let alternatives = schema["oneOf"] as? [[String: Any]] {
            let matching = alternatives.filter { self.accepts(value, $0) }
            if matching.count == 1 {
                self.check(value, against: matching[0], at: path, definition: definition)
            } else if matching.isEmpty, let branch = Self.branch(of: alternatives, for: value) {
                self.check(value, against: branch, at: path, definition: definition)   // reports the real problem
            } else {
                self.problems.append("\(path): matches \(matching.count) alternatives, not 1")
            }
        }
        if let constant = schema["const"] as? String, value as? String != constant {
            self.problems.append("\(path): is not \"\(constant)\"")
        }
        if let text = value as? String {
            self.checkString(text, schema, path)
        }
        switch schema["type"] as? String {
        case "object":
            self.checkObject(value, schema, path, definition)
        case "array":
            guard let array = value as? [Any] else {
                self.problems.append("\(path): is not an array")
                return
            }
            if let minimum = schema["minItems"] as? Int, array.count < minimum {
                self.problems.append("\(path): has fewer than \(minimum) items")
            }
            for (index, element) in array.enumerated() {
                self.check(element, against: schema["items"] as? [String: Any] ?? [:], at: "\(path)/\(index)")
            }
        case "string" where !(value is String):
            self.problems.append("\(path): is not a string")
        case "integer" where !(value is NSNumber) || value is String:
            self.problems.append("\(path): is not an integer")
        default:
            break
        }
    }

    /// The alternative of a `kind`-discriminated `oneOf` that names the value's kind.
    static func branch(of alternatives: [[String: Any]], for value: Any) -> [String: Any]? {
        let kind = (value as? [String: Any])?["kind"] as? String
        return alternatives.first { alternative in
            let properties = alternative["properties"] as? [String: Any]
            return (properties?["kind"] as? [String: Any])?["const"] as? String == kind
        }
    }

    private mutating func checkString(_ text: String, _ schema: [String: Any], _ path: String) {
        if let minimum = schema["minLength"] as? Int, text.count < minimum {
            self.problems.append("\(path): is shorter than \(minimum)")
        }
        if let pattern = schema["pattern"] as? String {
            let expression = try? NSRegularExpression(pattern: pattern)
            let range = NSRange(text.startIndex..., in: text)
            if expression?.firstMatch(in: text, range: range) == nil {
                self.problems.append("\(path): does not match \(pattern)")
            }
        }
    }

    private mutating func checkObject(_ value: Any, _ schema: [String: Any], _ path: String, _ definition: String?) {
        guard let object = value as? [String: Any] else {
            self.problems.append("\(path): is not an object")
            return
        }
        let properties = schema["properties"] as? [String: Any] ?? [:]
        for key in schema["required"] as? [String] ?? [] where object[key] == nil {
            self.problems.append("\(path): lacks required member \(key)")
        }
        if let definition {
            self.seen[definition, default: []].formUnion(object.keys)
        }
        for (key, member) in object {
            guard let memberSchema = properties[key] as? [String: Any] else {
                if schema["additionalProperties"] as? Bool == false {
                    self.problems.append("\(path): has undeclared member \(key)")
                }
                continue
            }
            self.check(member, against: memberSchema, at: "\(path)/\(key)")
        }
    }
}
