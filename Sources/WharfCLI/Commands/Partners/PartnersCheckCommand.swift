import ArgumentParser
import Foundation
import Partners
import WharfCore

/// `wharf partners check [DIR]`: every problem of every profile, located; exit 1 when there is any.
struct PartnersCheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check partner profiles: schema, routes, channels, cross-reference tables, guide overlays.",
        discussion: "Prints every problem with its file, line, column and key path. Exit 0 when all profiles are valid.")

    @Argument(help: "The folder of partner profiles (or one partner's folder).")
    var folder: String = "partners"

    func run() throws {
        var diagnostics = Diagnostics()
        let url = URL(fileURLWithPath: self.folder)
        let files = PartnerDirectory.profileFiles(under: url)
        guard !files.isEmpty else {
            throw CommandFailure.io("no profile.yaml under \(self.folder)").report()
        }
        let directory = PartnerDirectory.load(url, into: &diagnostics)
        DiagnosticReport.printLines(diagnostics)
        if diagnostics.hasErrors {
            FileOutput.standardError.write("invalid: \(diagnostics.errorCount) error(s) in \(files.count) profile(s)\n")
            throw CommandExit.invalid
        }
        FileOutput.standardOutput.write("valid: \(directory.profiles.count) profile(s): "
            + directory.profiles.map(\.id).joined(separator: ", ") + "\n")
    }
}
