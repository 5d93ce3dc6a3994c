import Foundation

/// Compares the JSON data files of a `specs/` folder with the copies a module embeds (scripts/embed-specs.sh), value
/// for value, so an edited spec cannot silently differ from what the binary carries.
public enum EmbeddedSpecCheck {
    /// The problems: files missing on either side, and files whose JSON differs. Empty when both agree.
    /// - Parameters:
    ///   - folder: the folder under the repository (`specs/hl7v2`); files are keyed by their path under it.
    ///   - prefix: only files whose name starts with it (`hl7v2-`).
    ///   - embedded: the module's `files` table.
    public static func problems(folder: String, prefix: String = "", embedded: [String: String]) throws -> [String] {
        let root = WharfProcess.repositoryRoot.appendingPathComponent(folder)
        let enumerator = FileManager.default.enumerator(atPath: root.path)
        var onDisk: [String] = []
        while let path = enumerator?.nextObject() as? String {
            let name = (path as NSString).lastPathComponent
            if name.hasSuffix(".json"), name.hasPrefix(prefix) { onDisk.append(path) }
        }
        var problems: [String] = []
        for missing in Set(onDisk).symmetricDifference(embedded.keys).sorted() {
            problems.append("\(folder)/\(missing) is on one side only; run scripts/embed-specs.sh")
        }
        for path in onDisk where embedded[path] != nil {
            let disk = try Data(contentsOf: root.appendingPathComponent(path))
            if try JSONValue.canonical(disk) != JSONValue.canonical(Data(embedded[path]!.utf8)) {
                problems.append("\(folder)/\(path) changed; run scripts/embed-specs.sh")
            }
        }
        return problems
    }
}
