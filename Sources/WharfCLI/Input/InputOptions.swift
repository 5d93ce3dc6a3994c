import ArgumentParser

/// The input file and format options every reading command shares.
struct InputOptions: ParsableArguments {
    @Argument(help: "The input file; '-' reads standard input.")
    var file: String

    @Option(help: "The input format, when it should not be detected from the first bytes (\(InputFamily.allCases.map(\.rawValue).joined(separator: ", "))).")
    var from: InputFamily?
}
