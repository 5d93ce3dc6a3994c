import Testing
import WharfTestSupport

/// Every command explains itself, with examples.
@Suite struct HelpTests {
    @Test(arguments: ["inspect", "validate", "translate", "ack"])
    func helpHasAbstractAndExamples(_ command: String) throws {
        let result = try WharfProcess.run([command, "--help"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Examples:"))
        #expect(result.stdout.contains("wharf \(command)"))
    }

    @Test func rootHelpListsTheCommands() throws {
        let result = try WharfProcess.run(["--help"])
        #expect(result.status == 0)
        for command in ["inspect", "validate", "translate", "ack"] { #expect(result.stdout.contains(command)) }
    }
}
