import FHIR
import Testing
import WharfCore

@Suite("FHIR bundles")
struct FHIRBundleTests {
    @Test("entries are validated with pointers into the bundle")
    func entryPointers() throws {
        let json = #"""
            {"resourceType": "Bundle", "type": "transaction", "entry": [
              {"resource": {"resourceType": "SupplyRequest", "itemCodeableConcept": {"text": "x"},
                            "quantity": {"value": "1.5"}},
               "request": {"method": "POST", "url": "SupplyRequest"}},
              {"resource": {"resourceType": "SupplyRequest", "status": "open", "itemCodeableConcept": {"text": "x"}},
               "request": {"method": "SEND", "url": "SupplyRequest"}},
              {"resource": {"resourceType": "Patient"}, "request": {"method": "POST", "url": "Patient"}},
              {"request": {"url": "x"}}
            ]}
            """#
        #expect(FHIRTestSupport.summary(try FHIRTestSupport.validate(json)) == [
            "fhir.element.type /entry/0/resource/quantity/value",
            "fhir.value.not-in-value-set /entry/1/resource/status",
            "fhir.element.required-missing /entry/1/resource",
            "fhir.value.not-in-value-set /entry/1/request/method",
            "fhir.resource.unsupported /entry/2/resource",
            "fhir.element.required-missing /entry/3/request",
        ])
    }

    @Test("a bundle inside a bundle, contained resources inside entries")
    func nesting() throws {
        let json = #"""
            {"resourceType": "Bundle", "type": "collection", "entry": [
              {"resource": {"resourceType": "Bundle", "type": "batch", "entry": [
                {"resource": {"resourceType": "SupplyRequest", "itemReference": {"reference": "#d"},
                              "quantity": {"value": 1},
                              "contained": [{"resourceType": "Device", "id": "d", "status": "lost"}]}}
              ]}}
            ]}
            """#
        #expect(FHIRTestSupport.summary(try FHIRTestSupport.validate(json))
            == ["fhir.value.not-in-value-set /entry/0/resource/entry/0/resource/contained/0/status"])
    }

    @Test("bundles nested to the reader's depth ceiling validate without exhausting the stack")
    func deepNesting() throws {
        // Each level is Bundle → entry (array) → entry (object) → resource: three JSON levels.
        let levels = JSONReadOptions.depthCeiling / 3 - 1
        var json = #"{"resourceType": "Organization", "name": 5}"#
        for _ in 0..<levels {
            json = #"{"resourceType": "Bundle", "type": "collection", "entry": [{"resource": "# + json + "}]}"
        }
        let options = JSONReadOptions(maximumDepth: JSONReadOptions.depthCeiling)
        let document = try FHIRTestSupport.document(json, options: options)
        var diagnostics = Diagnostics()
        FHIRValidator().validate(document, diagnostics: &diagnostics)
        #expect(diagnostics.all.map(\.code) == [.fhirElementType])
        #expect(JSONReadOptions(maximumDepth: 100_000).maximumDepth == JSONReadOptions.depthCeiling)
    }

    @Test("a transaction response with outcomes")
    func responses() throws {
        let json = #"""
            {"resourceType": "Bundle", "type": "transaction-response", "entry": [
              {"response": {"status": "201 Created", "location": "SupplyRequest/1/_history/1",
                            "lastModified": "2024-03-01T08:00:00Z",
                            "outcome": {"resourceType": "OperationOutcome",
                                        "issue": [{"severity": "information", "code": "informational"}]}}},
              {"response": {"status": "400", "outcome": {"resourceType": "OperationOutcome",
                                                         "issue": [{"severity": "bad", "code": "value"}]}}}
            ]}
            """#
        #expect(FHIRTestSupport.summary(try FHIRTestSupport.validate(json))
            == ["fhir.value.not-in-value-set /entry/1/response/outcome/issue/0/severity"])
    }

    @Test("a large bundle validates every entry", .timeLimit(.minutes(1)))
    func largeBundle() throws {
        let entry = #"{"fullUrl": "urn:uuid:8f14e45f-ceea-467f-a2b5-7e3f1d2c0a01", "resource": {"#
            + #""resourceType": "SupplyRequest", "status": "active", "itemCodeableConcept": {"coding": [{"#
            + #""system": "https://www.gs1.org/gtin", "code": "00812345000019"}]}, "#
            + #""quantity": {"value": 1.50, "unit": "box"}, "authoredOn": "2024-02-20"}}"#
        var entries = Array(repeating: entry, count: 5000)
        entries[4321] = entries[4321].replacingOccurrences(of: "2024-02-20", with: "2024-02-30")
        let json = #"{"resourceType": "Bundle", "type": "collection", "entry": ["#
            + entries.joined(separator: ",") + "]}"
        #expect(FHIRTestSupport.summary(try FHIRTestSupport.validate(json))
            == ["fhir.value.format /entry/4321/resource/authoredOn"])
    }
}

extension String {
    fileprivate func replacingOccurrences(of target: String, with replacement: String) -> String {
        self.split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
