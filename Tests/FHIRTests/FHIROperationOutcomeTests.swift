import FHIR
import Testing
import WharfCore
import WharfTestSupport

@Suite("FHIR OperationOutcome")
struct FHIROperationOutcomeTests {
    @Test("pointers become FHIRPath expressions", arguments: [
        ("", "Bundle"),
        ("/type", "Bundle.type"),
        ("/entry/0/resource/quantity/value", "Bundle.entry[0].resource.quantity.value"),
        ("/entry/1/resource/itemCodeableConcept/coding/0/code",
         "Bundle.entry[1].resource.item.ofType(CodeableConcept).coding[0].code"),
        ("/entry/0/resource/_status/extension/0/url", "Bundle.entry[0].resource.status.extension[0].url"),
        ("/entry/2/resource/contained/0/status", "Bundle.entry[2].resource.contained[0].status"),
        ("/entry/0/request/method", "Bundle.entry[0].request.method"),
    ])
    func expressions(pointer: String, expected: String) throws {
        let document = try FHIRTestSupport.document(#"""
            {"resourceType": "Bundle", "type": "batch", "entry": [
              {"resource": {"resourceType": "SupplyRequest",
                            "_status": {"extension": [{"url": "x", "valueString": "y"}]},
                            "quantity": {"value": 1}}, "request": {"method": "POST"}},
              {"resource": {"resourceType": "SupplyRequest", "itemCodeableConcept": {"coding": [{"code": "x"}]}}},
              {"resource": {"resourceType": "SupplyRequest", "contained": [{"resourceType": "Device", "status": "x"}]}}
            ]}
            """#)
        let expression = FHIRPathExpression.expression(forPointer: pointer, in: document,
                                                        definitions: FHIRDefinitions.forRelease(.r4))
        #expect(expression == expected)
    }

    @Test("without a document, pointers still read as paths")
    func expressionsWithoutDocument() {
        #expect(FHIRPathExpression.expression(forPointer: "/entry/0/resource/_status") == "entry[0].resource.status")
        #expect(FHIRPathExpression.expression(forPointer: "x") == nil)
    }

    @Test("the outcome of a rejected bundle matches its golden file")
    func golden() throws {
        let bytes = Array(#"""
            {"resourceType": "Bundle", "type": "transaction", "entry": [
              {"resource": {"resourceType": "SupplyRequest", "status": "open", "itemCodeableConcept": {"text": "x"},
                            "quantity": {"value": "1.50"}, "authoredOn": "2024-02-30"},
               "request": {"method": "POST", "url": "SupplyRequest"}},
              {"resource": {"resourceType": "Patient"}, "request": {"method": "POST", "url": "Patient"}}
            ], "signature": {"type": []}}
            """#.utf8)
        var diagnostics = Diagnostics()
        let resource = try FHIRReader().read(bytes, diagnostics: &diagnostics)
        let x12 = X12Location(segment: "PO1", segmentPosition: 12, element: 2)
        diagnostics.append(Diagnostic(.warning, DiagnosticCode("x12.segment.unexpected"), at: .x12(x12),
                                      "not a FHIR problem"))
        let outcome = FHIROperationOutcome(diagnostics: diagnostics, document: resource.document)
        let text = String(decoding: outcome.json(), as: UTF8.self)
        if let failure = Goldens.check(text, against: "Tests/FHIRTests/Goldens/operation-outcome-bundle.json") {
            Issue.record(Comment(rawValue: failure))
        }
        // The outcome is itself a valid OperationOutcome.
        var check = Diagnostics()
        _ = try FHIRReader().read(outcome.json(), diagnostics: &check)
        #expect(check.all.isEmpty, "\(FHIRTestSupport.summary(check.all))")
    }

    @Test("a syntax error is a fatal structure issue")
    func syntaxError() throws {
        var diagnostics = Diagnostics()
        do {
            let bytes = Array(#"{"resourceType": "Bundle", "entry": [1,]}"#.utf8)
            _ = try FHIRReader().read(bytes, diagnostics: &diagnostics)
            Issue.record("expected a syntax error")
        } catch {
            let outcome = FHIROperationOutcome(diagnostics: [error.diagnostic])
            let issue = try #require(outcome.resource["issue"]?[0])
            #expect(issue["severity"] == "fatal")
            #expect(issue["code"] == "structure")
            #expect(issue["details"]?["text"] == "fhir.json.syntax")
            #expect(issue["expression"] == ["entry"])
        }
    }

    @Test("no diagnostics still give one issue")
    func noProblems() {
        let outcome = FHIROperationOutcome(diagnostics: [])
        #expect(outcome.resource == ["resourceType": "OperationOutcome", "issue": [
            ["severity": "information", "code": "informational", "diagnostics": "no problems found"],
        ]])
    }

    @Test("every FHIR code has an issue type from the value set", arguments: FHIRRelease.allCases)
    func issueTypes(release: FHIRRelease) throws {
        let url = "http://hl7.org/fhir/ValueSet/issue-type"
        let valueSet = try #require(FHIRDefinitions.forRelease(release).valueSets[url])
        for code in FHIRIssueType.codes.values { #expect(valueSet.contains(code), "\(code)") }
    }
}
