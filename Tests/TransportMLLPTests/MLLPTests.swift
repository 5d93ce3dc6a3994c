import Foundation
import HL7v2
import HL7v2Mapping
import NIOCore
import Testing
import Transport
import WharfCore
import WharfTestSupport

@testable import TransportMLLP

/// MLLP over real TCP on 127.0.0.1: store first, then ACK; AE with ERR for invalid messages; AR when storing
/// fails; several connections at once; size limit, idle timeout, framing junk; sender timeout and retry.
@Suite(.serialized) struct MLLPTests {
    static let requisition = try! String(contentsOf: WharfProcess.repositoryRoot
        .appendingPathComponent("examples/hl7v2/oms-o05-supply-requisition.hl7"), encoding: .utf8)

    static func message(controlID: String) -> [UInt8] {
        Array(Self.requisition.replacingOccurrences(of: "|MSG00001|", with: "|\(controlID)|").utf8)
    }

    /// The MSA segment of an ACK.
    static func msa(_ ack: [UInt8]) -> String {
        String(decoding: ack, as: UTF8.self).split(separator: "\r").first { $0.hasPrefix("MSA") }.map(String.init) ?? ""
    }

    /// A running listener storing into a temporary folder.
    struct Running {
        let folder: TemporaryFolder
        let listener: MLLPListener
        let port: Int

        init(sink: (any InboundSink)? = nil, maximumMessageBytes: Int = 1 << 20,
             idleTimeout: TimeAmount = .seconds(30)) async throws {
            self.folder = try TemporaryFolder("mllp")
            let store = try DirectorySink(folder: self.folder.url.appendingPathComponent("inbox"))
            self.listener = MLLPListener(
                configuration: .init(port: 0, maximumMessageBytes: maximumMessageBytes, idleTimeout: idleTimeout),
                sink: sink ?? store, acknowledger: HL7v2InboundAcknowledger())
            self.port = try await self.listener.start()
        }

        var stored: [[UInt8]] {
            let inbox = self.folder.url.appendingPathComponent("inbox")
            let names = ((try? FileManager.default.contentsOfDirectory(atPath: inbox.path)) ?? []).filter { $0.hasSuffix(".msg") }
            return names.sorted().compactMap { try? Array(Data(contentsOf: inbox.appendingPathComponent($0))) }
        }

        func stop() async throws {
            try await self.listener.stop()
            self.folder.remove()
        }
    }

    @Test func aValidMessageIsStoredThenAccepted() async throws {
        let running = try await Running()
        let ack = try await MLLPSender(configuration: .init(host: "127.0.0.1", port: running.port))
            .send(Self.message(controlID: "C1"))
        #expect(Self.msa(ack) == "MSA|AA|C1")
        #expect(running.stored == [Self.message(controlID: "C1")])
        try await running.stop()
    }

    @Test func anInvalidMessageIsStoredAndAnsweredWithErrors() async throws {
        let running = try await Running()
        let broken = String(decoding: Self.message(controlID: "C2"), as: UTF8.self)
            .replacingOccurrences(of: "|20261124\r", with: "|2026-11-24\r")
        let ack = try await MLLPSender(configuration: .init(host: "127.0.0.1", port: running.port)).send(Array(broken.utf8))
        #expect(Self.msa(ack) == "MSA|AE|C2")
        #expect(String(decoding: ack, as: UTF8.self).contains("ERR||RQD^1^10^1|102^Data type error^HL70357|E"))
        #expect(running.stored.count == 1)
        try await running.stop()
    }

    struct FailingSink: InboundSink {
        func accept(_ payload: Payload, from origin: Origin) async throws -> Receipt {
            throw POSIXError(.ENOSPC)
        }
    }

    @Test func whatCannotBeStoredIsNeverAccepted() async throws {
        let running = try await Running(sink: FailingSink())
        let ack = try await MLLPSender(configuration: .init(host: "127.0.0.1", port: running.port))
            .send(Self.message(controlID: "C3"))
        #expect(Self.msa(ack) == "MSA|AR|C3")
        #expect(String(decoding: ack, as: UTF8.self).contains("|207^Application internal error^HL70357|E"))
        try await running.stop()
    }

