import FHIR
import Testing

@Suite("JSON writer")
struct JSONWriterTests {
    @Test("strings are escaped minimally", arguments: [
        ("plain", #""plain""#),
        ("quote \" backslash \\ slash /", #""quote \" backslash \\ slash /""#),
        ("\n\r\t\u{08}\u{0C}", #""\n\r\t\b\f""#),
        ("\u{0}\u{1F}\u{7F}", "\"\\u0000\\u001f\u{7F}\""),
        ("Grüße 😀 \u{2028}", "\"Grüße 😀 \u{2028}\""),
    ])
    func escaping(text: String, expected: String) {
        var output: [UInt8] = []
        JSONWriter.appendString(text, to: &output)
        #expect(String(decoding: output, as: UTF8.self) == expected)
    }

    @Test("compact and pretty layouts")
    func layouts() {
        let value: JSONValue = ["a": [1, "x", [:], []], "b": ["c": .null, "d": true]]
        #expect(String(decoding: JSONWriter(style: .compact).write(value), as: UTF8.self)
            == #"{"a":[1,"x",{},[]],"b":{"c":null,"d":true}}"#)
        #expect(String(decoding: JSONWriter().write(value), as: UTF8.self) == """
            {
              "a": [
                1,
                "x",
                {},
                []
              ],
              "b": {
                "c": null,
                "d": true
              }
            }

            """)
    }

    @Test("random strings and numbers survive write then read")
    func roundTrip() throws {
        var generator = SplitMix64(seed: 42)
        let pieces: [String] = ["a", "Z", "0", " ", "\"", "\\", "/", "\n", "\t", "\u{0}", "\u{1F}", "é", "€", "😀",
                                "\u{FEFF}", "~", "[", "}", ","]
        for _ in 0..<300 {
            let length = Int(generator.next() % 12)
            let text = (0..<length).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }.joined()
            let digits = String(generator.next() % 100_000)
            let number = JSONNumber("-\(digits).\(digits)0e-\(generator.next() % 30)")!
            let value: JSONValue = [text: [.string(text), .number(number)]]
            for style in [JSONWriter.Style.compact, .pretty(indent: 4)] {
                let document = try JSONReader().read(JSONWriter(style: style).write(value))
                #expect(document.root.value == value)
            }
        }
    }

    @Test("JSON pointers escape ~ and / and parse back")
    func pointers() {
        let pointer = JSONPointer(["a/b", "c~d", "0", ""])
        #expect(pointer.text == "/a~1b/c~0d/0/")
        #expect(JSONPointer(parsing: pointer.text) == pointer)
        #expect(JSONPointer(parsing: "") == JSONPointer())
        #expect(JSONPointer(parsing: "a") == nil)
        #expect(JSONPointer(parsing: "/a~2") == nil)
        #expect(JSONPointer().appending("entry").appending(0).text == "/entry/0")
    }
}
