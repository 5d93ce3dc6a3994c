import Foundation
import WharfCore
import Yams

/// Loads a partner profile in two stages: the YAML is checked against `specs/partners/profile.schema.json` and
/// decoded into an all-optional raw profile, then resolved into a ``PartnerProfile`` with the checks that span keys
/// (channel names, route ties, cross-reference files). Every problem is reported at once, with file, line, column
/// and key path.
///
/// ```swift
/// var diagnostics = Diagnostics()
/// let profile = ProfileLoader().load(URL(fileURLWithPath: "partners/examples/acme-medical/profile.yaml"),
///                                    into: &diagnostics)
/// ```
public struct ProfileLoader: Sendable {
    /// Creates a loader.
    public init() {}

    /// Loads the profile at `url`; `nil` when it has errors (all of them are in `diagnostics`).
    public func load(_ url: URL, into diagnostics: inout Diagnostics) -> PartnerProfile? {
        let path = Self.displayPath(url)
        guard let data = try? Data(contentsOf: url), let text = String(data: data, encoding: .utf8) else {
            diagnostics.append(Diagnostic(.error, .profileFileUnreadable, at: .profile(ProfileLocation(path: path)),
                                          "the profile cannot be read as UTF-8 text"))
            return nil
        }
        let root: Node
        do {
            guard let node = try Yams.compose(yaml: text) else {
                diagnostics.append(Diagnostic(.error, .profileKeyMissing, at: .profile(ProfileLocation(path: path)),
                                              "the profile is empty; it needs at least id, name and status"))
                return nil
            }
            root = node
        } catch {
            diagnostics.append(Self.syntaxDiagnostic(error, path: path))
            return nil
        }
        let before = diagnostics.errorCount
        ProfileSchemaChecker(path: path).check(root, against: .profile, at: "", into: &diagnostics)
        guard diagnostics.errorCount == before else { return nil }
        let raw: RawProfile
        do {
            raw = try YAMLDecoder().decode(RawProfile.self, from: root)
        } catch {
            diagnostics.append(Diagnostic(.error, .profileValueType, at: .profile(ProfileLocation(path: path)),
                                          "the profile does not have the expected shape"))
            return nil
        }
        let index = NodeIndex(root, path: path)
        guard let profile = ProfileResolver(index: index, folder: url.deletingLastPathComponent())
            .resolve(raw, into: &diagnostics) else { return nil }
        let overlayProblems = X12OverlayCheck.problems(profile, index: index.location)
        diagnostics.append(contentsOf: overlayProblems)
        return overlayProblems.isEmpty ? profile : nil
    }

    /// A path as people read it: relative to the working directory when it is under it.
    static func displayPath(_ url: URL) -> String {
        let full = url.standardizedFileURL.path
        let here = FileManager.default.currentDirectoryPath + "/"
        return full.hasPrefix(here) ? String(full.dropFirst(here.count)) : full
    }

    private static func syntaxDiagnostic(_ error: any Error, path: String) -> Diagnostic {
        var mark: Mark?
        var problem = "the profile is not valid YAML"
        if let yaml = error as? YamlError {
            switch yaml {
            case .scanner(_, let text, let at, _), .parser(_, let text, let at, _), .composer(_, let text, let at, _):
                mark = at
                problem = "the profile is not valid YAML: \(text)"
            case .duplicatedKeysInMapping(let duplicates, let context):
                mark = context.mark
                problem = "a key is written twice in one mapping: \(duplicates.joined(separator: ", "))"
            default:
                break
            }
        }
        return Diagnostic(.error, .profileYAMLSyntax, at: .profile(ProfileLocation(
            path: path, line: mark?.line, column: mark?.column)), problem)
    }
}