    @Test func severalConnectionsAtOnceEachGetTheirOwnAnswers() async throws {
        let running = try await Running()
        let port = running.port
        let answers = try await withThrowingTaskGroup(of: [String].self) { group in
            for connection in 0..<8 {
                group.addTask {
                    var msas: [String] = []
                    let sender = MLLPSender(configuration: .init(host: "127.0.0.1", port: port))
                    for message in 0..<5 {
                        msas.append(Self.msa(try await sender.send(Self.message(controlID: "K\(connection)-\(message)"))))
                    }
                    return msas
                }
            }
            return try await group.reduce(into: []) { $0 += $1 }
        }
        #expect(Set(answers) == Set((0..<8).flatMap { connection in (0..<5).map { "MSA|AA|K\(connection)-\($0)" } }))
        #expect(running.stored.count == 40)
        try await running.stop()
    }

    @Test func messagesOnOneConnectionAreAnsweredInOrderWhateverTheFraming() async throws {
        let running = try await Running()
        let client = try RawTCPClient(port: running.port)
        // Junk before the first frame is skipped; the frames arrive one byte at a time.
        let stream = Array("junk\r\n".utf8) + MLLPFraming.frame(Self.message(controlID: "O1"))
            + MLLPFraming.frame(Self.message(controlID: "O2"))
        for byte in stream { client.send([byte]) }
        let first = try #require(await client.receiveFrameOffPool())
        let second = try #require(await client.receiveFrameOffPool())
        #expect(first.first == MLLPFraming.start && first.suffix(2) == [0x1C, 0x0D])
        #expect(Self.msa(Array(first.dropFirst().dropLast(2))) == "MSA|AA|O1")
        #expect(Self.msa(Array(second.dropFirst().dropLast(2))) == "MSA|AA|O2")
        try await running.stop()
    }

    @Test func anOversizeMessageClosesTheConnectionUnacknowledged() async throws {
        let running = try await Running(maximumMessageBytes: 256)
        let client = try RawTCPClient(port: running.port)
        client.send(MLLPFraming.frame(Array(repeating: UInt8(ascii: "A"), count: 1000)))
        #expect(await client.receiveFrameOffPool() == nil)
        #expect(running.stored.isEmpty)
        try await running.stop()
    }

    @Test func anIdleConnectionIsClosed() async throws {
        let running = try await Running(idleTimeout: .milliseconds(200))
        let client = try RawTCPClient(port: running.port, receiveTimeout: 5)
        let started = Date()
        #expect(await client.receiveFrameOffPool() == nil)
        #expect(Date().timeIntervalSince(started) < 4)
        try await running.stop()
    }

    /// A sink that takes `delay` on its first call only.
    final class SlowFirstSink: InboundSink, @unchecked Sendable {
        let inner: DirectorySink
        let lock = NSLock()
        var calls = 0

        init(_ inner: DirectorySink) { self.inner = inner }

        func accept(_ payload: Payload, from origin: Origin) async throws -> Receipt {
            let first = self.lock.withLock {
                self.calls += 1
                return self.calls == 1
            }
            if first { try await Task.sleep(nanoseconds: 4_000_000_000) }
            return try await self.inner.accept(payload, from: origin)
        }
    }

    @Test func theSenderRetriesAfterATimeout() async throws {
        let folder = try TemporaryFolder("mllp-slow")
        defer { folder.remove() }
        let sink = SlowFirstSink(try DirectorySink(folder: folder.url))
        let listener = MLLPListener(configuration: .init(port: 0), sink: sink, acknowledger: HL7v2InboundAcknowledger())
        let port = try await listener.start()
        let sender = MLLPSender(configuration: .init(host: "127.0.0.1", port: port,
                                                     acknowledgmentTimeout: .seconds(1), retries: 2,
                                                     backoff: .milliseconds(50)))
        let ack = try await sender.send(Self.message(controlID: "R1"))
        #expect(Self.msa(ack) == "MSA|AA|R1")
        let noRetry = MLLPSender(configuration: .init(host: "127.0.0.1", port: 1, acknowledgmentTimeout: .milliseconds(300),
                                                      retries: 0))
        await #expect(throws: MLLPError.self) { try await noRetry.send(Self.message(controlID: "R2")) }
        try await listener.stop()
    }
}
