import Foundation
import Testing
import WharfTestSupport

/// The FHIR goldens validate against the official definitions as PyPI's `fhir.resources` generates them (R4 with
/// 6.4.0, R5 with 8.x): `scripts/check-fhir-goldens.py` prints `ok`/`FAIL` per golden and exits 1 on a failure.
/// Without PyPI the script prints `skipped: PyPI unreachable (…)` and exits 0; the reason is printed here.
@Suite struct OfficialDefinitionsTests {
    /// What one run of the script gave.
    private struct Run {
        var status: Int32
        var output: String
        var errors: String
    }

    /// Runs the script in the repository root, its output to files; awaits its exit without blocking a thread.
    private func runScript() async throws -> Run {
        let folder = try TemporaryFolder("fhir-goldens")
        defer { folder.remove() }
        let outputURL = folder.url.appendingPathComponent("stdout")
        let errorsURL = folder.url.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: outputURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errorsURL.path, contents: nil)
        let output = try FileHandle(forWritingTo: outputURL)
        let errors = try FileHandle(forWritingTo: errorsURL)
        defer {
            try? output.close()
            try? errors.close()
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "scripts/check-fhir-goldens.py"]
        process.currentDirectoryURL = WharfProcess.repositoryRoot
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = output
        process.standardError = errors
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
            process.terminationHandler = { _ in continuation.resume() }
            do {
                try process.run()
            } catch {
                continuation.resume(throwing: error)
            }
        }
        return Run(status: process.terminationStatus,
                   output: (try? String(contentsOf: outputURL, encoding: .utf8)) ?? "",
                   errors: (try? String(contentsOf: errorsURL, encoding: .utf8)) ?? "")
    }

    @Test(.timeLimit(.minutes(10)))
    func goldensValidateAgainstTheOfficialDefinitions() async throws {
        let run = try await self.runScript()
        let lines = run.output.split(separator: "\n")
        if let skipped = lines.first(where: { $0.hasPrefix("skipped:") }) {
            print("FHIR goldens not checked against fhir.resources — \(skipped)")
        }
        let failures = lines.filter { $0.hasPrefix("FAIL") }
        #expect(run.status == 0, "\(failures.joined(separator: "\n"))\n\(run.errors)")
        #expect(failures.isEmpty)
        #expect(lines.contains { $0.hasPrefix("ok ") || $0.hasPrefix("skipped:") }, "the script checked nothing")
    }
}
