import Foundation
import Store
import Testing
import WharfTestSupport
import Synchronization
import WharfCore

@Suite struct IntakeTests {
    @Test func storesBytesAndMetadata() async throws {
        let fixture = try StoreFixture("intake")
        let outcome = try await fixture.store.receive(StoreFixture.intake("ISA*first", controlKey: "ISA13 000000001"),
                                                      policy: .reject)
        #expect(outcome == IntakeOutcome(id: MessageID(rawValue: 1), state: .received))
        let message = try #require(try await fixture.store.message(outcome.id))
        #expect(message.direction == .inbound)
        #expect(message.partner == "acme")
        #expect(message.controlKey == "ISA13 000000001")
        #expect(message.size == 9)
        #expect(message.contentHash.count == 64)
        #expect(try await fixture.store.body(of: outcome.id) == Array("ISA*first".utf8))
    }

    @Test func sameControlNumberIsADuplicatePerPolicy() async throws {
        let fixture = try StoreFixture("duplicate-control")
        let first = try await fixture.store.receive(StoreFixture.intake("A", controlKey: "ISA13 7"), policy: .reject)
        let again = try await fixture.store.receive(StoreFixture.intake("B", controlKey: "ISA13 7"), policy: .skip)
        #expect(again.state == .duplicate)
        #expect(again.duplicateOf == first.id)
        #expect(again.duplicateReason == .controlNumber)
        let flagged = try await fixture.store.receive(StoreFixture.intake("C", controlKey: "ISA13 7"),
                                                      policy: .acceptAndFlag)
        #expect(flagged.state == .received)
        #expect(flagged.duplicateOf == first.id)
        #expect(try await fixture.store.message(flagged.id)?.flagged == true)
        // Another partner may use the same control number.
        let other = try await fixture.store.receive(StoreFixture.intake("D", partner: "other", controlKey: "ISA13 7"),
                                                    policy: .reject)
        #expect(other.state == .received && other.duplicateOf == nil)
    }

    @Test func renamedCopyIsCaughtByContentHash() async throws {
        let fixture = try StoreFixture("duplicate-hash")
        let first = try await fixture.store.receive(StoreFixture.intake("same", remote: "in/a.edi"), policy: .skip)
        try await fixture.store.releaseSource(of: first.id)
        let copy = try await fixture.store.receive(StoreFixture.intake("same", remote: "in/b.edi"), policy: .skip)
        #expect(copy.state == .duplicate)
        #expect(copy.duplicateReason == .contentHash)
        #expect(copy.duplicateOf == first.id)
        #expect(copy.redelivery == false)
    }

    @Test func unreleasedSourceSeenAgainIsARedeliveryNotANewMessage() async throws {
        let fixture = try StoreFixture("redelivery")
        let first = try await fixture.store.receive(StoreFixture.intake("file", remote: "in/a.edi"), policy: .reject)
        // The transport crashed before moving in/a.edi: the same file is picked up again.
        let again = try await fixture.store.receive(StoreFixture.intake("file", remote: "in/a.edi"), policy: .reject)
        #expect(again == IntakeOutcome(id: first.id, state: .received, redelivery: true))
        #expect(try await fixture.store.messages(matching: MessageFilter()).count == 1)
        // Once released, the same name and bytes again is a partner's duplicate.
        try await fixture.store.releaseSource(of: first.id)
        let resent = try await fixture.store.receive(StoreFixture.intake("file", remote: "in/a.edi"), policy: .reject)
        #expect(resent.state == .duplicate && resent.redelivery == false)
    }

