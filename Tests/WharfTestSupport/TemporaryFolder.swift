import Foundation

/// A fresh folder under the system's temporary directory, removed by ``remove()``; for tests that write files.
public struct TemporaryFolder: Sendable {
    /// The folder.
    public let url: URL

    /// Creates an empty folder named after `label`.
    public init(_ label: String) throws {
        self.url = FileManager.default.temporaryDirectory.appendingPathComponent("wharf-\(label)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: self.url, withIntermediateDirectories: true)
    }

    /// Writes `text` to `path` under the folder (creating folders on the way) and returns the file's URL.
    @discardableResult
    public func write(_ text: String, to path: String) throws -> URL {
        let file = self.url.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: file)
        return file
    }

    /// Copies a folder of the repository (e.g. `partners/examples`) to `path` under this folder.
    @discardableResult
    public func copy(repositoryFolder: String, to path: String) throws -> URL {
        let target = self.url.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: WharfProcess.repositoryRoot.appendingPathComponent(repositoryFolder), to: target)
        return target
    }

    /// Removes the folder and everything in it.
    public func remove() { try? FileManager.default.removeItem(at: self.url) }
}
