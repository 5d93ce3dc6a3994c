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
