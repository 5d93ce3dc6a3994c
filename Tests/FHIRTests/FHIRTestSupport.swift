import FHIR
import Foundation
import WharfCore

/// Fixtures, the shared corpus and small helpers for the FHIR tests.
enum FHIRTestSupport {
    /// `Tests/FHIRTests/Fixtures`, found from this file's path (no bundle resources needed).
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    /// The bytes of a fixture (`valid/r4-SupplyRequest.json`).
    static func fixture(_ name: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: self.fixtures.appendingPathComponent(name)))
    }

    /// The fixture file names under a folder, sorted.
    static func fixtureNames(_ folder: String) -> [String] {
        let path = self.fixtures.appendingPathComponent(folder).path
        let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        return names.filter { $0.hasSuffix(".json") }.sorted().map { "\(folder)/\($0)" }
    }

    /// The FHIR folder of the shared corpus (`../shared/corpus/fhir`, or `$WHARF_CORPUS/fhir`).
    static let corpus: URL = {
        if let path = ProcessInfo.processInfo.environment["WHARF_CORPUS"] {
            return URL(fileURLWithPath: path).appendingPathComponent("fhir")
        }
        return URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared/corpus/fhir")
    }()

    /// Reads JSON text or fails the test with the reader's error.
    static func document(_ text: String, options: JSONReadOptions = JSONReadOptions()) throws -> JSONDocument {
        try JSONReader(options: options).read(Array(text.utf8))
    }

    /// The reader's error for `text`, or `nil` when it reads.
    static func readError(_ text: String, options: JSONReadOptions = JSONReadOptions()) -> JSONReadError? {
        self.readError(Array(text.utf8), options: options)
    }

    /// The reader's error for `bytes`, or `nil` when they read.
    static func readError(_ bytes: [UInt8], options: JSONReadOptions = JSONReadOptions()) -> JSONReadError? {
        do {
            _ = try JSONReader(options: options).read(bytes)
            return nil
        } catch {
            return error
        }
    }

    /// Validates JSON text as a resource of `release`; returns every diagnostic.
    static func validate(_ text: String, release: FHIRRelease = .r4,
                         options: FHIRValidationOptions = FHIRValidationOptions()) throws -> [Diagnostic] {
        let document = try self.document(text)
        var diagnostics = Diagnostics()
        FHIRValidator(release: release, options: options).validate(document, diagnostics: &diagnostics)
        return diagnostics.all
    }

    /// `code pointer` of each diagnostic, for compact expectations.
    static func summary(_ diagnostics: [Diagnostic]) -> [String] {
        diagnostics.map { diagnostic in
            guard case .jsonPointer(let pointer)? = diagnostic.location else { return diagnostic.code.rawValue }
            return "\(diagnostic.code.rawValue) \(pointer.isEmpty ? "/" : pointer)"
        }
    }
}
