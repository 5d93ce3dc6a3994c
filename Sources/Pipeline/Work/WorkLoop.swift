import Logging
import ServiceLifecycle
import Store

/// The loop of a worker service: claim a batch from the store, process it, and when there is nothing to claim,
/// sleep until signalled (or `idle` passes); until graceful shutdown, after which the batch in hand is finished.
struct WorkLoop {
    let what: String
    let signal: WorkSignal
    let idle: Duration
    let logger: Logger

    func run(claim: () async throws -> [StoredMessage], process: ([StoredMessage]) async -> Void) async {
        while !Task.isShuttingDownGracefully {
            let claimed: [StoredMessage]
            do {
                claimed = try await claim()
            } catch {
                self.logger.error("cannot claim messages for \(self.what)", metadata: ["error": "\(error)"])
                claimed = []
            }
            if claimed.isEmpty {
                let (signal, idle) = (self.signal, self.idle)
                _ = await withTaskCancellationOrGracefulShutdownHandler {
                    await signal.wait(timeout: idle)
                } onCancelOrGracefulShutdown: {
                    signal.signal()
                }
                continue
            }
            await process(claimed)
        }
    }
}