    @Test func aSourceProblemIsFlaggedUntilTheSourceIsReleased() async throws {
        let fixture = try StoreFixture("source-problem")
        let stored = try await fixture.store.receive(StoreFixture.intake("file", remote: "in/a.edi"), policy: .reject)
        let duplicate = try await fixture.store.receive(StoreFixture.intake("file", remote: "in/b.edi"),
                                                        policy: .acceptAndFlag)
        for id in [stored.id, duplicate.id] {
            try await fixture.store.noteSourceProblem(of: id, "stored, but the remote file could not be archived")
        }
        #expect(try await fixture.store.message(stored.id)?.flagged == true)
        #expect(try await fixture.store.message(stored.id)?.sourceProblem == "stored, but the remote file could not be archived")
        #expect(try await fixture.store.message(stored.id)?.lastError == nil, "kept apart from translation errors")
        #expect(try await fixture.store.message(duplicate.id)?.lastError?.hasPrefix("duplicate of") == true)
        try await fixture.store.releaseSources(of: [stored.id, duplicate.id])
        let released = try #require(try await fixture.store.message(stored.id))
        #expect(!released.flagged && released.sourceProblem == nil, "the problem is over once the file is archived")
        #expect(try await fixture.store.message(duplicate.id)?.flagged == true, "a duplicate stays flagged")
        #expect(try await fixture.store.message(duplicate.id)?.lastError?.hasPrefix("duplicate of") == true)
    }

    @Test func aBodyInAFileIsStoredInPiecesAndReadBackWhole() async throws {
        let fixture = try StoreFixture("body-file")
        // Larger than one piece (1 MiB) and not a multiple of it.
        let bytes = (0..<(2_500_000)).map { UInt8(truncatingIfNeeded: $0 &* 7 &+ $0 >> 11) }
        let path = try fixture.folder.write("", to: "spool/body").path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        var intake = StoreFixture.intake("ISA*head", remote: "in/big.edi")
        intake.file = BodyFile(path: path, size: bytes.count, contentHash: SHA256.hex(bytes))
        let outcome = try await fixture.store.receive(intake, policy: .reject)
        #expect(try await fixture.store.body(of: outcome.id) == bytes)
        let message = try #require(try await fixture.store.message(outcome.id))
        #expect(message.size == bytes.count && message.contentHash == SHA256.hex(bytes))
        // The same bytes again from memory are the same content.
        let again = try await fixture.store.receive(
            Intake(bytes: bytes, partner: "acme", channel: "other", transport: "directory"), policy: .skip)
        #expect(again.duplicateReason == .contentHash)
    }

    @Test func aBodyFileOfTheWrongSizeStoresNothing() async throws {
        let fixture = try StoreFixture("body-file-short")
        let path = try fixture.folder.write("only these bytes", to: "spool/body").path
        for size in [1_000, 4] {
            var intake = StoreFixture.intake("ISA*head")
            intake.file = BodyFile(path: path, size: size, contentHash: String(repeating: "0", count: 64))
            await #expect(throws: StoreError.self) { try await fixture.store.receive(intake, policy: .reject) }
        }
        #expect(try await fixture.store.messages(matching: MessageFilter()).isEmpty, "the transaction rolled back")
    }

    @Test func aNewStoreOpenedByManyAtOnceIsMigratedOnce() throws {
        // The daemon starting while `wharf messages` opens the same new store: each opener must find it whole.
        let folder = try TemporaryFolder("store-race")
        defer { folder.remove() }
        for round in 0..<5 {
            let path = folder.url.appendingPathComponent("round\(round)/wharf.sqlite").path
            let failures = Mutex<[String]>([])
            DispatchQueue.concurrentPerform(iterations: 4) { _ in
                do {
                    _ = try SQLiteMessageStore(path: path)
                } catch {
                    failures.withLock { $0.append("\(error)") }
                }
            }
            #expect(failures.withLock { $0 } == [])
        }
    }

    @Test func survivesReopening() async throws {
        let fixture = try StoreFixture("reopen")
        let outcome = try await fixture.store.receive(StoreFixture.intake("kept"), policy: .reject)
        let reopened = try SQLiteMessageStore(path: fixture.store.path)
        #expect(try await reopened.body(of: outcome.id) == Array("kept".utf8))
        let again = try await reopened.receive(StoreFixture.intake("kept"), policy: .skip)
        #expect(again.duplicateOf == outcome.id)
    }

    @Test func unwritableLocationIsAClearError() throws {
        let error = #expect(throws: StoreError.self) {
            try SQLiteMessageStore(path: "/proc/wharf/nope.sqlite")
        }
        #expect(error?.code == "store.database")
        #expect(error?.message.contains("/proc/wharf/nope.sqlite") == true)
    }
}
