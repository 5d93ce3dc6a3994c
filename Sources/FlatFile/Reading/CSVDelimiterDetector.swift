/// Chooses the delimiter of a file from its first records, counting each candidate outside quotes.
///
/// The sample is the first ``sampleRecords`` records that end within the first ``sampleBytes`` bytes (or all of a
/// shorter input), so the choice is the same however the input is chunked. The winner is the candidate found the
/// same number of times in every sampled record, most often; failing that, the one found most often in the first
/// record; ties go to the earlier of `,` `;` tab `|`; with none found, `,`.
enum CSVDelimiterDetector {
    /// The most records sampled.
    static let sampleRecords = 5
    /// The most bytes sampled.
    static let sampleBytes = 64 * 1024

    /// Whether `buffer` holds enough to decide: a full sample, or (after the end of the input) all there is.
    static func canDecide(_ buffer: UnsafeBufferPointer<UInt8>, quote: UInt8?, finished: Bool) -> Bool {
        finished || buffer.count >= Self.sampleBytes
            || Self.recordEnds(buffer, quote: quote).count >= Self.sampleRecords
    }

    /// The delimiter for a file starting with `buffer`.
    static func detect(_ buffer: UnsafeBufferPointer<UInt8>, quote: UInt8?, finished: Bool,
                       candidates: [UInt8] = CSVDialect.detectableDelimiters) -> UInt8 {
        let sample = UnsafeBufferPointer(rebasing: buffer[..<min(buffer.count, Self.sampleBytes)])
        var ends = Self.recordEnds(sample, quote: quote)
        if finished, buffer.count <= Self.sampleBytes, ends.last != sample.count { ends.append(sample.count) }
        ends = Array(ends.prefix(Self.sampleRecords))
        var counts: [[Int]] = []
        var start = 0
        for end in ends {
            var inQuotes = false
            var recordCounts = [Int](repeating: 0, count: candidates.count)
            for byte in sample[start..<end] {
                if let quote, byte == quote {
                    inQuotes.toggle()
                } else if !inQuotes, let index = candidates.firstIndex(of: byte) {
                    recordCounts[index] += 1
                }
            }
            // Empty lines say nothing about the delimiter.
            let content = sample[start..<end].reversed().drop { $0 == 0x0A || $0 == 0x0D }
            if !content.isEmpty { counts.append(recordCounts) }
            start = end
        }
        guard let first = counts.first else { return candidates[0] }
        var best: (index: Int, consistent: Bool, count: Int)?
        for index in candidates.indices where first[index] > 0 {
            let consistent = counts.allSatisfy { $0[index] == first[index] }
            let candidate = (index: index, consistent: consistent, count: first[index])
            guard let current = best else {
                best = candidate
                continue
            }
            if (candidate.consistent && !current.consistent)
                || (candidate.consistent == current.consistent && candidate.count > current.count) {
                best = candidate
            }
        }
        return best.map { candidates[$0.index] } ?? candidates[0]
    }

    /// The offsets just after each line break outside quotes (a CRLF counts once).
    private static func recordEnds(_ buffer: UnsafeBufferPointer<UInt8>, quote: UInt8?) -> [Int] {
        var ends: [Int] = []
        var inQuotes = false
        var index = 0
        while index < buffer.count, ends.count < Self.sampleRecords {
            let byte = buffer[index]
            index += 1
            if let quote, byte == quote {
                inQuotes.toggle()
            } else if !inQuotes, byte == 0x0A {
                ends.append(index)
            } else if !inQuotes, byte == 0x0D {
                if index < buffer.count, buffer[index] == 0x0A { index += 1 }
                ends.append(index)
            }
        }
        return ends
    }
}
