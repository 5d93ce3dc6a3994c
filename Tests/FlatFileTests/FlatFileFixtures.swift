import Canonical
import Foundation
import Testing
import WharfCore
import WharfTestSupport
@testable import FlatFile

/// Helpers shared by the FlatFile tests: reading in chunks, byte-exact goldens, layouts from text.
enum FlatFileFixtures {
    /// Every event of `bytes`, fed in chunks of `chunk` bytes.
    static func events(_ bytes: [UInt8], dialect: CSVDialect = CSVDialect(), chunk: Int,
                       maximumRecordSize: Int = CSVReader.defaultMaximumRecordSize) -> [CSVReader.Event] {
        var reader = CSVReader(dialect: dialect, maximumRecordSize: maximumRecordSize)
        var events: [CSVReader.Event] = []
        var offset = 0
        while offset < bytes.count {
            let end = min(offset + max(chunk, 1), bytes.count)
            reader.append(Array(bytes[offset..<end]))
            offset = end
            while let event = reader.next() { events.append(event) }
        }
        reader.finish()
        while let event = reader.next() { events.append(event) }
        return events
    }

    /// The fields of each record of `bytes`.
    static func fields(_ bytes: [UInt8], dialect: CSVDialect = CSVDialect()) -> [[String]] {
        CSVReader.read(bytes, dialect: dialect).records.map(\.fields)
    }

    /// The bytes of a text with `\n` line breaks turned into CR LF.
    static func crlf(_ text: String) -> [UInt8] {
        Array(text.replacingOccurrences(of: "\n", with: "\r\n").utf8)
    }

    /// The codes of the diagnostics, in order.
    static func codes(_ diagnostics: some Sequence<Diagnostic>) -> [String] {
        diagnostics.map(\.code.rawValue)
    }

    /// The CSV location of a diagnostic.
    static func csvLocation(_ diagnostic: Diagnostic) -> CSVLocation? {
        if case .csv(let location) = diagnostic.location { return location }
        return nil
    }

    /// A layout from YAML text; records an issue and returns `nil` when it does not load.
    static func layout(_ yaml: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> CSVLayout? {
        var diagnostics = Diagnostics()
        let layout = CSVLayoutLoader().load(yaml: yaml, path: "test.yaml", into: &diagnostics)
        if layout == nil {
            Issue.record("layout does not load: \(diagnostics.all.map(\.text))", sourceLocation: sourceLocation)
        }
        return layout
    }

    /// A built-in layout.
    static func builtIn(_ name: String) throws -> CSVLayout {
        try #require(CSVLayoutCatalog.builtIn.layout(named: name))
    }

    /// Parses `bytes` by `layout`.
    static func parse(_ bytes: [UInt8], layout: CSVLayout) throws -> ([CanonicalDocument], Diagnostics) {
        var diagnostics = Diagnostics()
        let documents = try CSVCanonicalParser(layout: layout).parse(Payload(bytes: bytes), layout: layout,
                                                                     diagnostics: &diagnostics)
        return (documents, diagnostics)
    }

    /// Serializes `documents` by `layout`.
    static func serialize(_ documents: [CanonicalDocument], layout: CSVLayout) throws -> ([UInt8], Diagnostics) {
        var diagnostics = Diagnostics()
        let payload = try CSVCanonicalSerializer(layout: layout).serialize(documents, context: TranslationContext(),
                                                                           diagnostics: &diagnostics)
        return (payload.bytes, diagnostics)
    }

    /// The bytes of a file under the repository root.
    static func repositoryFile(_ path: String) throws -> [UInt8] {
        Array(try Data(contentsOf: WharfProcess.repositoryRoot.appendingPathComponent(path)))
    }

    /// Compares `actual` with a golden file byte for byte; `RECORD_GOLDENS=1` writes it instead. Returns a failure
    /// message or `nil`.
    static func checkBytes(_ actual: [UInt8], against path: String) -> String? {
        let url = WharfProcess.repositoryRoot.appendingPathComponent(path)
        if ProcessInfo.processInfo.environment["RECORD_GOLDENS"] == "1" {
            try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(),
                                                     withIntermediateDirectories: true)
            try? Data(actual).write(to: url)
            return nil
        }
        guard let expected = try? Data(contentsOf: url) else {
            return "golden \(path) is missing; run with RECORD_GOLDENS=1 to create it"
        }
        guard Array(expected) != actual else { return nil }
        let offset = zip(expected, actual).prefix { $0 == $1 }.count
        return "\(path) differs from byte \(offset) (expected \(expected.count) bytes, got \(actual.count))"
    }
}
