import Partners
import Synchronization

/// Hands out control numbers from blocks reserved in the underlying sequence, so that most translations need no
/// store commit for their numbers. A number is still never handed out twice; a restart skips the rest of a block
/// (gaps are allowed by X12 and HL7, reuse is not).
public final class ControlNumberBlocks: ControlNumberSequence {
    private struct Block {
        var next: Int
        var end: Int
    }

    private let sequence: any ControlNumberSequence
    private let blockSize: Int
    private let blocks = Mutex<[String: Block]>([:])

    public init(_ sequence: any ControlNumberSequence, blockSize: Int = 32) {
        self.sequence = sequence
        self.blockSize = max(1, blockSize)
    }

    public func next(_ kind: ControlNumberKind, partner: String, count: Int) throws(ControlNumberError) -> Int {
        let key = "\(partner).\(kind.rawValue)"
        if let number = self.blocks.withLock({ blocks -> Int? in
            guard var block = blocks[key], block.next + count - 1 <= block.end else { return nil }
            let number = block.next
            block.next += count
            blocks[key] = block
            return number
        }) {
            return number
        }
        let size = max(count, self.blockSize)
        let first = try self.sequence.next(kind, partner: partner, count: size)
        self.blocks.withLock { $0[key] = Block(next: first + count, end: first + size - 1) }
        return first
    }
}
