import Foundation
import Synchronization
import Testing
import Transport
import WharfCore
import WharfTestSupport

@testable import TransportMLLP

/// MLLP under volume and failure: 10,000 messages over 4 concurrent connections, each stored and acknowledged once;
/// a connection dropped mid-frame loses nothing that was acknowledged and stores nothing half-received.
@Suite(.serialized) struct MLLPVolumeTests {
    @Test func tenThousandMessagesOverFourConnectionsAreEachStoredAndAcknowledgedOnce() async throws {
        let running = try await MLLPTests.Running()
        let port = running.port
        // The clients block in read(2), so they run on threads of their own, not on Swift's cooperative pool
        // (which the listener needs to store the messages).
        let collected = Mutex<[String]>([])
        await withCheckedContinuation { (done: CheckedContinuation<Void, Never>) in
            let group = DispatchGroup()
            for connection in 0..<4 {
                group.enter()
                Thread.detachNewThread {
                    defer { group.leave() }
                    guard let client = try? RawTCPClient(port: port, receiveTimeout: 30) else { return }
                    var msas: [String] = []
                    for message in 0..<2500 {
                        client.send(MLLPFraming.frame(MLLPTests.message(controlID: "V\(connection)-\(message)")))
                        guard let frame = client.receiveFrame() else { break }
                        msas.append(MLLPTests.msa(Array(frame.dropFirst().dropLast(2))))
                    }
                    collected.withLock { $0 += msas }
                }
            }
            group.notify(queue: .global()) { done.resume() }
        }
        let answers = collected.withLock { $0 }
        #expect(answers.count == 10_000)
        #expect(Set(answers).count == 10_000)
        #expect(answers.allSatisfy { $0.hasPrefix("MSA|AA|V") })
        let stored = running.stored
        #expect(stored.count == 10_000)
        let controlIDs = Set(stored.map {
            String(decoding: $0, as: UTF8.self).split(separator: "|", omittingEmptySubsequences: false)[9]
        })
        #expect(controlIDs.count == 10_000)
        try await running.stop()
    }

    @Test func aConnectionDroppedMidFrameLosesNothingAcknowledged() async throws {
        let running = try await MLLPTests.Running()
        do {
            let client = try RawTCPClient(port: running.port)
            client.send(MLLPFraming.frame(MLLPTests.message(controlID: "D1")))
            let ack = try #require(await client.receiveFrameOffPool())
            #expect(MLLPTests.msa(Array(ack.dropFirst().dropLast(2))) == "MSA|AA|D1")
            let second = MLLPFraming.frame(MLLPTests.message(controlID: "D2"))
            client.send(Array(second.prefix(second.count / 2)))
        }
        // The client is gone; give the server a moment to see the connection close.
        try await Task.sleep(nanoseconds: 200_000_000)
        let stored = running.stored.map { String(decoding: $0, as: UTF8.self) }
        #expect(stored.count == 1)
        #expect(stored.first?.contains("|D1|") == true)
        try await running.stop()
    }
}
