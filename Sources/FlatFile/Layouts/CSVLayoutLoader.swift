import Canonical
import Foundation
import WharfCore
import Yams

/// Loads a layout file (YAML, the format of `specs/csv/README.md`) and checks it: known keys, values of the right
/// kind, field paths that exist in the document kind, column types that suit their fields, every field the
/// document needs, positions where the file has no header. Every problem is reported at once, located by file,
/// line, column and key path, with code `csv.layout.invalid`.
///
/// ```swift
/// var diagnostics = Diagnostics()
/// let layout = CSVLayoutLoader().load(URL(fileURLWithPath: "partners/acme/layouts/acme-orders.yaml"),
///                                     into: &diagnostics)
/// ```
public struct CSVLayoutLoader: Sendable {
    /// Creates a loader.
    public init() {}

    /// Loads the layout file at `url`; `nil` when it has errors (all of them are in `diagnostics`).
    public func load(_ url: URL, into diagnostics: inout Diagnostics) -> CSVLayout? {
        let path = url.path
        guard let data = try? Data(contentsOf: url), let text = String(data: data, encoding: .utf8) else {
            diagnostics.append(Diagnostic(.error, .csvLayoutInvalid, at: .profile(ProfileLocation(path: path)),
                                          "the layout file cannot be read as UTF-8 text"))
            return nil
        }
        return self.load(yaml: text, path: path, into: &diagnostics)
    }

    /// Loads a layout from its YAML text; `path` names it in diagnostics. `nil` when it has errors.
    public func load(yaml text: String, path: String, into diagnostics: inout Diagnostics) -> CSVLayout? {
        let root: Node
        do {
            guard let node = try Yams.compose(yaml: text) else {
                diagnostics.append(Diagnostic(.error, .csvLayoutInvalid, at: .profile(ProfileLocation(path: path)),
                                              "the layout is empty; it needs at least name, document and columns"))
                return nil
            }
            root = node
        } catch {
            var mark: Mark?
            if let yaml = error as? YamlError {
                switch yaml {
                case .scanner(_, _, let at, _), .parser(_, _, let at, _), .composer(_, _, let at, _): mark = at
                case .duplicatedKeysInMapping(_, let context): mark = context.mark
                default: break
                }
            }
            diagnostics.append(Diagnostic(
                .error, .csvLayoutInvalid,
                at: .profile(ProfileLocation(path: path, line: mark?.line, column: mark?.column)),
                "the layout is not valid YAML (or a key is written twice)"))
            return nil
        }
        var reader = CSVLayoutReader(path: path)
        let layout = reader.read(root)
        diagnostics.append(contentsOf: reader.problems)
        return reader.problems.isEmpty ? layout : nil
    }
}
