import Synchronization

/// Wakes a worker when there may be work: signals coalesce (a worker busy while ten arrive wakes once), and a
/// worker also wakes on its own after a timeout, so a lost signal only delays work.
public final class WorkSignal: Sendable {
    private let state = Mutex<State>(State())

    private struct State {
        var pending = false
        var waiter: CheckedContinuation<Void, Never>?
    }

    public init() {}

    /// There may be work.
    public func signal() {
        let waiter = self.state.withLock { state -> CheckedContinuation<Void, Never>? in
            if let waiter = state.waiter {
                state.waiter = nil
                return waiter
            }
            state.pending = true
            return nil
        }
        waiter?.resume()
    }

    /// Returns at the next signal (at once when one is pending), or after `timeout`.
    public func wait(timeout: Duration) async {
        await withTaskGroup(of: Void.self) { group in
            group.addTask {
                await withCheckedContinuation { continuation in
                    let resumeNow = self.state.withLock { state -> Bool in
                        if state.pending {
                            state.pending = false
                            return true
                        }
                        state.waiter?.resume()
                        state.waiter = continuation
                        return false
                    }
                    if resumeNow { continuation.resume() }
                }
            }
            group.addTask { try? await Task.sleep(for: timeout) }
            await group.next()
            group.cancelAll()
            self.signal()  // releases the waiter if the timeout won
            self.state.withLock { $0.pending = false }
        }
    }
}
