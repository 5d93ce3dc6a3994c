import Foundation
import WharfCore

/// An ``InboundSink`` that writes each payload to its own file in a folder, durably (see ``DurableFile``), before
/// the receipt is returned. For tools and tests that need a sink without a message store.
public struct DirectorySink: InboundSink {
    /// The folder.
    public let folder: URL

    /// A sink writing into `folder` (created when missing).
    public init(folder: URL) throws {
        self.folder = folder
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    public func accept(_ payload: Payload, from origin: Origin) async throws -> Receipt {
        let stamp = Int(origin.receivedAt.timeIntervalSince1970 * 1000)
        let id = "\(stamp)-\(UUID().uuidString.prefix(8).lowercased())"
        try DurableFile.write(payload.bytes, to: self.folder.appendingPathComponent(id + ".msg").path)
        return Receipt(id: id)
    }
}
