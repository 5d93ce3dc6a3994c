import Foundation
import WharfTestSupport

/// The shared corpus of public sample files (`../shared/corpus`, or `WHARF_CORPUS`), when it is present.
enum Corpus {
    static let root: URL = {
        if let path = ProcessInfo.processInfo.environment["WHARF_CORPUS"] { return URL(fileURLWithPath: path) }
        return WharfProcess.repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared/corpus")
    }()

    /// The files of one family folder (`x12`), sorted; empty when the folder is absent.
    static func files(_ family: String) -> [String] {
        let folder = self.root.appendingPathComponent(family)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { !$0.hasPrefix(".") }.sorted()
    }

    static func path(_ family: String, _ name: String) -> String {
        self.root.appendingPathComponent(family).appendingPathComponent(name).path
    }

    static func isPresent(_ family: String) -> Bool {
        let present = !self.files(family).isEmpty
        if !present {
            print("conformance: \(self.root.appendingPathComponent(family).path) not found; corpus tests skipped")
        }
        return present
    }
}
