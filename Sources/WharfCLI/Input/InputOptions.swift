import ArgumentParser
import FlatFile

/// The input file and format options every reading command shares.
struct InputOptions: ParsableArguments {
    @Argument(help: "The input file; '-' reads standard input.")
    var file: String

    @Option(help: ArgumentHelp(
        "The input format, when it should not be detected from the first bytes: x12, hl7v2, fhir, or csv:LAYOUT "
            + "(a layout of specs/csv: \(CSVLayoutCatalog.builtIn.layouts.map(\.name).joined(separator: ", "))).",
        valueName: "format"))
    var from: InputFormat?
}

/// `--from`: a family, and for CSV the layout (`csv:order-lines`).
struct InputFormat: ExpressibleByArgument {
    var family: InputFamily
    var layout: String?

    init?(argument: String) {
        let parts = argument.split(separator: ":", maxSplits: 1).map(String.init)
        guard let family = parts.first.flatMap(InputFamily.init(rawValue:)) else { return nil }
        self.family = family
        self.layout = parts.count == 2 ? parts[1] : nil
        if family != .csv, self.layout != nil { return nil }
    }
}
