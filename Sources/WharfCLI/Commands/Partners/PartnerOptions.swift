import ArgumentParser
import Foundation
import Partners
import WharfCore

/// Where the partner profiles are, shared by the commands that read them.
struct PartnerOptions: ParsableArguments {
    @Option(name: .customLong("partners"), help: "The folder of partner profiles.")
    var folder: String = "partners"

    /// Every profile under the folder; all problems are printed, and any error fails the command.
    func load() throws(CommandFailure) -> PartnerDirectory {
        let url = URL(fileURLWithPath: self.folder)
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), isFolder.boolValue else {
            throw CommandFailure.io("no partner folder at \(self.folder) (give one with --partners)")
        }
        var diagnostics = Diagnostics()
        let directory = PartnerDirectory.load(url, into: &diagnostics)
        DiagnosticReport.printLines(diagnostics)
        guard !diagnostics.hasErrors else {
            throw CommandFailure.invalid("the partner profiles have \(diagnostics.errorCount) error(s); run `wharf partners check \(self.folder)`")
        }
        return directory
    }

    /// The profile `id`, or a failure naming the ids there are.
    func profile(_ id: String, in directory: PartnerDirectory) throws(CommandFailure) -> PartnerProfile {
        guard let profile = directory.profile(id) else {
            throw CommandFailure.io("no partner \(id) under \(self.folder) (partners: "
                + directory.profiles.map(\.id).joined(separator: ", ") + ")")
        }
        return profile
    }
}
