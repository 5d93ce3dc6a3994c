import Pipeline
import Testing

@Suite struct RetryPolicyTests {
    @Test func backoffDoublesWithinTheJitterAndStopsAtTheLimit() {
        let policy = RetryPolicy(maximumAttempts: 4, initialDelay: 2, maximumDelay: 60, jitter: 0.2)
        #expect(policy.delay(afterAttempt: 1, retryAfter: nil, random: 0.5) == 2)
        #expect(policy.delay(afterAttempt: 2, retryAfter: nil, random: 0.5) == 4)
        #expect(abs(policy.delay(afterAttempt: 3, retryAfter: nil, random: 0)! - 6.4) < 1e-9)
        #expect(abs(policy.delay(afterAttempt: 3, retryAfter: nil, random: 1)! - 9.6) < 1e-9)
        #expect(policy.delay(afterAttempt: 4, retryAfter: nil, random: 0.5) == nil)
    }

    @Test func retryAfterIsHonouredUpToTheMaximum() {
        let policy = RetryPolicy(maximumAttempts: 10, initialDelay: 1, maximumDelay: 60, jitter: 0)
        #expect(policy.delay(afterAttempt: 1, retryAfter: 30) == 30)
        #expect(policy.delay(afterAttempt: 1, retryAfter: 600) == 60)
        #expect(policy.delay(afterAttempt: 9, retryAfter: nil) == 60)
    }
}
