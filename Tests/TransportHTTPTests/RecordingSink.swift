import Transport
import WharfCore

/// An inbound sink that keeps what it accepted in memory, numbering messages `m1`, `m2`, …
actor RecordingSink: InboundSink {
    private(set) var stored: [(payload: Payload, origin: Origin)] = []

    func accept(_ payload: Payload, from origin: Origin) async throws -> Receipt {
        self.stored.append((payload, origin))
        return Receipt(id: "m\(self.stored.count)")
    }
}

/// An inbound sink whose store is down.
struct FailingSink: InboundSink {
    struct StoreDown: Error {}

    func accept(_ payload: Payload, from origin: Origin) async throws -> Receipt {
        throw StoreDown()
    }
}

/// A sink that holds each message until the test releases it.
actor GatedSink: InboundSink {
    private var calls = 0
    private var released = false
    private var waiters: [CheckedContinuation<Void, Never>] = []
    private var callWaiters: [CheckedContinuation<Void, Never>] = []

    func accept(_ payload: Payload, from origin: Origin) async throws -> Receipt {
        self.calls += 1
        self.callWaiters.forEach { $0.resume() }
        self.callWaiters = []
        if !self.released {
            await withCheckedContinuation { self.waiters.append($0) }
        }
        return Receipt(id: "m\(self.calls)")
    }

    func waitUntilCalled() async {
        if self.calls > 0 { return }
        await withCheckedContinuation { self.callWaiters.append($0) }
    }

    func release() {
        self.released = true
        self.waiters.forEach { $0.resume() }
        self.waiters = []
    }
}
