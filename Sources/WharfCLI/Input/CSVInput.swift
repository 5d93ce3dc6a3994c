import FlatFile
import WharfCore

/// CSV input named with `--from csv:LAYOUT`: its envelope and its validation.
enum CSVInput {
    /// The layout named, or a usage error listing the built-in ones.
    static func layout(_ name: String?) throws(CommandFailure) -> CSVLayout {
        let names = CSVLayoutCatalog.builtIn.layouts.map(\.name).joined(separator: ", ")
        guard let name else { throw CommandFailure.io("name the CSV layout: --from csv:LAYOUT (built in: \(names))") }
        guard let layout = CSVLayoutCatalog.builtIn.layout(named: name) else {
            throw CommandFailure.io("there is no CSV layout \(name) (built in: \(names))")
        }
        return layout
    }

    /// The envelope of CSV input in `layout`.
    static func envelope(layout name: String?) throws(CommandFailure) -> Envelope {
        Envelope(format: try self.layout(name).format, sender: nil, receiver: nil, controlNumbers: ControlNumbers())
    }

    /// Reads `bytes` in the layout; returns how many documents they hold; problems go to `diagnostics`.
    static func parse(_ bytes: [UInt8], layout name: String?, into diagnostics: inout Diagnostics)
        throws(CommandFailure) -> Int {
        let layout = try self.layout(name)
        do {
            return try CSVCanonicalParser(layout: layout).parse(Payload(bytes: bytes), context: TranslationContext(),
                                                                diagnostics: &diagnostics).count
        } catch {
            diagnostics.append(error.diagnostic)
            return 0
        }
    }
}
