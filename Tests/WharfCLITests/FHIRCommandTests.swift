import Foundation
import Testing
import WharfTestSupport

/// `wharf validate` on FHIR JSON: located by JSON pointer, and as an OperationOutcome with `--format fhir`.
@Suite struct FHIRCommandTests {
    static let request = """
        {"resourceType": "SupplyRequest", "status": "active", "quantity": {"value": 10, "unit": "box"},
         "itemCodeableConcept": {"text": "Nitrile exam gloves, medium"}, "authoredOn": "2026-11-21"}
        """

    @Test func aValidSupplyRequest() throws {
        let folder = try TemporaryFolder("fhir-cli")
        defer { folder.remove() }
        let file = try folder.write(Self.request, to: "request.json")
        let result = try WharfProcess.run(["validate", file.path])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stderr == "valid: 0 errors in a SupplyRequest (R4)\n")
    }

    @Test func aBadStatusIsLocatedAndReportedAsAnOperationOutcome() throws {
        let folder = try TemporaryFolder("fhir-cli")
        defer { folder.remove() }
        let file = try folder.write(Self.request.replacingOccurrences(of: "\"active\"", with: "\"shipped\""),
                                    to: "request.json")
        let text = try WharfProcess.run(["validate", file.path])
        #expect(text.status == 1)
        #expect(text.stdout.contains("error fhir.value.not-in-value-set /status:"), "\(text.stdout)")
        #expect(!text.stdout.contains("shipped"))
        let outcome = try WharfProcess.run(["validate", "--format", "fhir", file.path])
        #expect(outcome.status == 1)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any])
        #expect(json["resourceType"] as? String == "OperationOutcome")
        let issue = try #require((json["issue"] as? [[String: Any]])?.first)
        #expect(issue["expression"] as? [String] == ["status"])
        #expect((issue["details"] as? [String: Any])?["text"] as? String == "fhir.value.not-in-value-set")
    }
}
