import Foundation
import Store
import Testing

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
        #expect(try await fixture.store.message(stored.id)?.lastError == "stored, but the remote file could not be archived")
        try await fixture.store.releaseSources(of: [stored.id, duplicate.id])
        let released = try #require(try await fixture.store.message(stored.id))
        #expect(!released.flagged && released.lastError == nil, "the problem is over once the file is archived")
        #expect(try await fixture.store.message(duplicate.id)?.flagged == true, "a duplicate stays flagged")
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
