import Foundation
import Logging
import Partners
import Pipeline
import Store
import Testing
import Transport
import TransportSFTP
import WharfCore
import WharfTestSupport

/// The drop-folder poller and the uploader against a real sshd, storing through the daemon's sink and store.
@Suite(.serialized) struct SFTPPollerTests {
    struct Harness {
        let sshd: SSHDFixture
        let store: SQLiteMessageStore
        let sink: StoreInboundSink
        var inbox: String { self.sshd.root + "/inbox" }
        var archive: String { self.sshd.root + "/archive" }

        init(_ sshd: SSHDFixture) throws {
            self.sshd = sshd
            try FileManager.default.createDirectory(atPath: sshd.root + "/inbox", withIntermediateDirectories: true)
            self.store = try SQLiteMessageStore(path: sshd.folder.url.appendingPathComponent("wharf.sqlite").path)
            var diagnostics = Diagnostics()
            let partners = PartnerDirectory.load(sshd.folder.url.appendingPathComponent("no-partners"), into: &diagnostics)
            self.sink = StoreInboundSink(store: self.store, partners: partners, translationWork: WorkSignal(),
                                         logger: Logger(label: "test") { _ in SwiftLogNoOpLogHandler() })
        }

        func poller(_ stability: SFTPPoller.Settings.Stability = .twoListings, limit: Int = 1_000) throws -> SFTPPoller {
            SFTPPoller(settings: .init(endpoint: try self.sshd.endpoint(), inbox: self.inbox, archive: self.archive,
                                       stability: stability, maxFilesPerPoll: limit, partner: "vendor",
                                       channel: "sftp-in"),
                       sink: self.sink, logger: Logger(label: "test") { _ in SwiftLogNoOpLogHandler() })
        }

        /// Drops a file on the server side (written aside, then renamed in, like a careful sender).
        func drop(_ text: String, as name: String) throws {
            let temporary = self.inbox + "/." + name + ".tmp"
            try Data(text.utf8).write(to: URL(fileURLWithPath: temporary))
            try FileManager.default.moveItem(atPath: temporary, toPath: self.inbox + "/" + name)
        }

        func files(_ folder: String) -> [String] {
            ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
        }

        func inboundCount() async throws -> Int {
            try await self.store.messages(matching: MessageFilter(direction: .inbound, limit: 100_000)).count
        }
    }

    @Test func aThousandDroppedFilesAreEachStoredOnceAndArchived() async throws {
        try await SSHDFixture.with("sftp-thousand") { sshd in
            let harness = try Harness(sshd)
            for index in 0..<1_000 { try harness.drop("ISA*file \(index)~", as: "f\(index).edi") }
            let poller = try harness.poller()
            var listing = try await poller.poll(previous: [:])
            #expect(try await harness.inboundCount() == 0, "the first listing only notes sizes and times")
            listing = try await poller.poll(previous: listing)
            #expect(listing.isEmpty)
            #expect(try await harness.inboundCount() == 1_000)
            #expect(harness.files(harness.archive).count == 1_000)
            #expect(harness.files(harness.inbox).isEmpty)
            _ = try await poller.poll(previous: try await poller.poll(previous: [:]))
            #expect(try await harness.inboundCount() == 1_000, "nothing is taken twice")
            let stored = try await harness.store.messages(matching: MessageFilter(direction: .inbound, limit: 2_000))
            #expect(Set(stored.compactMap(\.remote)).count == 1_000)
            #expect(stored.allSatisfy { $0.transport == "sftp" && $0.channel == "sftp-in" && $0.partner == "vendor" })
        }
    }

