import Foundation
import Store
import Testing
import WharfTestSupport

/// The daemon end to end over local folders: inbox → store → translation → outbox, with archive, acks,
/// duplicates and rejections.
@Suite struct DaemonFlowTests {
    static let vendor = "medsupply-vendor"

    @Test func orderAcknowledgmentGoesFromInboxToOutboxWithA997() async throws {
        let daemon = try DaemonHarness("daemon-flow")
        defer { daemon.folder.remove() }
        try daemon.drop(try DaemonHarness.example("examples/x12/855-order-acknowledgment.edi"), as: "po-ack.edi",
                        for: Self.vendor)
        try await daemon.step()
        #expect(daemon.archive(Self.vendor) == ["po-ack.edi"])
        #expect(daemon.outbox(Self.vendor) == ["m2-855.json", "m3-997.edi"])
        let canonical = try daemon.read(outbox: Self.vendor, "m2-855.json")
        #expect(Goldens.check(canonical, against: "Tests/PipelineTests/Goldens/855-order-acknowledgment.json") == nil)
        let ack = try daemon.read(outbox: Self.vendor, "m3-997.edi")
        #expect(ack.contains("ST*997*"))
        #expect(ack.contains("AK1*PR*5310~"))
        #expect(ack.contains("AK9*A*1*1*1~"))
        let inbound = try #require(try await daemon.store.message(MessageID(rawValue: 1)))
        #expect(inbound.state == .translated)
        #expect(inbound.partner == Self.vendor && inbound.controlKey == "ISA13 000005310")
        let outputs = try await daemon.store.messages(matching: MessageFilter(parent: inbound.id))
        #expect(outputs.map(\.state) == [.delivered, .delivered])
        #expect(outputs.map(\.role) == [.acknowledgment, .output])
        #expect(try await daemon.store.attempts(of: MessageID(rawValue: 2)).map(\.outcome) == ["delivered"])
    }

    @Test func duplicatesAreCaughtByControlNumberAndByContent() async throws {
        let daemon = try DaemonHarness("daemon-duplicates", duplicates: .skip)
        defer { daemon.folder.remove() }
        let bytes = try DaemonHarness.example("examples/x12/855-order-acknowledgment.edi")
        try daemon.drop(bytes, as: "first.edi", for: Self.vendor)
        try await daemon.step()
        // The same interchange again under the same name, and a renamed copy.
        try daemon.drop(bytes, as: "first.edi", for: Self.vendor)
        try await daemon.step()
        try daemon.drop(bytes, as: "renamed.edi", for: Self.vendor)
        try await daemon.step()
        #expect(daemon.archive(Self.vendor) == ["first-1.edi", "first.edi", "renamed.edi"])
        let duplicates = try await daemon.store.messages(matching: MessageFilter(states: [.duplicate]))
        #expect(duplicates.count == 2)
        #expect(duplicates.allSatisfy { $0.duplicateOf == MessageID(rawValue: 1) })
        #expect(daemon.outbox(Self.vendor).count == 2)
    }

    @Test func aRejectedDuplicateInterchangeIsAnsweredWithTA1Note025() async throws {
        let daemon = try DaemonHarness("daemon-duplicate-reject", duplicates: .reject)
        defer { daemon.folder.remove() }
        let bytes = try DaemonHarness.example("examples/x12/855-order-acknowledgment.edi")
        try daemon.drop(bytes, as: "first.edi", for: Self.vendor)
        try await daemon.step()
        try daemon.drop(bytes, as: "again.edi", for: Self.vendor)
        try await daemon.step()
        let answers = daemon.outbox(Self.vendor).filter { $0.hasSuffix("-TA1.edi") }
        #expect(answers.count == 1)
        let ta1 = try daemon.read(outbox: Self.vendor, try #require(answers.first))
        #expect(ta1.contains("TA1*000005310*261121*1015*R*025~"), "\(ta1)")
        let duplicate = try #require(try await daemon.store.messages(matching: MessageFilter(states: [.duplicate])).first)
        #expect(duplicate.remote == "again.edi")
        #expect(try await daemon.store.messages(matching: MessageFilter(parent: duplicate.id)).map(\.messageType) == ["TA1"])
        #expect(daemon.outbox(Self.vendor).filter { $0.hasSuffix("-855.json") }.count == 1, "translated once")
    }

    @Test func anInvalidDocumentIsRejectedWithItsAckWhileTheOthersGoThrough() async throws {
        let daemon = try DaemonHarness("daemon-reject")
        defer { daemon.folder.remove() }
        let good = try DaemonHarness.example("examples/x12/855-order-acknowledgment.edi")
        let bad = Array(String(decoding: good, as: UTF8.self)
            .replacingOccurrences(of: "000005310", with: "000005311")
            .replacingOccurrences(of: "PO1*1*10*BX", with: "PO1*1*1X*BX").utf8)
        try daemon.drop(bad, as: "a-bad.edi", for: Self.vendor)
        try daemon.drop(good, as: "b-good.edi", for: Self.vendor)
        try await daemon.step()
        #expect(daemon.outbox(Self.vendor).count == 3)
        let inbound = try await daemon.store.messages(matching: MessageFilter(direction: .inbound))
        let rejected = try #require(inbound.first { $0.remote == "a-bad.edi" })
        #expect(rejected.state == .rejected)
        #expect(rejected.diagnostics.map(\.code.rawValue).contains("x12.element.not-numeric"))
        #expect(rejected.diagnostics.first { $0.code.rawValue == "x12.element.not-numeric" }?.location?.text
            .hasPrefix("PO102") == true)
        #expect(inbound.first { $0.remote == "b-good.edi" }?.state == .translated)
        let acks = try await daemon.store.messages(matching: MessageFilter(parent: rejected.id))
        #expect(acks.map(\.role) == [.acknowledgment])
        let ack = String(decoding: try await daemon.store.body(of: try #require(acks.first).id) ?? [], as: UTF8.self)
        #expect(ack.contains("AK5*R"))
    }
}
