import ArgumentParser

/// `wharf mllp`: receive or send HL7 v2 over MLLP from the command line.
struct MLLPCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mllp",
        abstract: "Receive HL7 v2 messages over MLLP into a folder, or send a file and print the ACK.",
        discussion: """
            Examples:
              wharf mllp listen --port 2575 --store var/mllp-inbox
              wharf mllp send examples/hl7v2/oms-o05-supply-requisition.hl7 --port 2575
            """,
        subcommands: [MLLPListenCommand.self, MLLPSendCommand.self]
    )
}
