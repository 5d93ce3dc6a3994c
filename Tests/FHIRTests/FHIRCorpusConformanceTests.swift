import FHIR
import Foundation
import Testing
import WharfCore

/// The shared corpus of public FHIR files (`../shared/corpus/fhir`, or `$WHARF_CORPUS/fhir`), read in place: ordinary
/// and `edge-` files are read (unsupported resource types reported as such), `bad-` files are rejected with a located
/// diagnostic, and nothing crashes. Skipped, with a printed reason, when the corpus is absent.
@Suite("FHIR corpus conformance")
struct FHIRCorpusConformanceTests {
    static let files: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: FHIRTestSupport.corpus.path)) ?? []
        return names.filter { $0.hasSuffix(".json") }.sorted()
    }()

    /// The release a corpus file names (`r4-…`, `bad-r5-…`); `nil` to detect it.
    static func release(of name: String) -> FHIRRelease? {
        let parts = name.split(separator: "-")
        if parts.contains("r5") { return .r5 }
        if parts.contains("r4") { return .r4 }
        return nil
    }

    struct Outcome {
        var thrown: TranslationError?
        var resource: FHIRResource?
        var diagnostics: [Diagnostic]
    }

    static func read(_ name: String) throws -> Outcome {
        let bytes = [UInt8](try Data(contentsOf: FHIRTestSupport.corpus.appendingPathComponent(name)))
        let options = FHIRReadOptions(release: self.release(of: name),
                                      json: JSONReadOptions(allowsComments: name.hasPrefix("edge-")))
        var diagnostics = Diagnostics()
        do {
            let resource = try FHIRReader(options: options).read(bytes, diagnostics: &diagnostics)
            return Outcome(resource: resource, diagnostics: diagnostics.all)
        } catch {
            return Outcome(thrown: error, diagnostics: diagnostics.all)
        }
    }

    @Test("the corpus is there, or the suite says why not")
    func presence() {
        if Self.files.isEmpty {
            print("FHIR corpus: \(FHIRTestSupport.corpus.path) not found; corpus conformance skipped")
        } else {
            #expect(Self.files.contains { $0.hasPrefix("bad-") })
        }
    }

    @Test("bad files are rejected with a located diagnostic", arguments: files.filter { $0.hasPrefix("bad-") })
    func badFiles(name: String) throws {
        let outcome = try Self.read(name)
        if let error = outcome.thrown {
            guard case .jsonPointer? = error.location else {
                Issue.record("\(name): \(error) has no JSON pointer")
                return
            }
            #expect(error.message.contains("line "), "\(name): the message gives line and column")
            return
        }
        let errors = outcome.diagnostics.filter { $0.severity == .error }
        #expect(!errors.isEmpty, "\(name) was accepted")
        for error in errors { self.expectLocated(error, in: outcome.resource?.document, name) }
    }

    @Test("ordinary and edge files are read; unsupported types are reported as such",
          arguments: files.filter { !$0.hasPrefix("bad-") })
    func readableFiles(name: String) throws {
        let outcome = try Self.read(name)
        guard let resource = outcome.resource else {
            Issue.record("\(name) was not read: \(outcome.thrown.map(\.description) ?? "")")
            return
        }
        if !resource.isSupported {
            let unsupported = outcome.diagnostics.contains {
                $0.code == .fhirResourceUnsupported && $0.location == .jsonPointer("")
            }
            #expect(unsupported, "\(name): the unsupported type is reported at the root")
        }
        for diagnostic in outcome.diagnostics { self.expectLocated(diagnostic, in: resource.document, name) }
    }

    @Test("expected diagnostics of particular files", arguments: [
        ("bad-Bundle-invalid-type-code.json", "fhir.value.not-in-value-set /type"),
        ("bad-Bundle-type-missing-bom.json", "fhir.element.required-missing /"),
        ("bad-r4-Observation-two-value-choices.json", "fhir.resource.unsupported /"),
        ("bad-r4-Bundle-json-brace-for-bracket.json", "fhir.json.syntax /entry/0/resource/name"),
        ("bad-r4-Bundle-json-stray-hash.json", "fhir.json.syntax /entry/0/resource/name/0"),
        ("bad-r4-Bundle-json-wrong-close-bracket.json", "fhir.json.syntax /entry/0/resource/name/0"),
        ("bad-r4-Patient-json-missing-commas.json", "fhir.json.syntax /name/0"),
        ("bad-r4-Patient-json-trailing-commas.json", "fhir.json.syntax /name/0/given"),
        ("bad-r4-Patient-json-unquoted-key.json", "fhir.json.syntax /"),
        ("bad-r4-Patient-json-unquoted-values.json", "fhir.json.syntax /name/0/given"),
        ("bad-r5-Bundle-transaction-invalid-json-status-empty.json", "fhir.json.syntax /entry/0/resource/status"),
        ("edge-r4-Patient-json-leading-comment.json", "fhir.json.comment /"),
        ("r5-Organization-msft-bom.json", "fhir.element.cardinality /contact/0/address"),
    ])
    func particularFiles(name: String, expected: String) throws {
        guard Self.files.contains(name) else {
            print("FHIR corpus: \(name) not found; skipped")
            return
        }
        let outcome = try Self.read(name)
        let all = outcome.thrown.map { [$0.diagnostic] } ?? outcome.diagnostics
        #expect(FHIRTestSupport.summary(all).contains(expected), "\(FHIRTestSupport.summary(all))")
    }

    @Test("supported official examples validate cleanly", arguments: files.filter { $0.hasPrefix("r4-") })
    func officialExamples(name: String) throws {
        let outcome = try Self.read(name)
        guard let resource = outcome.resource, resource.isSupported, resource.resourceType != "Bundle" else { return }
        #expect(outcome.diagnostics.isEmpty, "\(name): \(FHIRTestSupport.summary(outcome.diagnostics))")
    }

    private func expectLocated(_ diagnostic: Diagnostic, in document: JSONDocument?, _ name: String) {
        guard case .jsonPointer(let pointer)? = diagnostic.location else {
            Issue.record("\(name): \(diagnostic.text) is not located by a JSON pointer")
            return
        }
        if let document { #expect(document.node(at: pointer) != nil, "\(name): \(pointer) is not in the document") }
    }
}