    @Test func aFileStillBeingWrittenIsNotTakenUntilItStopsGrowing() async throws {
        try await SSHDFixture.with("sftp-growing") { sshd in
            let harness = try Harness(sshd)
            try harness.drop("ISA*part one", as: "order.edi")
            let poller = try harness.poller()
            var listing = try await poller.poll(previous: [:])
            let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: harness.inbox + "/order.edi"))
            try handle.seekToEnd()
            try handle.write(contentsOf: Data("*part two~".utf8))
            try handle.close()
            listing = try await poller.poll(previous: listing)
            #expect(try await harness.inboundCount() == 0, "it grew since the last listing")
            _ = try await poller.poll(previous: listing)
            let stored = try await harness.store.messages(matching: MessageFilter(direction: .inbound))
            #expect(stored.count == 1)
            #expect(try await harness.store.body(of: try #require(stored.first).id) == Array("ISA*part one*part two~".utf8))
        }
    }

    @Test func aFileStoredBeforeACrashIsArchivedWithoutASecondProcessing() async throws {
        try await SSHDFixture.with("sftp-crash") { sshd in
            let harness = try Harness(sshd)
            try harness.drop("ISA*stored then crashed~", as: "order.edi")
            // The previous run stored the file and died before moving it.
            let earlier = try await harness.sink.accept(
                Payload(bytes: Array("ISA*stored then crashed~".utf8)),
                from: Origin(transport: "sftp", partner: "vendor", channel: "sftp-in", remote: harness.inbox + "/order.edi"))
            let poller = try harness.poller()
            _ = try await poller.poll(previous: try await poller.poll(previous: [:]))
            #expect(harness.files(harness.inbox).isEmpty)
            #expect(harness.files(harness.archive) == ["order.edi"])
            let stored = try await harness.store.messages(matching: MessageFilter(direction: .inbound))
            #expect(stored.map(\.id.description) == [earlier.id], "the redelivery stored nothing new")
            // Released now: the same name and bytes again are the partner's duplicate.
            try harness.drop("ISA*stored then crashed~", as: "order.edi")
            _ = try await poller.poll(previous: try await poller.poll(previous: [:]))
            #expect(try await harness.store.messages(matching: MessageFilter(states: [.duplicate])).count == 1)
            #expect(harness.files(harness.archive) == ["order-1.edi", "order.edi"], "archive names never collide")
        }
    }

    @Test func aDoneFileConventionWaitsForTheMarker() async throws {
        try await SSHDFixture.with("sftp-done") { sshd in
            let harness = try Harness(sshd)
            try harness.drop("ISA*waiting~", as: "order.edi")
            let poller = try harness.poller(.doneFile(suffix: ".done"))
            _ = try await poller.poll(previous: try await poller.poll(previous: [:]))
            #expect(try await harness.inboundCount() == 0)
            try harness.drop("", as: "order.edi.done")
            _ = try await poller.poll(previous: [:])
            #expect(try await harness.inboundCount() == 1)
            #expect(harness.files(harness.inbox).isEmpty, "the file is archived and its marker removed")
        }
    }

    @Test func aRenameConventionTakesFinalNamesAtFirstSightAndNeverTemporaryOnes() async throws {
        try await SSHDFixture.with("sftp-rename") { sshd in
            let harness = try Harness(sshd)
            try harness.drop("ISA*renamed~", as: "order.edi")
            for name in ["order2.edi.part", "order3.edi.tmp", ".order4.edi"] {
                try Data("ISA*half".utf8).write(to: URL(fileURLWithPath: harness.inbox + "/" + name))
            }
            let poller = try harness.poller(.renamed)
            _ = try await poller.poll(previous: [:])
            #expect(try await harness.inboundCount() == 1, "one listing is enough")
            #expect(harness.files(harness.archive) == ["order.edi"])
            let left = try FileManager.default.contentsOfDirectory(atPath: harness.inbox).sorted()
            #expect(left == [".order4.edi", "order2.edi.part", "order3.edi.tmp"])
        }
    }

    @Test func anIdleSessionTheServerDroppedIsReplacedBeforeThePoll() async throws {
        try await SSHDFixture.with("sftp-keepalive") { sshd in
            let harness = try Harness(sshd)
            var settings = try harness.poller().settings
            settings.endpoint.keepAlive = .milliseconds(1)
            let poller = SFTPPoller(settings: settings, sink: harness.sink,
                                    logger: Logger(label: "test") { _ in SwiftLogNoOpLogHandler() })
            try harness.drop("ISA*before~", as: "before.edi")
            _ = try await poller.poll(previous: try await poller.poll(previous: [:]))
            // The server goes away and comes back while the session idles between polls.
            try await sshd.kill()
            try await sshd.restart()
            try harness.drop("ISA*after~", as: "after.edi")
            try await Task.sleep(for: .milliseconds(10))
            // The keepalive probe finds the old session gone and the poll runs on a new one instead of failing.
            let listing = try await poller.poll(previous: [:])
            _ = try await poller.poll(previous: listing)
            #expect(try await harness.inboundCount() == 2)
            #expect(harness.files(harness.archive) == ["after.edi", "before.edi"])
        }
    }

    @Test func uploadsAppearOnlyUnderTheirFinalNameAndARetryIsHarmless() async throws {
        try await SSHDFixture.with("sftp-upload") { sshd in
            let outbox = sshd.root + "/outbox"
            try FileManager.default.createDirectory(atPath: outbox, withIntermediateDirectories: true)
            let delivery = SFTPDelivery(endpoint: try sshd.endpoint(), outbox: outbox)
            let bytes = Array(String(repeating: "PO1*1*10*BX~", count: 5_000).utf8)
            let message = OutboundDelivery(bytes: bytes, messageID: "m7", idempotencyKey: "k", fileName: "m7-850.edi")
            try await delivery.deliver(message)
            try await delivery.deliver(message)
            #expect(try FileManager.default.contentsOfDirectory(atPath: outbox) == ["m7-850.edi"])
            #expect([UInt8](try Data(contentsOf: URL(fileURLWithPath: outbox + "/m7-850.edi"))) == bytes)
            await delivery.shutdown()
            let unreachable = SFTPDelivery(endpoint: SFTPEndpoint(host: "127.0.0.1", port: LoopbackPort.free(), user: "root",
                                                                  authentication: .password("x"),
                                                                  hostKey: .fingerprint("SHA256:x"), timeout: .seconds(3)),
                                           outbox: outbox)
            let error = await #expect(throws: DeliveryError.self) { try await unreachable.deliver(message) }
            #expect(error?.isRetryable == true)
        }
    }
}

