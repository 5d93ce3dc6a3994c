import Foundation
import Testing
import WharfTestSupport

/// `wharf translate`: canonical output, -o, standard input, and nothing written for invalid input.
@Suite struct TranslateCommandTests {
    @Test func writesCanonicalJSON() throws {
        let result = try WharfProcess.run(["translate", "examples/x12/850-hospital-order.edi", "--to", "canonical"])
        #expect(result.status == 0)
        let failure = Goldens.check(result.stdout, against: "Tests/X12MappingTests/Goldens/850-hospital-order.json")
        #expect(failure == nil, "\(failure ?? "")")
    }

    @Test func writesTheOutputFileAndReadsStandardInput() throws {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("wharf-translate-\(UUID()).json")
        defer { try? FileManager.default.removeItem(at: output) }
        let input = Array(try Data(contentsOf: WharfProcess.repositoryRoot.appendingPathComponent("examples/x12/850-hospital-order.edi")))
        let result = try WharfProcess.run(["translate", "-", "--to", "canonical", "-o", output.path], input: input)
        #expect(result.status == 0)
        #expect(result.stdout.isEmpty)
        let written = try String(contentsOf: output, encoding: .utf8)
        #expect(Goldens.check(written, against: "Tests/X12MappingTests/Goldens/850-hospital-order.json") == nil)
    }

    @Test("A device as output: /dev/null succeeds (it cannot be fsynced), a full disk fails with exit 2")
    func devicesAsOutput() throws {
        let null = try WharfProcess.run(["translate", "examples/x12/850-hospital-order.edi", "--to", "canonical",
                                         "-o", "/dev/null"])
        #expect(null.status == 0, "\(null.stderr)")
        #expect(null.stderr.isEmpty)
        guard FileManager.default.fileExists(atPath: "/dev/full") else { return }
        let full = try WharfProcess.run(["translate", "examples/x12/850-hospital-order.edi", "--to", "canonical",
                                         "-o", "/dev/full"])
        #expect(full.status == 2)
        #expect(full.stderr.contains("cannot write the output file: No space left on device"))
    }

    @Test func invalidInputWritesNothing() throws {
        let result = try WharfProcess.run(["translate", "examples/x12/850-bad-quantity.edi", "--to", "canonical"])
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("error x12.element.not-numeric PO102 (segment 14, loop PO1, set 0001)"))
        #expect(result.stderr.contains("nothing was written"))
        #expect(!result.stderr.contains("4A"))
    }

    @Test func anX12OrderBecomesAFHIRBundle() throws {
        let result = try WharfProcess.run(["translate", "examples/x12/850-hospital-order.edi", "--to", "fhir@R4"])
        #expect(result.status == 0, "\(result.stderr)")
        // The same bytes as the FHIR mapping's golden for this order.
        #expect(Goldens.check(result.stdout, against: "Tests/FHIRMappingTests/Goldens/850-hospital-order.R4.json") == nil)
    }

    @Test func unsupportedTargetsAndSetsAreClear() throws {
        let target = try WharfProcess.run(["translate", "examples/x12/850-hospital-order.edi", "--to", "fhir@R6"])
        #expect(target.status == 2)
        #expect(target.stdout.isEmpty)
        #expect(target.stderr.contains("Wharf writes FHIR R4 and R5, not R6"))
        let layout = try WharfProcess.run(["translate", "examples/x12/850-hospital-order.edi", "--to", "csv:pick-list"])
        #expect(layout.status == 2)
        #expect(layout.stderr.contains("there is no CSV layout pick-list (built in: "))
        let order = try String(contentsOfFile: WharfProcess.repositoryRoot.path + "/examples/x12/850-hospital-order.edi",
                               encoding: .utf8)
        let warehouse = order.replacingOccurrences(of: "ST*850", with: "ST*940").replacingOccurrences(of: "GS*PO", with: "GS*OW")
        let set = try WharfProcess.run(["translate", "-", "--to", "canonical"], input: Array(warehouse.utf8))
        #expect(set.status == 1)
        #expect(set.stderr.contains("cannot read x12:940@004010"))
        let format = try WharfProcess.run(["translate", "examples/x12/850-hospital-order.edi", "--to", "x12:"])
        #expect(format.status == 2)
    }
}

/// `wharf translate --to x12`: canonical JSON (or X12) into an 850 with the envelope asked for.
@Suite struct TranslateToX12Tests {
    @Test func canonicalOrderBecomesAn850() throws {
        let result = try WharfProcess.run([
            "translate", "Tests/X12MappingTests/Goldens/850-hospital-order.json", "--to", "x12:850@004010",
            "--sender", "ZZ:SENDER", "--receiver", "ZZ:RECEIVER", "--at", "202611221200",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        let failure = Goldens.check(result.stdout, against: "Tests/X12MappingTests/Goldens/850-hospital-order.004010.edi")
        #expect(failure == nil, "\(failure ?? "")")
    }

    @Test func neutralEnvelopeAndErrors() throws {
        let result = try WharfProcess.run(["translate", "examples/x12/850-hospital-order.edi", "--to", "x12", "--at",
                                           "202611200930"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("ISA*00*          *00*          *ZZ*WHARF          *ZZ*PARTNER        *261120*0930*U*00401*000000001*0*P*>~"))
        let badSender = try WharfProcess.run(["translate", "examples/x12/850-hospital-order.edi", "--to", "x12",
                                              "--sender", "MERCYHOSP"])
        #expect(badSender.status == 2)
        let unwritable = try WharfProcess.run(["translate", "examples/x12/850-hospital-order.edi", "--to", "x12:856"])
        #expect(unwritable.status == 1)
        #expect(unwritable.stderr.contains("document 1 (order) cannot be written as an X12 856"))
    }
}
