import Foundation
import HL7v2
import Testing
import WharfTestSupport

/// The HL7 v2 files of the shared corpus: ordinary and edge messages are inspected with exit 0, the `bad-` fuzz files
/// end with exit 0 or 1 and a clear diagnostic; nothing crashes or hangs.
@Suite(.enabled(if: Corpus.isPresent("hl7v2"), "../shared/corpus/hl7v2 is not present"))
struct HL7v2CorpusTests {
    /// The two HAPI files that are a single escaped field value, not messages.
    static let fieldValues = ["edge-field-value-escaped-uuencoded-hapi.txt", "edge-field-value-unescaped-uuencoded-hapi.txt"]

    @Test(arguments: Corpus.files("hl7v2").filter { !$0.hasPrefix("bad-") && !Self.fieldValues.contains($0) })
    func ordinaryAndEdgeFilesAreInspected(_ name: String) throws {
        let result = try WharfProcess.run(["inspect", Corpus.path("hl7v2", name)], timeout: 30)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("message 1: hl7v2:"))
    }

    @Test(arguments: Corpus.files("hl7v2").filter { $0.hasPrefix("bad-") })
    func badFilesEndWithAClearDiagnostic(_ name: String) throws {
        for command in ["inspect", "validate"] {
            let result = try WharfProcess.run([command, Corpus.path("hl7v2", name)], timeout: 30)
            #expect([0, 1].contains(result.status), "\(command): \(result.stderr)")
            #expect((result.stdout + result.stderr).contains("error hl7."), "\(command): \(result.stderr)")
        }
    }

    @Test(arguments: Corpus.files("hl7v2").filter { !Self.fieldValues.contains($0) })
    func validateAndAckNeverCrash(_ name: String) throws {
        let validate = try WharfProcess.run(["validate", Corpus.path("hl7v2", name)], timeout: 30)
        #expect([0, 1].contains(validate.status), "\(validate.stderr)")
        let ack = try WharfProcess.run(["ack", Corpus.path("hl7v2", name), "--at", "202611221200"], timeout: 30)
        #expect([0, 1].contains(ack.status), "\(ack.stderr)")
    }

    @Test func anEscapedFieldDecodesToItsUnescapedPair() throws {
        let escaped = try String(contentsOfFile: Corpus.path("hl7v2", Self.fieldValues[0]), encoding: .utf8)
        let unescaped = try String(contentsOfFile: Corpus.path("hl7v2", Self.fieldValues[1]), encoding: .utf8)
        let message = "MSH|^~\\&|A|B|C|D|20261122||ORU^R01|1|P|2.5.1\rOBX|1|ED|||"
            + escaped.trimmingCharacters(in: .newlines) + "\r"
        let read = HL7v2Reader.read(Array(message.utf8))
        let value = try #require(read.messages.first?.segment("OBX")?.field(5))
        #expect(value.text.replacingOccurrences(of: "\r\n", with: "\n").trimmingCharacters(in: .newlines)
            == unescaped.trimmingCharacters(in: .newlines).replacingOccurrences(of: "\r\n", with: "\n"))
    }
}