extension SFTPPollerTests {
    @Test func anArchiveFolderThatRefusesTheMoveLeavesTheFilesStoredFlaggedAndInPlace() async throws {
        try await SSHDFixture.with("sftp-archive-refused") { sshd in
            let harness = try Harness(sshd)
            try FileManager.default.createDirectory(atPath: harness.archive, withIntermediateDirectories: true)
            // Root writes anywhere: an immutable folder is what refuses it (chattr +i).
            #expect(try ImmutableFolder.set(true, harness.archive), "chattr is needed to make a folder refuse root")
            defer { _ = try? ImmutableFolder.set(false, harness.archive) }
            for index in 0..<3 { try harness.drop("ISA*\(index)~", as: "o\(index).edi") }
            let poller = try harness.poller()
            _ = try await poller.poll(previous: try await poller.poll(previous: [:]))
            let stored = try await harness.store.messages(matching: MessageFilter(direction: .inbound))
            #expect(stored.count == 3, "every file is stored; one refusal does not stop the others")
            #expect(stored.allSatisfy { $0.flagged && $0.sourceProblem?.contains("could not be archived") == true })
            #expect(harness.files(harness.inbox).count == 3)
            // Once the folder takes files again, the next poll archives them without storing them twice.
            try ImmutableFolder.set(false, harness.archive)
            _ = try await poller.poll(previous: try await poller.poll(previous: [:]))
            #expect(harness.files(harness.inbox).isEmpty)
            #expect(harness.files(harness.archive).count == 3)
            #expect(try await harness.inboundCount() == 3)
            let released = try await harness.store.messages(matching: MessageFilter(direction: .inbound))
            #expect(released.allSatisfy { !$0.flagged && $0.sourceProblem == nil }, "archived: the problem is over")
        }
    }

