import Foundation
import Store
import Testing
import WharfCore

@Suite struct LifecycleTests {
    private func translated(_ fixture: StoreFixture, outputs: Int = 1) async throws -> (MessageID, [MessageID]) {
        let intake = try await fixture.store.receive(StoreFixture.intake("in"), policy: .reject)
        let claimed = try await fixture.store.claimForTranslation(limit: 10, lease: 60, now: StoreFixture.time(1_001))
        #expect(claimed.map(\.id) == [intake.id])
        let drafts = (0..<outputs).map { index in
            OutboundDraft(bytes: Array("out \(index)".utf8), partner: "erp", channel: "push", transport: "http",
                          format: "fhir", messageType: "Bundle")
        }
        let ids = try await fixture.store.recordTranslation(
            of: intake.id, TranslationRecord(state: .translated, outputs: drafts), now: StoreFixture.time(1_002))
        return (intake.id, ids)
    }

    @Test func translationQueuesOutputsLinkedToTheirInput() async throws {
        let fixture = try StoreFixture("translate")
        let (input, outputs) = try await self.translated(fixture, outputs: 2)
        #expect(try await fixture.store.message(input)?.state == .translated)
        let children = try await fixture.store.messages(matching: MessageFilter(parent: input))
        #expect(Set(children.map(\.id)) == Set(outputs))
        for child in children {
            #expect(child.state == .queued && child.direction == .outbound && child.role == .output)
            #expect(child.idempotencyKey?.count == 36)
        }
        #expect(Set(children.compactMap(\.idempotencyKey)).count == 2)
        // A translated message is not translated twice.
        let error = await #expect(throws: StoreError.self) {
            try await fixture.store.recordTranslation(of: input, TranslationRecord(state: .translated),
                                                      now: StoreFixture.time(1_003))
        }
        #expect(error?.code == "store.invalid-transition")
    }

    @Test func leasesKeepWorkFromBeingClaimedTwiceUntilTheyExpire() async throws {
        let fixture = try StoreFixture("lease")
        _ = try await fixture.store.receive(StoreFixture.intake("one"), policy: .reject)
        #expect(try await fixture.store.claimForTranslation(limit: 5, lease: 30, now: StoreFixture.time(1_000)).count == 1)
        #expect(try await fixture.store.claimForTranslation(limit: 5, lease: 30, now: StoreFixture.time(1_010)).isEmpty)
        #expect(try await fixture.store.claimForTranslation(limit: 5, lease: 30, now: StoreFixture.time(1_031)).count == 1)
        try await fixture.store.releaseLeases()
        #expect(try await fixture.store.claimForTranslation(limit: 5, lease: 30, now: StoreFixture.time(1_032)).count == 1)
    }

    @Test func attemptsAreRecordedWithTheSameIdempotencyKeyUntilDelivered() async throws {
        let fixture = try StoreFixture("attempts")
        let (_, outputs) = try await self.translated(fixture)
        let output = try #require(outputs.first)
        #expect(try await fixture.store.claimForDelivery(limit: 5, lease: 30, now: StoreFixture.time(1_002)).map(\.id)
            == [output])
        try await fixture.store.recordAttempt(of: output, outcome: .retry(at: StoreFixture.time(1_100)), status: 503,
                                              detail: "HTTP 503", now: StoreFixture.time(1_003))
        // Not due before its next attempt time, even once the lease is gone.
        #expect(try await fixture.store.claimForDelivery(limit: 5, lease: 30, now: StoreFixture.time(1_099)).isEmpty)
        #expect(try await fixture.store.claimForDelivery(limit: 5, lease: 30, now: StoreFixture.time(1_100)).count == 1)
        try await fixture.store.recordAttempt(of: output, outcome: .delivered, status: 200, detail: "HTTP 200",
                                              now: StoreFixture.time(1_101))
        let message = try #require(try await fixture.store.message(output))
        #expect(message.state == .delivered && message.attempts == 2 && message.lastError == nil)
        let attempts = try await fixture.store.attempts(of: output)
        #expect(attempts.map(\.outcome) == ["retry", "delivered"])
        #expect(attempts.map(\.status) == [503, 200])
        #expect(Set(attempts.map(\.idempotencyKey)) == [message.idempotencyKey])
        let error = await #expect(throws: StoreError.self) {
            try await fixture.store.recordAttempt(of: output, outcome: .delivered, status: 200, detail: nil,
                                                  now: StoreFixture.time(1_102))
        }
        #expect(error?.code == "store.invalid-transition")
    }

    @Test func attemptsRecordedTogetherKeepTheTimeEachEnded() async throws {
        let fixture = try StoreFixture("attempt-times")
        let (_, outputs) = try await self.translated(fixture)
        let output = try #require(outputs.first)
        // Ended at 1,003 with a retry at 1,004; recorded (with slower attempts) at 1,010; then one without its time.
        try await fixture.store.recordAttempts([AttemptRecord(id: output, outcome: .retry(at: StoreFixture.time(1_004)),
                                                              status: 503, at: StoreFixture.time(1_003))],
                                               now: StoreFixture.time(1_010))
        try await fixture.store.recordAttempts([AttemptRecord(id: output, outcome: .delivered)],
                                               now: StoreFixture.time(1_020))
        let attempts = try await fixture.store.attempts(of: output)
        #expect(attempts.map(\.at) == [StoreFixture.time(1_003), StoreFixture.time(1_020)])
    }

    @Test func deadMessagesReplayWithTheirKey() async throws {
        let fixture = try StoreFixture("replay")
        let (_, outputs) = try await self.translated(fixture)
        let output = try #require(outputs.first)
        try await fixture.store.recordAttempt(of: output, outcome: .dead, status: 400, detail: "HTTP 400",
                                              now: StoreFixture.time(1_003))
        let dead = try await fixture.store.messages(matching: MessageFilter(states: [.dead]))
        #expect(dead.map(\.id) == [output])
        #expect(dead.first?.lastError == "HTTP 400")
        let replayed = try await fixture.store.replay(output, now: StoreFixture.time(1_200))
        #expect(replayed.state == .queued && replayed.attempts == 0)
        #expect(replayed.idempotencyKey == dead.first?.idempotencyKey)
        try await fixture.store.recordAttempt(of: output, outcome: .delivered, status: 200, detail: nil,
                                              now: StoreFixture.time(1_201))
        #expect(try await fixture.store.attempts(of: output).map(\.number) == [1, 2])
    }

    @Test func rejectionKeepsDiagnostics() async throws {
        let fixture = try StoreFixture("reject")
        let intake = try await fixture.store.receive(StoreFixture.intake("bad"), policy: .reject)
        let diagnostic = Diagnostic(.error, DiagnosticCode(rawValue: "x12.element.not-numeric"), at: nil,
                                    "quantity must be numeric")
        let ack = OutboundDraft(bytes: Array("997".utf8), role: .acknowledgment, partner: "acme", channel: "out",
                                transport: "directory", format: "x12", messageType: "997")
        _ = try await fixture.store.recordTranslation(
            of: intake.id, TranslationRecord(state: .rejected, diagnostics: [diagnostic], error: "1 error",
                                             outputs: [ack]), now: StoreFixture.time(1_001))
        let message = try #require(try await fixture.store.message(intake.id))
        #expect(message.state == .rejected)
        #expect(message.diagnostics == [diagnostic])
        #expect(try await fixture.store.messages(matching: MessageFilter(parent: intake.id)).map(\.role) == [.acknowledgment])
    }
}
