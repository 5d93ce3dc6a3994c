import Foundation

/// Delivers outbound messages as files in a local folder: written under a temporary name, fsynced and renamed, so
/// the final name never holds a partial file.
public struct DirectoryDelivery: OutboundTransport {
    public var folder: String
    public var temporarySuffix: String

    public init(folder: String, temporarySuffix: String = ".part") {
        self.folder = folder
        self.temporarySuffix = temporarySuffix
    }

    public func deliver(_ delivery: OutboundDelivery) async throws(DeliveryError) {
        do {
            try FileManager.default.createDirectory(atPath: self.folder, withIntermediateDirectories: true)
        } catch {
            throw DeliveryError(retryable: true, "cannot create the outbox \(self.folder)")
        }
        let path = (self.folder as NSString).appendingPathComponent(delivery.fileName)
        do {
            try DurableFile.write(delivery.bytes, to: path, temporarySuffix: self.temporarySuffix)
        } catch {
            throw DeliveryError(retryable: true, "cannot write \(error)")
        }
    }
}
