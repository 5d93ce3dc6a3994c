import Canonical
import Foundation
import Testing
import WharfCore
import WharfTestSupport
import X12Mapping

/// Every X12 file of the shared corpus through the real `wharf` binary: ordinary and `edge-` files are read by
/// `inspect` (an `edge-` file may instead exit 1 with a clear diagnostic); every `bad-` file makes `validate` exit 1
/// with at least one located error. Nothing crashes or hangs.
@Suite(.enabled(if: Corpus.isPresent("x12"), "../shared/corpus/x12 is not present"))
struct X12CorpusTests {
    @Test(arguments: Corpus.files("x12").filter { !$0.hasPrefix("bad-") })
    func ordinaryAndEdgeFilesAreInspected(_ name: String) throws {
        let result = try WharfProcess.run(["inspect", "--from", "x12", Corpus.path("x12", name)], timeout: 30)
        #expect(!result.crashed && !result.timedOut, "\(name) crashed or hung: \(result.stderr)")
        if name.hasPrefix("edge-") {
            #expect(result.status == 0 || (result.status == 1 && result.stderr.contains("x12.")), "\(name)")
        } else {
            #expect(result.status == 0, "\(name): \(result.stderr)")
            #expect(result.stdout.split(separator: "\n").count >= 3, "\(name) shows too few segments")
        }
    }

    @Test(arguments: Corpus.files("x12").filter { $0.hasPrefix("bad-") })
    func badFilesAreRejectedWithALocatedDiagnostic(_ name: String) throws {
        let result = try WharfProcess.run(["validate", "--from", "x12", "--format", "json", Corpus.path("x12", name)],
                                          timeout: 30)
        #expect(!result.crashed && !result.timedOut, "\(name) crashed or hung: \(result.stderr)")
        #expect(result.status == 1, "\(name) was not rejected")
        let report = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        let diagnostics = report?["diagnostics"] as? [[String: Any]] ?? []
        let located = diagnostics.filter { diagnostic in
            guard diagnostic["severity"] as? String == "error",
                  let location = diagnostic["location"] as? [String: Any] else { return false }
            return location["line"] is Int && location["byteOffset"] is Int
        }
        #expect(!located.isEmpty, "\(name) has no located error")
    }

    @Test(arguments: Corpus.files("x12").filter { !$0.hasPrefix("bad-") })
    func validateNeverCrashes(_ name: String) throws {
        let result = try WharfProcess.run(["validate", "--from", "x12", Corpus.path("x12", name)], timeout: 30)
        #expect(!result.crashed && !result.timedOut, "\(name) crashed or hung")
        #expect(result.status == 0 || result.status == 1, "\(name): \(result.stderr)")
    }
}

/// Every `bad-` X12 file of the corpus gets an acknowledgment that rejects it (997/999 with AK5/IK5 or AK9 `R`, or a
/// TA1 with `R`), except inputs with no interchange at all, which cannot be acknowledged and exit 1.
@Suite(.enabled(if: Corpus.isPresent("x12"), "../shared/corpus/x12 is not present"))
struct X12CorpusAcknowledgmentTests {
    @Test(arguments: Corpus.files("x12").filter { $0.hasPrefix("bad-") })
    func badFilesAreRejectedByTheirAcknowledgment(_ name: String) throws {
        let result = try WharfProcess.run(["ack", "--from", "x12", "--at", "202611221200", Corpus.path("x12", name)],
                                          timeout: 30)
        #expect(!result.crashed && !result.timedOut, "\(name) crashed or hung")
        if result.status == 1 {
            #expect(result.stderr.contains("no X12 interchange"), "\(name): \(result.stderr)")
            return
        }
        #expect(result.status == 0, "\(name): \(result.stderr)")
        let ack = result.stdout
        let rejects = ["AK5*R", "IK5*R", "AK9*R", "AK9*P"].contains { ack.contains($0) }
            || ack.range(of: #"TA1.[0-9]{9}.[0-9]{6}.[0-9]{4}.R"#, options: .regularExpression) != nil
        #expect(rejects, "\(name): the acknowledgment does not reject it:\n\(ack)")
    }
}

/// Every 850/855/856/810 file of the corpus (ordinary and `edge-`) translates to canonical with exit 0 (warnings
/// allowed), back to X12 with a valid envelope, and to canonical again with the same documents.
@Suite(.enabled(if: Corpus.isPresent("x12"), "../shared/corpus/x12 is not present"))
struct X12CorpusTranslationTests {
    static let files = Corpus.files("x12").filter { name in
        let set = name.hasPrefix("edge-") ? String(name.dropFirst(5).prefix(3)) : String(name.prefix(3))
        return !name.hasPrefix("bad-") && ["850", "855", "856", "810"].contains(set)
    }

    @Test(arguments: Self.files)
    func translatesBothWays(_ name: String) throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("wharf-corpus-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let canonical = directory.appendingPathComponent("first.json").path
        let x12 = directory.appendingPathComponent("back.edi").path
        let first = try WharfProcess.run(["translate", Corpus.path("x12", name), "--to", "canonical", "-o", canonical])
        #expect(first.status == 0, "\(name): \(first.stderr)")
        guard first.status == 0 else { return }
        let back = try WharfProcess.run(["translate", canonical, "--to", "x12", "--at", "202611221200", "-o", x12])
        #expect(back.status == 0, "\(name): \(back.stderr)")
        let validation = try WharfProcess.run(["validate", "--format", "json", x12])
        let envelopeCodes = ["x12.isa.", "x12.interchange.", "x12.group.", "x12.transaction.", "x12.segment.unterminated"]
        for code in envelopeCodes { #expect(!validation.stdout.contains("\"code\" : \"\(code)"), "\(name): \(code)") }
        let again = try WharfProcess.run(["translate", x12, "--to", "canonical"])
        #expect(again.status == 0)
        #expect(again.stdout == (try String(contentsOfFile: canonical, encoding: .utf8)), "\(name) changed in the round trip")
    }
}

/// Every X12 file of the corpus gives the same documents and diagnostics whether each set's checks run in the
/// sequential reader or where the set is mapped (the default, on every core); see `DeferredSetChecksTests`.
@Suite(.enabled(if: Corpus.isPresent("x12"), "../shared/corpus/x12 is not present"))
struct X12CorpusDeferredChecksTests {
    @Test(arguments: Corpus.files("x12"))
    func bothWaysAgree(_ name: String) throws {
        let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: Corpus.path("x12", name))))
        func parse(deferring: Bool) -> ([CanonicalDocument], [Diagnostic]) {
            var parser = X12CanonicalParser()
            parser.deferringSetChecks = deferring
            var diagnostics = Diagnostics()
            let documents = (try? parser.parse(Payload(bytes: bytes), context: TranslationContext(),
                                               diagnostics: &diagnostics)) ?? []
            return (documents, diagnostics.all)
        }
        let (sequential, expected) = parse(deferring: false)
        let (deferred, actual) = parse(deferring: true)
        #expect(deferred == sequential, "\(name): documents differ")
        // A set without SE reports its own problems before those of the segment that ended it: order aside.
        if expected.contains(where: { $0.code.rawValue == "x12.transaction.se-missing" }) {
            #expect(actual.count == expected.count && Set(actual) == Set(expected), "\(name): diagnostics differ")
        } else {
            #expect(actual == expected, "\(name): diagnostics differ")
        }
    }
}