    @Test func aLargeFileIsSpooledAndStoredByteForByteWithoutItsWholeInMemory() async throws {
        try await SSHDFixture.with("sftp-spool") { sshd in
            let harness = try Harness(sshd)
            let bytes = (0..<3_000_017).map { UInt8(truncatingIfNeeded: $0 &* 131 &+ $0 >> 9) }
            try Data(bytes).write(to: URL(fileURLWithPath: harness.inbox + "/large.dat"))
            try harness.drop("ISA*small~", as: "small.edi")
            let spool = sshd.folder.url.appendingPathComponent("spool").path
            try FileManager.default.createDirectory(atPath: spool, withIntermediateDirectories: true)
            var settings = try harness.poller().settings
            settings.spoolAbove = 1 << 20
            settings.spoolFolder = spool
            let poller = SFTPPoller(settings: settings, sink: harness.sink,
                                    logger: Logger(label: "test") { _ in SwiftLogNoOpLogHandler() })
            _ = try await poller.poll(previous: try await poller.poll(previous: [:]))
            #expect(harness.files(harness.archive) == ["large.dat", "small.edi"])
            #expect(harness.files(spool).isEmpty, "the spool file is removed once stored")
            let stored = try await harness.store.messages(matching: MessageFilter(direction: .inbound))
            let large = try #require(stored.first { $0.size == bytes.count })
            #expect(large.contentHash == SHA256.hex(bytes))
            #expect(try await harness.store.body(of: large.id) == bytes)
            let small = try #require(stored.first { $0.size != bytes.count })
            #expect(try await harness.store.body(of: small.id) == Array("ISA*small~".utf8))
        }
    }

    @Test func aFileLargerThanTheStoreTakesIsLeftWhereItIsAndTheOthersGoOn() async throws {
        try await SSHDFixture.with("sftp-too-large") { sshd in
            let harness = try Harness(sshd)
            try harness.drop(String(repeating: "X", count: 200), as: "big.edi")
            try harness.drop("ISA*small~", as: "small.edi")
            var settings = try harness.poller().settings
            settings.maximumFileBytes = 100
            let poller = SFTPPoller(settings: settings, sink: harness.sink,
                                    logger: Logger(label: "test") { _ in SwiftLogNoOpLogHandler() })
            let listing = try await poller.poll(previous: [:])
            _ = try await poller.poll(previous: try await poller.poll(previous: listing))
            #expect(harness.files(harness.archive) == ["small.edi"])
            #expect(harness.files(harness.inbox) == ["big.edi"])
            #expect(try await harness.inboundCount() == 1)
        }
    }

    @Test func theServerKilledAndRestartedMidRunLosesNothingAndTakesNothingTwice() async throws {
        try await SSHDFixture.with("sftp-restart") { sshd in
            let harness = try Harness(sshd)
            for index in 0..<300 { try harness.drop("ISA*restart \(index)~", as: "r\(index).edi") }
            let poller = SFTPPoller(
                settings: .init(endpoint: try sshd.endpoint(), inbox: harness.inbox, archive: harness.archive,
                                interval: .milliseconds(100), maxFilesPerPoll: 40, partner: "vendor", channel: "sftp-in"),
                sink: harness.sink, logger: Logger(label: "test") { _ in SwiftLogNoOpLogHandler() })
            let running = Task { try await poller.run() }
            _ = await DaemonProcess.eventually(timeout: 60) { harness.files(harness.archive).count >= 60 }
            try await sshd.kill()
            let atKill = harness.files(harness.archive).count
            try await Task.sleep(for: .seconds(1))
            try await sshd.restart()
            let done = await DaemonProcess.eventually(timeout: 120) { harness.files(harness.archive).count == 300 }
            running.cancel()
            _ = try? await running.value
            #expect(done, "archived \(harness.files(harness.archive).count) of 300")
            #expect(atKill > 0 && atKill < 300, "the kill landed mid-run (\(atKill) archived)")
            #expect(harness.files(harness.inbox).isEmpty)
            #expect(try await harness.inboundCount() == 300, "nothing stored twice")
        }
    }
}
