import FHIR
import Testing
import WharfCore

@Suite("JSON reader")
struct JSONReaderTests {
    @Test("numbers keep their exact text", arguments: [
        "0", "-0", "1.50", "1.500000000000000000000001", "-12.0", "6.022e23", "6.022E+23", "1e-7",
        "123456789012345678901234567890", "0.1", "100",
    ])
    func exactNumbers(text: String) throws {
        let document = try FHIRTestSupport.document(#"{"value": \#(text)}"#)
        #expect(document.root["value"]?.numberText == text)
        #expect(document.root["value"]?.number == JSONNumber(text))
        #expect(JSONWriter(style: .compact).write(document.root.value) == Array(#"{"value":\#(text)}"#.utf8))
    }

    @Test("numbers outside JSON's grammar are rejected", arguments: [
        "01", "+1", ".5", "1.", "1.e5", "1e", "1e+", "--1", "0x10", "1.5.3", "NaN", "Infinity", "-", "1_000",
    ])
    func malformedNumbers(text: String) {
        let error = FHIRTestSupport.readError(#"{"value": \#(text)}"#)
        #expect(error?.code == .fhirJSONSyntax)
        #expect(error?.issue.pointer == "/value")
        #expect(JSONNumber(text) == nil)
    }

    @Test("members keep their order, values their offsets and pointers")
    func orderOffsetsPointers() throws {
        let text = #"{"z": 1, "a": [true, null, {"k~/": "v"}], "m": "x"}"#
        let document = try FHIRTestSupport.document(text)
        #expect(document.root.children.map { $0.key } == ["z", "a", "m"])
        let inner = try #require(document.root["a"]?[2]?["k~/"])
        #expect(inner.pointer == "/a/2/k~0~1")
        #expect(inner.offset == 35)
        #expect(inner.rawText == "\"v\"")
        #expect(document.node(at: "/a/2/k~0~1") == inner)
        #expect(document.node(at: "/a/1")?.isNull == true)
        #expect(document.node(at: "/a/3") == nil)
        #expect(document.node(at: "/a/01") == nil)
        #expect(document.root["a"]?[0]?.bool == true)
        #expect(document.root.pointer == "")
        #expect(inner.parent?.pointer == "/a/2")
        #expect(document.valueCount == 8)
    }

    @Test("escapes and surrogate pairs decode", arguments: [
        (#""\"\\\/\b\f\n\r\t""#, "\"\\/\u{08}\u{0C}\n\r\t"),
        (#""\u00e9\u20AC""#, "é€"),
        (#""\ud83d\ude00 ok""#, "😀 ok"),
        (#""plain UTF-8: Grüße 😀""#, "plain UTF-8: Grüße 😀"),
        (#""\u0000""#, "\u{0}"),
    ])
    func escapes(literal: String, expected: String) throws {
        let document = try FHIRTestSupport.document(#"{"s": \#(literal)}"#)
        #expect(document.root["s"]?.string == expected)
    }

    @Test("escaped keys are found by their decoded text")
    func escapedKeys() throws {
        let document = try FHIRTestSupport.document(#"{"st\u0061tus": "active"}"#)
        #expect(document.root["status"]?.string == "active")
        #expect(document.root["status"]?.key == "status")
    }

    @Test("lone surrogates and invalid UTF-8 are encoding errors", arguments: [
        Array(#"{"s": "\ud83d"}"#.utf8), Array(#"{"s": "\ude00"}"#.utf8), Array(#"{"s": "\ud83d\u0041"}"#.utf8),
        [0x7B, 0x22, 0x73, 0x22, 0x3A, 0x22, 0xC3, 0x28, 0x22, 0x7D],  // bad continuation
        [0x7B, 0x22, 0x73, 0x22, 0x3A, 0x22, 0xED, 0xA0, 0x80, 0x22, 0x7D],  // UTF-8 encoded surrogate
        [0x7B, 0x22, 0x73, 0x22, 0x3A, 0x22, 0xC0, 0xAF, 0x22, 0x7D],  // overlong
        [0xFF, 0xFE, 0x7B, 0x00, 0x7D, 0x00],  // UTF-16 LE with BOM
    ])
    func encodingErrors(bytes: [UInt8]) {
        #expect(FHIRTestSupport.readError(bytes)?.code == .fhirJSONEncoding)
    }

    @Test("a UTF-8 byte order mark is skipped; offsets count it, columns do not")
    func byteOrderMark() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array(#"{"a": 1}"#.utf8)
        let document = try JSONReader().read(bytes)
        #expect(document.root["a"]?.numberText == "1")
        #expect(document.root.offset == 3)
        #expect(document.root.lineAndColumn.column == 1)
        let error = FHIRTestSupport.readError([0xEF, 0xBB, 0xBF] + Array(#"{"a" 1}"#.utf8))
        #expect(error?.issue.line == 1)
        #expect(error?.issue.column == 6)
        #expect(error?.issue.offset == 8)
    }

    @Test("nesting deeper than the limit fails without recursion")
    func depthLimit() throws {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        let error = FHIRTestSupport.readError(deep)
        #expect(error?.code == .fhirJSONTooDeep)
        #expect(error?.issue.offset == 100)
        let atLimit = String(repeating: "[", count: 100) + String(repeating: "]", count: 100)
        #expect(FHIRTestSupport.readError(atLimit) == nil)
        let custom = JSONReadOptions(maximumDepth: 3)
        #expect(FHIRTestSupport.readError(#"{"a": {"b": {"c": 1}}}"#, options: custom) == nil)
        #expect(FHIRTestSupport.readError(#"{"a": {"b": {"c": []}}}"#, options: custom)?.issue.pointer == "/a/b/c")
    }

    @Test("duplicate keys are reported at the second occurrence; the first is read")
    func duplicateKeys() throws {
        let document = try FHIRTestSupport.document(#"{"a": {"id": "1", "x": 2, "id": "3"}, "b": 1, "b": 2}"#)
        #expect(document.issues.map(\.code) == [.fhirJSONDuplicateKey, .fhirJSONDuplicateKey])
        #expect(document.issues.map(\.pointer) == ["/a/id", "/b"])
        #expect(document.root["a"]?["id"]?.string == "1")
        #expect(document.issues.first?.severity == .error)
        let escaped = try FHIRTestSupport.document(#"{"id": 1, "\u0069d": 2}"#)
        #expect(escaped.issues.map(\.pointer) == ["/id"])
    }

    @Test("duplicate keys in a large object are found")
    func duplicateKeysLargeObject() throws {
        var members = (0..<500).map { #""k\#($0)": \#($0)"# }
        members.append(#""k250": 0"#)
        members.append(#""k499": 0"#)
        let document = try FHIRTestSupport.document("{" + members.joined(separator: ",") + "}")
        #expect(document.issues.map(\.pointer) == ["/k250", "/k499"])
    }

    @Test("comments are rejected unless allowed, then skipped with warnings")
    func comments() throws {
        let text = """
        // leading
        {"a": /* inline */ 1, // trailing
         "b": 2}
        """
        let error = FHIRTestSupport.readError(text)
        #expect(error?.code == .fhirJSONSyntax)
        #expect(error?.issue.line == 1)
        let document = try FHIRTestSupport.document(text, options: JSONReadOptions(allowsComments: true))
        #expect(document.root["b"]?.numberText == "2")
        #expect(document.issues.map(\.code) == [.fhirJSONComment, .fhirJSONComment, .fhirJSONComment])
        #expect(document.issues.allSatisfy { $0.severity == .warning })
        #expect(FHIRTestSupport.readError("{\"a\": 1 /* open", options: JSONReadOptions(allowsComments: true))?.code
            == .fhirJSONSyntax)
    }

    @Test("scalars and whitespace at the top level")
    func topLevel() throws {
        #expect(try FHIRTestSupport.document(" \r\n\t\"x\" \n").root.string == "x")
        #expect(try FHIRTestSupport.document("null").root.isNull)
        #expect(try FHIRTestSupport.document("[]").root.count == 0)
        #expect(try FHIRTestSupport.document("{}").root.kind == .object)
    }

    @Test("line and column count characters and every kind of line break")
    func lineAndColumn() throws {
        let document = try FHIRTestSupport.document("{\r\n\"é\": 1,\r\"b\":\n  [2]}")
        let first = try #require(document.root["é"]?.lineAndColumn)
        let second = try #require(document.root["b"]?.lineAndColumn)
        #expect(first.line == 2 && first.column == 6)
        #expect(second.line == 4 && second.column == 3)
    }

    @Test("owned values copy the whole tree")
    func ownedValue() throws {
        let document = try FHIRTestSupport.document(#"{"a": [1.50, "x", false, null, {}], "b": {"c": -0}}"#)
        let value = document.root.value
        #expect(value == ["a": [.number(JSONNumber("1.50")!), "x", false, .null, .object([:])],
                          "b": ["c": .number(JSONNumber("-0")!)]])
    }

    @Test("chunks of a large input read the same as small inputs")
    func largeInput() throws {
        let entry = #"{"resource": {"resourceType": "SupplyRequest", "quantity": {"value": 1.50}, "#
            + #""note": "\u00e9 \"q\" long text long text long text"}}"#
        let text = #"{"entry": ["# + Array(repeating: entry, count: 2000).joined(separator: ",") + "]}"
        let document = try FHIRTestSupport.document(text)
        #expect(document.root["entry"]?.count == 2000)
        #expect(document.node(at: "/entry/1999/resource/quantity/value")?.numberText == "1.50")
        #expect(document.node(at: "/entry/1234/resource/note")?.string == "é \"q\" long text long text long text")
    }
}
