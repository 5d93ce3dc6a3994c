import Testing
import WharfCore

@Suite struct FormatIDTests {
    @Test(arguments: [
        ("x12:850@004010", FormatID(family: .x12, messageType: "850", version: "004010")),
        ("hl7v2:OMS^O05@2.5.1", FormatID(family: .hl7v2, messageType: "OMS^O05", version: "2.5.1")),
        ("fhir@R5", FormatID(family: .fhir, version: "R5")),
        ("csv:order-lines", FormatID(family: .csv, messageType: "order-lines")),
        ("canonical", FormatID(family: .canonical)),
    ])
    func parsesAndPrintsTheTextForm(text: String, expected: FormatID) throws {
        let parsed = try FormatID(parsing: text)
        #expect(parsed == expected)
        #expect(parsed.description == text)
    }

    @Test(arguments: ["", "x12:", "x12@", ":850", "@004010"])
    func rejectsIncompleteText(_ text: String) {
        #expect(throws: TranslationError.self) { try FormatID(parsing: text) }
    }

    @Test func matchingIgnoresUnspecifiedParts() throws {
        let general = FormatID(family: .x12, messageType: "850")
        #expect(general.matches(try FormatID(parsing: "x12:850@004010")))
        #expect(!general.matches(try FormatID(parsing: "x12:856@004010")))
        #expect(!general.matches(try FormatID(parsing: "hl7v2:850")))
    }
}
