import Synchronization

/// Wakes a worker when there may be work: signals coalesce (a worker busy while ten arrive wakes once), and a
/// worker also wakes on its own after a timeout, so a lost signal only delays work.
///
/// Each wait is one continuation kept under a lock by its token; whoever removes it (a signal or the timeout)
/// resumes it, so it is resumed exactly once whatever the order of events.
public final class WorkSignal: Sendable {
    private let state = Mutex<State>(State())

    private struct State {
        var pending = false
        var nextToken: UInt64 = 0
        var waiters: [UInt64: CheckedContinuation<Bool, Never>] = [:]
    }

    public init() {}

    /// There may be work: wakes every waiter, or the next wait when none is waiting.
    public func signal() {
        let waiters = self.state.withLock { state -> [CheckedContinuation<Bool, Never>] in
            guard !state.waiters.isEmpty else {
                state.pending = true
                return []
            }
            defer { state.waiters.removeAll() }
            return Array(state.waiters.values)
        }
        for waiter in waiters { waiter.resume(returning: true) }
    }

    /// Returns at the next signal (at once when one is pending), or after `timeout`.
    /// - Returns: `true` when a signal ended the wait, `false` when the timeout did.
    @discardableResult
    public func wait(timeout: Duration) async -> Bool {
        await withCheckedContinuation { (continuation: CheckedContinuation<Bool, Never>) in
            let token = self.state.withLock { state -> UInt64? in
                if state.pending {
                    state.pending = false
                    return nil
                }
                state.nextToken += 1
                state.waiters[state.nextToken] = continuation
                return state.nextToken
            }
            guard let token else {
                continuation.resume(returning: true)
                return
            }
            Task {
                try? await Task.sleep(for: timeout)
                self.state.withLock { $0.waiters.removeValue(forKey: token) }?.resume(returning: false)
            }
        }
    }
}
