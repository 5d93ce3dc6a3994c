import FHIR
import Testing
import WharfCore

@Suite("FHIR validation")
struct FHIRValidatorTests {
    @Test("the valid fixtures validate cleanly", arguments: FHIRTestSupport.fixtureNames("valid"))
    func validFixtures(name: String) throws {
        let bytes = try FHIRTestSupport.fixture(name)
        let release: FHIRRelease = name.contains("/r5-") ? .r5 : .r4
        var diagnostics = Diagnostics()
        let resource = try FHIRReader(options: FHIRReadOptions(release: release)).read(bytes, diagnostics: &diagnostics)
        #expect(diagnostics.all.isEmpty, "\(FHIRTestSupport.summary(diagnostics.all))")
        #expect(resource.isSupported)
    }

    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var json: String
        var expected: [String]
        var release: FHIRRelease = .r4
        var testDescription: String { self.name }
    }

    /// Each case: a resource and the exact `code pointer` list it must give.
    static let cases: [Case] = [
        // Required elements and cardinality
        Case(name: "SupplyRequest without quantity and item",
             json: #"{"resourceType": "SupplyRequest", "status": "active"}"#,
             expected: ["fhir.element.required-missing /", "fhir.element.required-missing /"]),
        Case(name: "Invoice without status", json: #"{"resourceType": "Invoice", "id": "1"}"#,
             expected: ["fhir.element.required-missing /"]),
        Case(name: "required element inside a backbone element",
             json: #"{"resourceType": "Invoice", "status": "draft", "participant": [{"role": {"text": "x"}}]}"#,
             expected: ["fhir.element.required-missing /participant/0"]),
        Case(name: "a repeating element written as a single value",
             json: #"{"resourceType": "Organization", "alias": "SMS"}"#,
             expected: ["fhir.element.cardinality /alias"]),
        Case(name: "a single element written as an array",
             json: #"{"resourceType": "SupplyDelivery", "status": ["completed"]}"#,
             expected: ["fhir.element.cardinality /status"]),
        Case(name: "an empty array", json: #"{"resourceType": "Organization", "alias": []}"#,
             expected: ["fhir.element.empty /alias"]),
        Case(name: "an empty object", json: #"{"resourceType": "Organization", "type": [{}]}"#,
             expected: ["fhir.element.empty /type/0"]),
        // Unknown elements and resource types
        Case(name: "an unknown element", json: #"{"resourceType": "Organization", "nickname": "x"}"#,
             expected: ["fhir.element.unknown /nickname"]),
        Case(name: "an unknown element deep inside",
             json: #"{"resourceType": "Organization", "address": [{"city": "X", "planet": "Earth"}]}"#,
             expected: ["fhir.element.unknown /address/0/planet"]),
        Case(name: "an R5 element in R4", json: #"{"resourceType": "Location", "form": {"text": "x"}}"#,
             expected: ["fhir.element.unknown /form"]),
        Case(name: "an unsupported resource type", json: #"{"resourceType": "Patient", "id": "x"}"#,
             expected: ["fhir.resource.unsupported /"]),
        Case(name: "an unknown resource type", json: #"{"resourceType": "Purchase"}"#,
             expected: ["fhir.resource.unknown-type /resourceType"]),
        Case(name: "an R5-only resource type in R4", json: #"{"resourceType": "InventoryItem", "status": "active"}"#,
             expected: ["fhir.resource.unknown-type /resourceType"]),
        Case(name: "no resourceType", json: #"{"id": "x"}"#, expected: ["fhir.resource.type-missing /"]),
        Case(name: "resourceType not a string", json: #"{"resourceType": 5}"#,
             expected: ["fhir.resource.type-missing /resourceType"]),
        Case(name: "a resource that is not an object", json: #"["SupplyRequest"]"#,
             expected: ["fhir.resource.type-missing /"]),
        // JSON kinds
        Case(name: "a decimal written as a string",
             json: #"{"resourceType": "SupplyRequest", "itemCodeableConcept": {"text": "x"}, "#
                 + #""quantity": {"value": "1.5"}}"#,
             expected: ["fhir.element.type /quantity/value"]),
        Case(name: "a boolean written as a string",
             json: #"{"resourceType": "Organization", "active": "true"}"#, expected: ["fhir.element.type /active"]),
        Case(name: "a string written as a number", json: #"{"resourceType": "Organization", "name": 42}"#,
             expected: ["fhir.element.type /name"]),
        Case(name: "a complex element written as a string",
             json: #"{"resourceType": "SupplyRequest", "itemCodeableConcept": "gloves", "quantity": {"value": 1}}"#,
             expected: ["fhir.element.type /itemCodeableConcept"]),
        Case(name: "null", json: #"{"resourceType": "Organization", "name": null}"#,
             expected: ["fhir.value.null /name"]),
        Case(name: "null inside an array without extension",
             json: #"{"resourceType": "Organization", "alias": ["a", null]}"#, expected: ["fhir.value.null /alias/1"]),
        // Primitive formats
        Case(name: "an impossible date",
             json: #"{"resourceType": "Device", "expirationDate": "2023-02-29T00:00:00Z"}"#,
             expected: ["fhir.value.format /expirationDate"]),
        Case(name: "a dateTime with time but no zone",
             json: #"{"resourceType": "SupplyDelivery", "occurrenceDateTime": "2024-03-01T08:00:00"}"#,
             expected: ["fhir.value.format /occurrenceDateTime"]),
        Case(name: "an instant without time",
             json: #"{"resourceType": "Bundle", "type": "collection", "timestamp": "2024-03-01"}"#,
             expected: ["fhir.value.format /timestamp"]),
        Case(name: "a time out of range",
             json: #"{"resourceType": "Location", "hoursOfOperation": [{"openingTime": "25:00:00"}]}"#,
             expected: ["fhir.value.format /hoursOfOperation/0/openingTime"]),
        Case(name: "an integer with a fraction",
             json: #"{"resourceType": "Invoice", "status": "draft", "lineItem": [{"sequence": 1.0, "#
                 + #""chargeItemReference": {"reference": "ChargeItem/1"}}]}"#,
             expected: ["fhir.value.format /lineItem/0/sequence"]),
        Case(name: "a positiveInt of zero",
             json: #"{"resourceType": "Invoice", "status": "draft", "lineItem": [{"sequence": 0, "#
                 + #""chargeItemReference": {"reference": "ChargeItem/1"}}]}"#,
             expected: ["fhir.value.format /lineItem/0/sequence"]),
        Case(name: "an unsignedInt beyond 32 bits",
             json: #"{"resourceType": "Bundle", "type": "searchset", "total": 4294967296}"#,
             expected: ["fhir.value.format /total"]),
        Case(name: "an id with a space", json: #"{"resourceType": "Organization", "id": "a b"}"#,
             expected: ["fhir.value.format /id"]),
        Case(name: "an id of 65 characters",
             json: #"{"resourceType": "Organization", "id": "\#(String(repeating: "x", count: 65))"}"#,
             expected: ["fhir.value.format /id"]),
        Case(name: "a code with a leading space", json: #"{"resourceType": "Organization", "language": " en"}"#,
             expected: ["fhir.value.format /language"]),
        Case(name: "a uri with a space",
             json: #"{"resourceType": "Organization", "identifier": [{"system": "urn:x y", "value": "1"}]}"#,
             expected: ["fhir.value.format /identifier/0/system"]),
        Case(name: "an empty string", json: #"{"resourceType": "Organization", "name": ""}"#,
             expected: ["fhir.value.empty /name"]),
        Case(name: "a control character in a string", json: #"{"resourceType": "Organization", "name": "a\u0001b"}"#,
             expected: ["fhir.value.format /name"]),
        Case(name: "a narrative that is not a div",
             json: #"{"resourceType": "Organization", "text": {"status": "generated", "div": "<p>x</p>"}}"#,
             expected: ["fhir.value.format /text/div"]),
        // Value sets
        Case(name: "a status outside its value set", json: #"{"resourceType": "SupplyDelivery", "status": "shipped"}"#,
             expected: ["fhir.value.not-in-value-set /status"]),
        Case(name: "codes are case-sensitive", json: #"{"resourceType": "Invoice", "status": "Issued"}"#,
             expected: ["fhir.value.not-in-value-set /status"]),
        Case(name: "a bundle type outside its value set", json: #"{"resourceType": "Bundle", "type": "invalid-type"}"#,
             expected: ["fhir.value.not-in-value-set /type"]),
        Case(name: "a code in a data type",
             json: #"{"resourceType": "Organization", "telecom": [{"system": "telex", "value": "1"}]}"#,
             expected: ["fhir.value.not-in-value-set /telecom/0/system"]),
        Case(name: "a status only R4 has, read as R5", json: #"{"resourceType": "Device", "status": "unknown"}"#,
             expected: ["fhir.value.not-in-value-set /status"], release: .r5),
        // Choice types
        Case(name: "two types of one choice element",
             json: #"{"resourceType": "SupplyRequest", "itemCodeableConcept": {"text": "x"}, "#
                 + #""itemReference": {"reference": "Device/1"}, "quantity": {"value": 1}}"#,
             expected: ["fhir.choice.multiple /itemReference"]),
        Case(name: "a choice element with an unknown type",
             json: #"{"resourceType": "SupplyRequest", "itemString": "x", "quantity": {"value": 1}}"#,
             expected: ["fhir.element.unknown /itemString", "fhir.element.required-missing /"]),
        Case(name: "two value types in an extension",
             json: #"{"resourceType": "Organization", "extension": [{"url": "http://example.org/x", "#
                 + #""valueString": "a", "valueBoolean": true}]}"#,
             expected: ["fhir.choice.multiple /extension/0/valueBoolean"]),
        Case(name: "an extension without url",
             json: #"{"resourceType": "Organization", "extension": [{"valueString": "a"}]}"#,
             expected: ["fhir.element.required-missing /extension/0"]),
        // R5
        Case(name: "an R5 InventoryReport without its required elements",
             json: #"{"resourceType": "InventoryReport", "status": "active"}"#,
             expected: ["fhir.element.required-missing /", "fhir.element.required-missing /"], release: .r5),
        Case(name: "an R4-shaped Device read as R5",
             json: #"{"resourceType": "Device", "type": {"text": "pump"}, "#
                 + #""deviceName": [{"name": "x", "type": "model-name"}]}"#,
             expected: ["fhir.element.cardinality /type", "fhir.element.unknown /deviceName"], release: .r5),
    ]

    @Test("each rule gives its code at its pointer", arguments: cases)
    func rules(testCase: Case) throws {
        let diagnostics = try FHIRTestSupport.validate(testCase.json, release: testCase.release)
        #expect(FHIRTestSupport.summary(diagnostics) == testCase.expected)
        #expect(diagnostics.allSatisfy { $0.severity == .error })
    }

    @Test("messages name element paths, never values")
    func messagesWithoutValues() throws {
        let diagnostics = try FHIRTestSupport.validate(#"""
            {"resourceType": "SupplyDelivery", "status": "Zebediah", "occurrenceDateTime": "Zebediah",
             "identifier": [{"value": ""}], "type": {"text": 5}, "Zebediah": 1}
            """#)
        #expect(diagnostics.count == 5)
        for diagnostic in diagnostics { #expect(!diagnostic.message.contains("Zebediah"), "\(diagnostic.text)") }
        #expect(diagnostics.first?.message.contains("SupplyDelivery.status") == true)
    }

    @Test("unknown elements are errors, warnings or ignored per option")
    func unknownElementPolicy() throws {
        let json = #"{"resourceType": "Organization", "nickname": "x", "name": "y"}"#
        let warning = try FHIRTestSupport.validate(json, options: FHIRValidationOptions(unknownElements: .warning))
        #expect(warning.map(\.severity) == [.warning])
        #expect(try FHIRTestSupport.validate(json, options: FHIRValidationOptions(unknownElements: .ignore)).isEmpty)
        let document = try FHIRTestSupport.document(json)
        #expect(document.root["nickname"]?.string == "x", "an unknown element stays in the document")
    }

    @Test("unsupported resources can be warnings")
    func unsupportedSeverity() throws {
        let diagnostics = try FHIRTestSupport.validate(#"{"resourceType": "Patient"}"#,
                                                       options: FHIRValidationOptions(unsupportedResources: .warning))
        #expect(diagnostics.map(\.severity) == [.warning])
    }

    @Test("a required repeating element inside a data type")
    func requiredArray() throws {
        // Signature.type is 1..*: an absent array is a required-missing, an empty one an empty element.
        let json = #"{"resourceType": "Bundle", "type": "collection", "#
            + #""signature": {"when": "2024-01-01T00:00:00Z", "who": {"display": "x"}}}"#
        #expect(FHIRTestSupport.summary(try FHIRTestSupport.validate(json))
            == ["fhir.element.required-missing /signature"])
    }

    @Test("duplicate keys reach the diagnostics through the validator")
    func duplicateKeysReported() throws {
        let diagnostics = try FHIRTestSupport.validate(#"{"resourceType": "Organization", "name": "a", "name": "b"}"#)
        #expect(FHIRTestSupport.summary(diagnostics) == ["fhir.json.duplicate-key /name"])
    }

    @Test("every diagnostic points into the document")
    func pointersResolve() throws {
        for testCase in Self.cases {
            let document = try FHIRTestSupport.document(testCase.json)
            var diagnostics = Diagnostics()
            FHIRValidator(release: testCase.release).validate(document, diagnostics: &diagnostics)
            for diagnostic in diagnostics {
                guard case .jsonPointer(let pointer)? = diagnostic.location else {
                    Issue.record("\(diagnostic.text) has no pointer")
                    continue
                }
                #expect(document.node(at: pointer) != nil, "\(testCase.name): \(pointer)")
            }
        }
    }
}
