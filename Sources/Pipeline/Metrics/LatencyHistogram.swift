/// A Prometheus histogram of durations in seconds: cumulative bucket counts, a sum and a count.
public struct LatencyHistogram: Sendable, Hashable {
    /// Upper bounds of the buckets, in seconds (`+Inf` is implied).
    public static let bounds: [Double] = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30]

    /// Observations at or below each bound (not cumulative; cumulated when rendered).
    public private(set) var counts = [Int](repeating: 0, count: LatencyHistogram.bounds.count + 1)
    public private(set) var sum: Double = 0
    public private(set) var count = 0

    public init() {}

    /// Records one duration.
    public mutating func observe(_ seconds: Double) {
        let index = Self.bounds.firstIndex { seconds <= $0 } ?? Self.bounds.count
        self.counts[index] += 1
        self.sum += seconds
        self.count += 1
    }

    /// Adds `other`'s observations to these.
    public mutating func merge(_ other: LatencyHistogram) {
        for index in self.counts.indices { self.counts[index] += other.counts[index] }
        self.sum += other.sum
        self.count += other.count
    }

    /// The value at quantile `q` (0…1) as the upper bound of the bucket it falls in; `nil` without observations.
    public func quantile(_ q: Double) -> Double? {
        guard self.count > 0 else { return nil }
        let rank = Int((q * Double(self.count)).rounded(.up))
        var seen = 0
        for (index, count) in self.counts.enumerated() {
            seen += count
            if seen >= rank { return index < Self.bounds.count ? Self.bounds[index] : .infinity }
        }
        return .infinity
    }
}
