import Canonical
import Foundation
import WharfCore

/// The layouts a program knows: the built-in ones (`specs/csv/*.yaml`, embedded in the binary) and any loaded
/// from a folder (a partner's own layouts).
///
/// ```swift
/// var diagnostics = Diagnostics()
/// let catalog = CSVLayoutCatalog.builtIn.adding(folder: URL(fileURLWithPath: "partners/acme/layouts"),
///                                               into: &diagnostics)
/// let layout = catalog.layout(named: "acme-orders") ?? catalog.defaultLayout(for: .order)
/// ```
public struct CSVLayoutCatalog: Sendable {
    /// The layouts, by name.
    public private(set) var layouts: [CSVLayout]
    /// The layout written when none is named, per document kind: the built-in one of that kind.
    private var defaults: [CanonicalDocument.Kind: String]

    /// Creates a catalog of `layouts` (the first of each kind being its default).
    public init(layouts: [CSVLayout]) {
        self.layouts = layouts.sorted { $0.name < $1.name }
        var defaults: [CanonicalDocument.Kind: String] = [:]
        for layout in layouts where defaults[layout.documentKind] == nil {
            defaults[layout.documentKind] = layout.name
        }
        self.defaults = defaults
    }

    /// The built-in layouts: `order-lines`, `order-response-lines`, `ship-notice-lines`, `invoice-lines`,
    /// `item-master` and `consumption`, each the default of its document kind.
    public static let builtIn: CSVLayoutCatalog = {
        var diagnostics = Diagnostics()
        let loader = CSVLayoutLoader()
        let layouts = EmbeddedCSVLayouts.files.keys.sorted().compactMap { file in
            loader.load(yaml: EmbeddedCSVLayouts.files[file] ?? "", path: "specs/csv/\(file)", into: &diagnostics)
        }
        precondition(!diagnostics.hasErrors,
                     "a built-in CSV layout is invalid: \(diagnostics.all.map(\.text).joined(separator: "; "))")
        return CSVLayoutCatalog(layouts: layouts)
    }()

    /// The layout called `name`.
    public func layout(named name: String) -> CSVLayout? {
        self.layouts.first { $0.name == name }
    }

    /// The layout a format id names (`csv:order-lines`, `csv:order-lines@1`).
    public func layout(for format: FormatID) -> CSVLayout? {
        guard format.family == .csv, let name = format.messageType, let layout = self.layout(named: name),
              format.version == nil || format.version == layout.version else { return nil }
        return layout
    }

    /// The layout used for documents of `kind` when none is named.
    public func defaultLayout(for kind: CanonicalDocument.Kind) -> CSVLayout? {
        self.defaults[kind].flatMap(self.layout(named:))
    }

    /// This catalog with the layouts of the `*.yaml` and `*.yml` files directly in `folder`.
    ///
    /// Each file must hold one valid layout whose name is the file's name without extension, and a name may not
    /// be taken twice (built-in names included). Files with problems are left out; every problem is in
    /// `diagnostics` (`csv.layout.invalid`), located by file, line and key path.
    public func adding(folder: URL, into diagnostics: inout Diagnostics) -> CSVLayoutCatalog {
        let files: [URL]
        do {
            files = try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
                .filter { $0.pathExtension == "yaml" || $0.pathExtension == "yml" }
                .sorted { $0.lastPathComponent < $1.lastPathComponent }
        } catch {
            diagnostics.append(Diagnostic(.error, .csvLayoutInvalid, at: .profile(ProfileLocation(path: folder.path)),
                                          "the layout folder cannot be read"))
            return self
        }
        var catalog = self
        let loader = CSVLayoutLoader()
        for file in files {
            guard let layout = loader.load(file, into: &diagnostics) else { continue }
            let location = SourceLocation.profile(ProfileLocation(path: file.path, keyPath: "name"))
            if layout.name != file.deletingPathExtension().lastPathComponent {
                diagnostics.append(Diagnostic(.error, .csvLayoutInvalid, at: location,
                                              "the layout's name must be its file's name without extension"))
            } else if catalog.layout(named: layout.name) != nil {
                diagnostics.append(Diagnostic(.error, .csvLayoutInvalid, at: location,
                                              "a layout named \(layout.name) is already known; choose another name"))
            } else {
                catalog.layouts.append(layout)
                catalog.layouts.sort { $0.name < $1.name }
                if catalog.defaults[layout.documentKind] == nil { catalog.defaults[layout.documentKind] = layout.name }
            }
        }
        return catalog
    }
}
