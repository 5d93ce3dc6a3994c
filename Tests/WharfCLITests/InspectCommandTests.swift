import Testing
import WharfTestSupport

/// `wharf inspect`: golden output for the examples, exit codes, standard input.
@Suite struct InspectCommandTests {
    @Test(arguments: ["850-hospital-order", "856-pick-pack", "997-005010-rejection", "mixed-two-interchanges"])
    func goldenOutput(_ name: String) throws {
        let result = try WharfProcess.run(["inspect", "examples/x12/\(name).edi"])
        #expect(result.status == 0)
        let failure = Goldens.check(result.stdout, against: "Tests/WharfCLITests/Goldens/inspect-\(name).txt")
        #expect(failure == nil, "\(failure ?? "")")
    }

    @Test func readsStandardInput() throws {
        let file = try WharfProcess.run(["inspect", "examples/x12/850-hospital-order.edi"])
        let bytes = Array(try String(contentsOfFile: WharfProcess.repositoryRoot.path + "/examples/x12/850-hospital-order.edi", encoding: .utf8).utf8)
        let piped = try WharfProcess.run(["inspect", "-"], input: bytes)
        #expect(piped.status == 0)
        #expect(piped.stdout == file.stdout)
    }

    @Test func summaryGoesToStandardError() throws {
        let result = try WharfProcess.run(["inspect", "examples/x12/850-bad-quantity.edi"])
        #expect(result.status == 0)
        #expect(result.stderr.hasPrefix("1 interchange, 1 group, 1 transaction set, 24 segments; 1 error, 0 warnings; "
            + "first: error x12.element.not-numeric PO102 (segment 14, loop PO1, set 0001)"))
    }

    @Test func unreadableInputExitsOne() throws {
        let result = try WharfProcess.run(["inspect", "--from", "x12", "-"], input: Array("hello world\n".utf8))
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("x12.interchange.isa-missing"))
    }

    @Test func missingFileIsAnIOError() throws {
        let result = try WharfProcess.run(["inspect", "examples/x12/no-such-file.edi"])
        #expect(result.status == 2)
        #expect(result.stderr == "wharf: cannot read examples/x12/no-such-file.edi: No such file or directory\n")
    }
}
