import ArgumentParser
import Partners

/// `wharf partners list`: one line per partner.
struct PartnersListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List the partners: id, status, name, identities and channels.")

    @OptionGroup var partners: PartnerOptions

    func run() throws {
        do {
            let directory = try self.partners.load()
            for profile in directory.profiles {
                let identities = profile.identities.map(\.description).joined(separator: ", ")
                let channels = (profile.inbound.map { "in \($0.name) (\($0.transportName))" }
                    + profile.outbound.map { "out \($0.name) (\($0.transportName))" }).joined(separator: ", ")
                FileOutput.standardOutput.write(
                    "\(profile.id)  \(profile.status.rawValue)  \(profile.name)\n"
                        + "    identities: \(identities.isEmpty ? "none" : identities)\n"
                        + "    channels: \(channels.isEmpty ? "none" : channels)\n"
                        + "    routes: \(profile.routes.routes.count)\n")
            }
        } catch {
            throw error.report()
        }
    }
}
