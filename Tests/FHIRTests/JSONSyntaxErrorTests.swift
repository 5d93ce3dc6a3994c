import FHIR
import Testing
import WharfCore

/// Malformed JSON of the kinds the shared corpus's `bad-` files hold, written here synthetically: each must fail
/// with the exact code, pointer, line and column, and a message that quotes no value.
@Suite("JSON syntax errors")
struct JSONSyntaxErrorTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var text: String
        var code: DiagnosticCode = .fhirJSONSyntax
        var pointer: String
        var line: Int
        var column: Int
        var testDescription: String { self.name }
    }

    static let cases: [Case] = [
        Case(name: "missing comma between members", text: """
            {
              "resourceType": "SupplyRequest",
              "quantity": {"value": 1 "unit": "box"}
            }
            """, pointer: "/quantity", line: 3, column: 27),
        Case(name: "missing comma between array elements", text: #"{"given": ["Ann" "Bo"]}"#,
             pointer: "/given", line: 1, column: 18),
        Case(name: "trailing comma in an array", text: "{\"given\": [\n  \"Ann\",\n]}", pointer: "/given", line: 3,
             column: 1),
        Case(name: "trailing comma in an object", text: "{\"a\": {\"b\": 1,\n}}", pointer: "/a", line: 2, column: 1),
        Case(name: "unquoted key", text: "{\n  resourceType: \"Bundle\"}", pointer: "", line: 2, column: 3),
        Case(name: "unquoted string value", text: #"{"entry": [{"status": active}]}"#, pointer: "/entry/0/status",
             line: 1, column: 23),
        Case(name: "unquoted array element", text: #"{"given": [Ann]}"#, pointer: "/given", line: 1, column: 12),
        Case(name: "brace closing an array", text: "{\"name\": [\n  {\"family\": \"X\"}\n}\n}", pointer: "/name",
             line: 3, column: 1),
        Case(name: "bracket closing an object",
             text: "{\"entry\": [{\"resource\": {\"name\": [{\"given\": [\"A\"]\n]}}]}",
             pointer: "/entry/0/resource/name/0", line: 2, column: 1),
        Case(name: "stray character after a member", text: "{\"name\": [{\"given\": [\"A\"]\n #\n]}",
             pointer: "/name/0", line: 2, column: 2),
        Case(name: "missing value after a colon", text: "{\"entry\": [{\"resource\": {\"status\":, \"id\": \"1\"}}]}",
             pointer: "/entry/0/resource/status", line: 1, column: 35),
        Case(name: "missing colon", text: #"{"status" "active"}"#, pointer: "/status", line: 1, column: 11),
        Case(name: "single quotes", text: #"{'status': 'active'}"#, pointer: "", line: 1, column: 2),
        Case(name: "comment", text: "{\n  // a note\n  \"a\": 1}", pointer: "", line: 2, column: 3),
        Case(name: "text after the value", text: #"{"a": 1} {"b": 2}"#, pointer: "", line: 1, column: 10),
        Case(name: "unclosed object", text: #"{"a": {"b": 1}"#, pointer: "", line: 1, column: 15),
        Case(name: "unclosed string", text: #"{"a": "text"#, pointer: "/a", line: 1, column: 7),
        Case(name: "raw newline in a string", text: "{\"a\": \"x\ny\"}", pointer: "/a", line: 1, column: 9),
        Case(name: "invalid escape", text: #"{"a": "\x41"}"#, pointer: "/a", line: 1, column: 8),
        Case(name: "short unicode escape", text: #"{"a": "\u12"}"#, pointer: "/a", line: 1, column: 8),
        Case(name: "empty input", text: "", pointer: "", line: 1, column: 1),
        Case(name: "only whitespace", text: " \n ", pointer: "", line: 2, column: 2),
        Case(name: "leading zero", text: #"{"a": 007}"#, pointer: "/a", line: 1, column: 7),
        Case(name: "misspelt literal", text: #"{"a": tru}"#, pointer: "/a", line: 1, column: 7),
        Case(name: "literal followed by letters", text: #"{"a": nullx}"#, pointer: "/a", line: 1, column: 7),
        Case(name: "comma before the first element", text: #"{"a": [,1]}"#, pointer: "/a", line: 1, column: 8),
        Case(name: "bare closing bracket", text: "]", pointer: "", line: 1, column: 1),
    ]

    @Test("malformed JSON fails with its exact location", arguments: cases)
    func malformed(testCase: Case) throws {
        let error = try #require(FHIRTestSupport.readError(testCase.text))
        #expect(error.code == testCase.code)
        #expect(error.issue.pointer == testCase.pointer)
        #expect(error.issue.line == testCase.line)
        #expect(error.issue.column == testCase.column)
        #expect(error.issue.message.hasSuffix("(line \(testCase.line), column \(testCase.column))"))
        #expect(error.diagnostic.location == .jsonPointer(testCase.pointer))
        #expect(error.translationError.location == .jsonPointer(testCase.pointer))
    }

    @Test("messages never quote values")
    func noValuesInMessages() throws {
        let secret = "Zebediah"
        let texts = [
            #"{"name": [\#(secret)]}"#, #"{"name": "\#(secret)" "x": 1}"#, #"{\#(secret): 1}"#,
            #"{"name": "\#(secret)\x"}"#, #"{"name": "\#(secret)"] }"#,
        ]
        for text in texts {
            let error = try #require(FHIRTestSupport.readError(text))
            #expect(!error.issue.message.contains(secret))
            #expect(!error.issue.message.contains("Z"))
        }
    }

    @Test("random truncations and byte flips never crash and always locate the problem")
    func fuzzedInputs() throws {
        let original = try FHIRTestSupport.fixture("valid/r4-Bundle-transaction.json")
        var generator = SplitMix64(seed: 0x5EED)
        for round in 0..<400 {
            var bytes = original
            if round % 2 == 0 {
                bytes = Array(bytes.prefix(Int(generator.next() % UInt64(bytes.count))))
            } else {
                for _ in 0..<3 {
                    let index = Int(generator.next() % UInt64(bytes.count))
                    bytes[index] = UInt8(truncatingIfNeeded: generator.next())
                }
            }
            do {
                _ = try JSONReader().read(bytes)
            } catch {
                #expect(error.issue.line >= 1)
                #expect(error.issue.column >= 1)
                #expect(error.issue.offset <= bytes.count)
                #expect(JSONPointer(parsing: error.issue.pointer) != nil)
            }
        }
    }
}

/// A small deterministic random number generator for reproducible fuzzing.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { self.state = seed }

    mutating func next() -> UInt64 {
        self.state &+= 0x9E37_79B9_7F4A_7C15
        var value = self.state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }
}
