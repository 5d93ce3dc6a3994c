import Foundation
import Transport

/// Uploads outbound messages into a partner's SFTP folder: written under a temporary name, its size verified, then
/// renamed to the final name, so the partner never sees a partial file under it. A retry after a crash that had
/// already renamed finds the final name with the same size and counts as delivered (the name is the message's id,
/// so it is the same message).
public final class SFTPDelivery: OutboundTransport, Sendable {
    let keeper: SFTPSessionKeeper
    let outbox: String
    let temporarySuffix: String

    public init(endpoint: SFTPEndpoint, outbox: String, temporarySuffix: String = ".part") {
        self.keeper = SFTPSessionKeeper(endpoint: endpoint)
        self.outbox = outbox
        self.temporarySuffix = temporarySuffix
    }

    public func deliver(_ delivery: OutboundDelivery) async throws(DeliveryError) {
        do throws(SFTPError) {
            let connection = try await self.keeper.connection()
            let final = self.outbox + "/" + delivery.fileName
            if let existing = try await connection.stat(final), existing.size == UInt64(delivery.bytes.count) { return }
            let temporary = final + self.temporarySuffix
            try await connection.write(delivery.bytes, to: temporary)
            guard let written = try await connection.stat(temporary), written.size == UInt64(delivery.bytes.count) else {
                throw SFTPError("sftp.io", "the upload of \(temporary) has the wrong size", retryable: true)
            }
            try await connection.rename(temporary, to: final)
        } catch {
            await self.keeper.reset()
            throw DeliveryError(retryable: error.isRetryable, error.message)
        }
    }

    /// Closes the session.
    public func shutdown() async { await self.keeper.reset() }
}
