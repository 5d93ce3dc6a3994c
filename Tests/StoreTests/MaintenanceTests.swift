import Foundation
import Store
import Testing

@Suite struct MaintenanceTests {
    @Test func pruningRemovesOldMessagesAndReturnsSpace() async throws {
        let fixture = try StoreFixture("prune")
        let big = String(repeating: "X", count: 64 * 1024)
        for index in 0..<40 {
            _ = try await fixture.store.receive(StoreFixture.intake("\(index)\(big)", at: Double(index)), policy: .reject)
        }
        let report = try await fixture.store.prune(RetentionRule(states: [.received], olderThan: StoreFixture.time(30)))
        #expect(report.messages == 30)
        #expect(report.bytesAfter < report.bytesBefore / 2)
        #expect(try await fixture.store.messages(matching: MessageFilter()).count == 10)
        // The ledger outlives the pruned messages: the same content again is still a duplicate.
        let again = try await fixture.store.receive(StoreFixture.intake("0\(big)"), policy: .skip)
        #expect(again.state == .duplicate)
    }

    @Test func sequencesNeverRepeatAndWrap() throws {
        let fixture = try StoreFixture("sequence")
        #expect(try fixture.store.nextSequenceValue("acme.isa13", count: 1, maximum: 999_999_999) == 1)
        #expect(try fixture.store.nextSequenceValue("acme.isa13", count: 3, maximum: 999_999_999) == 2)
        #expect(try fixture.store.nextSequenceValue("acme.isa13", count: 1, maximum: 999_999_999) == 5)
        #expect(try fixture.store.nextSequenceValue("other.isa13", count: 1, maximum: 999_999_999) == 1)
        #expect(try fixture.store.nextSequenceValue("small", count: 2, maximum: 3) == 1)
        #expect(try fixture.store.nextSequenceValue("small", count: 2, maximum: 3) == 1)
        let reopened = try SQLiteMessageStore(path: fixture.store.path)
        #expect(try reopened.nextSequenceValue("acme.isa13", count: 1, maximum: 999_999_999) == 6)
    }

    @Test func concurrentSequenceUsersGetDistinctNumbers() async throws {
        let fixture = try StoreFixture("sequence-concurrent")
        let store = fixture.store
        let numbers = try await withThrowingTaskGroup(of: [Int].self) { group in
            for _ in 0..<4 {
                group.addTask { try (0..<50).map { _ in try store.nextSequenceValue("x", count: 1, maximum: 1_000_000) } }
            }
            return try await group.reduce(into: []) { $0 += $1 }
        }
        #expect(Set(numbers).count == 200)
        #expect(numbers.max() == 200)
    }

    @Test func stateCountsGroupByPartnerAndFormat() async throws {
        let fixture = try StoreFixture("counts")
        _ = try await fixture.store.receive(StoreFixture.intake("a"), policy: .reject)
        _ = try await fixture.store.receive(StoreFixture.intake("b"), policy: .reject)
        _ = try await fixture.store.receive(StoreFixture.intake("b"), policy: .skip)
        let counts = try await fixture.store.stateCounts()
        #expect(counts == [
            StateCount(state: .duplicate, direction: .inbound, partner: "acme", format: "x12", count: 1),
            StateCount(state: .received, direction: .inbound, partner: "acme", format: "x12", count: 2),
        ])
    }
}
