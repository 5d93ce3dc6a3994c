import Foundation

/// Makes a folder refuse every change, even root's (`chattr +i`), the way a test makes a rename or a write fail on
/// a real file system.
public enum ImmutableFolder {
    /// Sets (`true`) or clears (`false`) the immutable attribute of `path`; returns whether `chattr` succeeded.
    @discardableResult
    public static func set(_ immutable: Bool, _ path: String) throws -> Bool {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/chattr")
        process.arguments = [immutable ? "+i" : "-i", path]
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus == 0
    }
}
