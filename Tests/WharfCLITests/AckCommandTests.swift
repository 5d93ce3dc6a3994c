import Foundation
import Testing
import WharfTestSupport

/// `wharf ack`: the acknowledgment's exact bytes, the choice of kind, exit codes.
@Suite struct AckCommandTests {
    @Test func functionalAcknowledgmentGolden() throws {
        let result = try WharfProcess.run(["ack", "examples/x12/850-bad-quantity.edi", "--at", "202611221200",
                                           "--control-number", "778"])
        #expect(result.status == 0)
        let failure = Goldens.check(result.stdout, against: "Tests/WharfCLITests/Goldens/ack-850-bad-quantity.997")
        #expect(failure == nil, "\(failure ?? "")")
        #expect(result.stderr == "997 for interchange 000004713: 1 problem reported\n")
    }

    @Test func kindCanBeForced() throws {
        let result = try WharfProcess.run(["ack", "--type", "999", "examples/x12/850-bad-quantity.edi", "--at", "202611221200"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("IK4*2*330*6~"))
        let ta1 = try WharfProcess.run(["ack", "--type", "ta1", "examples/x12/850-hospital-order.edi", "--at", "202611221200"])
        #expect(ta1.stdout.contains("TA1*000004713*261120*0930*A*000~"))
    }

    @Test func oneAcknowledgmentPerInterchange() throws {
        let result = try WharfProcess.run(["ack", "examples/x12/mixed-two-interchanges.edi", "--at", "202611221200",
                                           "--control-number", "40"])
        #expect(result.status == 0)
        #expect(result.stdout.components(separatedBy: "ISA").count - 1 == 2)
        #expect(result.stdout.contains("IEA*1*000000040~"))
        #expect(result.stdout.contains("IEA|1|000000041!"))
    }

    @Test func nothingToAcknowledge() throws {
        let result = try WharfProcess.run(["ack", "-"], input: Array("GS*PO*A~".utf8))
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        let usage = try WharfProcess.run(["ack", "--type", "998", "examples/x12/850-bad-quantity.edi"])
        #expect(usage.status == 2)
        let at = try WharfProcess.run(["ack", "--at", "2026", "examples/x12/850-bad-quantity.edi"])
        #expect(at.status == 2)
    }
}
