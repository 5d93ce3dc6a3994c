import Foundation

/// When to try a failed delivery again: exponential backoff with jitter, the receiver's `Retry-After` when it is
/// longer, and a limit of attempts after which the message is dead-lettered.
public struct RetryPolicy: Sendable, Hashable {
    /// Attempts in all (the first included) before giving up.
    public var maximumAttempts: Int
    /// The delay after the first failure; doubled after each further one.
    public var initialDelay: Double
    /// No delay exceeds this (nor does a `Retry-After`).
    public var maximumDelay: Double
    /// Each delay is multiplied by a random factor in `1 - jitter ... 1 + jitter`.
    public var jitter: Double

    public init(maximumAttempts: Int = 10, initialDelay: Double = 1, maximumDelay: Double = 3_600, jitter: Double = 0.2) {
        self.maximumAttempts = maximumAttempts
        self.initialDelay = initialDelay
        self.maximumDelay = maximumDelay
        self.jitter = jitter
    }

    /// Seconds to wait after failed attempt number `attempt` (1 for the first), or `nil` when it was the last.
    public func delay(afterAttempt attempt: Int, retryAfter: Double?,
                      random: Double = Double.random(in: 0...1)) -> Double? {
        guard attempt < self.maximumAttempts else { return nil }
        let exponential = self.initialDelay * pow(2, Double(max(0, attempt - 1)))
        let jittered = min(self.maximumDelay, exponential) * (1 - self.jitter + 2 * self.jitter * random)
        return min(self.maximumDelay, max(jittered, retryAfter ?? 0))
    }
}
