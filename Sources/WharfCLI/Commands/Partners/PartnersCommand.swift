import ArgumentParser

/// `wharf partners`: the partner profiles under `partners/`.
struct PartnersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "partners",
        abstract: "List, check and try out partner profiles.",
        discussion: """
            A partner is a folder with a profile.yaml (see specs/partners/README.md): identities, channels, routes, \
            envelope values, acknowledgment policy, cross-reference tables and guide overlays.

            Examples:
              wharf partners list
              wharf partners check partners/
              wharf partners test medsupply-vendor examples/x12/855-order-acknowledgment.edi
            """,
        subcommands: [PartnersListCommand.self, PartnersCheckCommand.self, PartnersTestCommand.self]
    )
}
