import Foundation
import Testing
import WharfTestSupport

/// `wharf validate`, `ack`, `inspect` and `translate` on HL7 v2.
@Suite struct HL7v2CommandTests {
    /// The requisition with RQD-5 of its first line not a number, and a patient whose name must never be printed.
    static func badQuantity() throws -> (TemporaryFolder, URL) {
        let folder = try TemporaryFolder("hl7-cli")
        let original = try String(contentsOf: WharfProcess.repositoryRoot
            .appendingPathComponent("examples/hl7v2/oms-o05-supply-requisition.hl7"), encoding: .utf8)
        let broken = original.replacingOccurrences(of: "GTIN|10|BX^box", with: "GTIN|4A|BX^box")
            .replacingOccurrences(of: "\rORC|NW|REQ-5521", with: "\rPID|1||MRN9999^^^MERCY^MR||SECRETNAME^ALPHA\rORC|NW|REQ-5521")
        return (folder, try folder.write(broken, to: "oms-bad-quantity.hl7"))
    }

    @Test func validateNamesTheFieldAndNeverThePatient() throws {
        let (folder, file) = try Self.badQuantity()
        defer { folder.remove() }
        let result = try WharfProcess.run(["validate", file.path])
        #expect(result.status == 1)
        #expect(result.stdout.contains("error hl7.field.data-type RQD(1)-5: RQD-5 is not a valid NM value"))
        for output in [result.stdout, result.stderr] {
            #expect(!output.contains("SECRETNAME") && !output.contains("MRN9999") && !output.contains("4A"))
        }
    }

    @Test func theAckRejectsTheFieldWithItsLocation() throws {
        let (folder, file) = try Self.badQuantity()
        defer { folder.remove() }
        let result = try WharfProcess.run(["ack", file.path, "--at", "202611221200"])
        #expect(result.status == 0)
        let segments = result.stdout.split(separator: "\r").map(String.init)
        #expect(segments.contains("MSA|AE|MSG00001"))
        #expect(segments.contains { $0.hasPrefix("ERR||RQD^1^5^1|102^Data type error^HL70357|E") })
        #expect(!result.stdout.contains("SECRETNAME") && !result.stdout.contains("MRN9999"))
    }

    @Test func inspectShowsFieldNames() throws {
        let result = try WharfProcess.run(["inspect", "examples/hl7v2/oms-o05-supply-requisition.hl7"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("  RQD(1)  RQD-1 Requisition Line Number: 1 | RQD-2 Item Code - Internal: "))
        #expect(result.stderr == "1 message; 0 errors\n")
    }

    @Test func anX12OrderBecomesAnOMS() throws {
        let result = try WharfProcess.run(["translate", "examples/x12/850-hospital-order.edi", "--to", "hl7v2",
                                           "--at", "202611221200"])
        #expect(result.status == 0, "\(result.stderr)")
        let segments = result.stdout.split(separator: "\r").map(String.init)
        #expect(segments.first == "MSH|^~\\&|WHARF||||20261122120000||OMS^O05^OMS_O05|1|P|2.5.1")
        #expect(segments.filter { $0.hasPrefix("RQD|") }.count == 3)
    }
}
