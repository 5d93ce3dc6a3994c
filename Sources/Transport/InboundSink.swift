import WharfCore

/// Takes inbound payloads into durable storage. A transport acknowledges, deletes or moves the remote copy only after
/// ``accept(_:from:)`` returns.
public protocol InboundSink: Sendable {
    /// Stores `payload` durably and returns its receipt.
    /// - Throws: when the payload could not be stored; the transport must then not acknowledge it.
    func accept(_ payload: Payload, from origin: Origin) async throws -> Receipt

    /// Stores a payload held in a spool file durably, without reading it into memory when the sink can stream it.
    /// - Throws: when the payload could not be stored; the transport must then not acknowledge it.
    func accept(spooled payload: SpooledPayload, from origin: Origin) async throws -> Receipt

    /// Told by the transport once it has released the source of `receipt` (moved or deleted the file, answered the
    /// sender): a later copy of the same file is then a partner's duplicate, not a redelivery.
    func sourceReleased(_ receipt: Receipt) async throws

    /// Stores several payloads durably, all or none (one commit for the lot), and returns their receipts in order.
    func accept(_ batch: [(payload: Payload, origin: Origin)]) async throws -> [Receipt]

    /// ``sourceReleased(_:)`` for several receipts at once.
    func sourcesReleased(_ receipts: [Receipt]) async throws

    /// Told when the transport stored a payload but could not release its source (the archive folder refuses the
    /// move, say): the payload is safe, and an operator should see why the source is still there.
    func sourceNotReleased(_ receipt: Receipt, reason: String) async
}

extension InboundSink {
    /// Reads the spool file and stores it like any payload by default.
    public func accept(spooled payload: SpooledPayload, from origin: Origin) async throws -> Receipt {
        try await self.accept(try payload.load(), from: origin)
    }

    /// Nothing to remember by default.
    public func sourceReleased(_ receipt: Receipt) async throws {}

    /// One at a time by default.
    public func accept(_ batch: [(payload: Payload, origin: Origin)]) async throws -> [Receipt] {
        var receipts: [Receipt] = []
        for item in batch { receipts.append(try await self.accept(item.payload, from: item.origin)) }
        return receipts
    }

    /// Nothing to record by default.
    public func sourceNotReleased(_ receipt: Receipt, reason: String) async {}

    /// One at a time by default.
    public func sourcesReleased(_ receipts: [Receipt]) async throws {
        for receipt in receipts { try await self.sourceReleased(receipt) }
    }
}

/// Decides what to answer a sender for a payload, once the sink has (or has not) stored it: an HL7 ACK, for example.
/// Implemented by the format that knows the answer; transports know no format.
public protocol InboundAcknowledger: Sendable {
    /// The answer for `payload`; `receipt` is `nil` when it could not be stored (the answer must then not accept it).
    func acknowledgment(for payload: Payload, receipt: Receipt?) -> [UInt8]
}
