import Foundation
import Testing
import WharfTestSupport

/// `wharf validate`: exact diagnostics (text and JSON), exit codes, and no element values in any message.
@Suite struct ValidateCommandTests {
    @Test(arguments: ["850-hospital-order", "856-pick-pack", "997-005010-rejection", "mixed-two-interchanges"])
    func examplesAreValid(_ name: String) throws {
        let result = try WharfProcess.run(["validate", "examples/x12/\(name).edi"])
        #expect(result.status == 0, "\(result.stdout)")
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.hasPrefix("valid: 0 errors in "))
    }

    @Test func nonNumericQuantityIsLocated() throws {
        let result = try WharfProcess.run(["validate", "examples/x12/850-bad-quantity.edi"])
        #expect(result.status == 1)
        #expect(result.stdout == "error x12.element.not-numeric PO102 (segment 14, loop PO1, set 0001): "
            + "Quantity Ordered must be numeric (type R: digits with an optional sign and decimal point)\n")
        #expect(result.stderr == "invalid: 1 error in 1 interchange, 1 group, 1 transaction set, 24 segments\n")
    }

    @Test func jsonOutputIsTheDocumentedShape() throws {
        let result = try WharfProcess.run(["validate", "--format", "json", "examples/x12/850-bad-quantity.edi"])
        #expect(result.status == 1)
        let failure = Goldens.check(result.stdout, against: "Tests/WharfCLITests/Goldens/validate-850-bad-quantity.json")
        #expect(failure == nil, "\(failure ?? "")")
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        #expect(object?["valid"] as? Bool == false)
        let location = ((object?["diagnostics"] as? [[String: Any]])?.first?["location"]) as? [String: Any]
        #expect(location?["segmentPosition"] as? Int == 14)
        #expect(location?["element"] as? Int == 2)
        #expect(location?["interchange"] as? String == "000004713")
    }

    @Test func envelopeErrorsAsGolden() throws {
        let result = try WharfProcess.run(["validate", "Tests/X12Tests/Fixtures/850-envelope-errors.edi"])
        #expect(result.status == 1)
        let failure = Goldens.check(result.stdout, against: "Tests/WharfCLITests/Goldens/validate-850-envelope-errors.txt")
        #expect(failure == nil, "\(failure ?? "")")
    }

    @Test func messagesNeverContainElementValues() throws {
        let values = ["4A", "PO-88231", "MERCY", "GLV-NTR-M", "SYRINGE", "0614141000012", "PURCHASING", "5555550100"]
        for format in ["text", "json"] {
            let result = try WharfProcess.run(["validate", "--format", format, "examples/x12/850-bad-quantity.edi"])
            for value in values {
                #expect(!result.stdout.contains(value), "\(format) output contains \(value)")
                #expect(!result.stderr.contains(value), "\(format) error output contains \(value)")
            }
        }
    }

    @Test(arguments: [["validate"], ["validate", "--format", "xml", "examples/x12/850-hospital-order.edi"],
                      ["validate", "--no-such-flag", "x"], ["validate", "examples"]])
    func usageAndIOErrorsExitTwo(_ arguments: [String]) throws {
        let result = try WharfProcess.run(arguments)
        #expect(result.status == 2)
        #expect(!result.stderr.isEmpty)
    }

    @Test func unrecognizedInputIsInvalid() throws {
        let result = try WharfProcess.run(["validate", "-"], input: Array("hello, world\n".utf8))
        #expect(result.status == 1)
        #expect(result.stdout.hasPrefix("error format.unrecognized: "))
        let notFHIR = try WharfProcess.run(["validate", "-"], input: Array("{\"resourceType\": 1}".utf8))
        #expect(notFHIR.status == 1)
        #expect(notFHIR.stdout.hasPrefix("error fhir.resource.type-missing /resourceType: "))
    }
}
