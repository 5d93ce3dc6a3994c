import Partners
import Pipeline
import Synchronization
import Testing

/// A sequence that counts how often it is asked.
final class CountingSequence: ControlNumberSequence {
    let state = Mutex((last: 0, calls: 0))

    func next(_ kind: ControlNumberKind, partner: String, count: Int) throws(ControlNumberError) -> Int {
        self.state.withLock { state in
            state.calls += 1
            let first = state.last + 1
            state.last += count
            return first
        }
    }
}

@Suite struct ControlNumberBlocksTests {
    @Test func numbersComeFromReservedBlocksWithoutRepeats() throws {
        let underlying = CountingSequence()
        let blocks = ControlNumberBlocks(underlying, blockSize: 10)
        var numbers: [Int] = []
        for _ in 0..<25 { numbers.append(try blocks.next(.interchange, partner: "acme")) }
        #expect(numbers == Array(1...25))
        #expect(underlying.state.withLock { $0.calls } == 3)
        // A request larger than what is left takes a fresh block; the rest of the old one is skipped, never reused.
        let run = try blocks.next(.interchange, partner: "acme", count: 8)
        #expect(run == 31)
        // A restart (a new cache over the same sequence) continues after every reserved number.
        #expect(try ControlNumberBlocks(underlying, blockSize: 10).next(.interchange, partner: "acme") == 41)
    }
}
