import Foundation

/// Golden files: the expected bytes of an output, kept in the repository.
///
/// A missing golden fails the test; `RECORD_GOLDENS=1` writes the current output instead (review the diff!).
public enum Goldens {
    /// Compares `actual` with the golden file at `path` (relative to the repository root); returns a failure message
    /// or `nil` when they are equal.
    public static func check(_ actual: String, against path: String) -> String? {
        let url = WharfProcess.repositoryRoot.appendingPathComponent(path)
        if ProcessInfo.processInfo.environment["RECORD_GOLDENS"] == "1" {
            try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try? Data(actual.utf8).write(to: url)
            return nil
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            return "golden \(path) is missing; run with RECORD_GOLDENS=1 to create it"
        }
        guard expected != actual else { return nil }
        let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
        for index in 0..<max(expectedLines.count, actualLines.count) {
            let want = index < expectedLines.count ? String(expectedLines[index]) : "<end>"
            let got = index < actualLines.count ? String(actualLines[index]) : "<end>"
            if want != got { return "\(path) differs at line \(index + 1):\n  expected: \(want)\n  actual:   \(got)" }
        }
        return "\(path) differs"
    }
}
