/// A set of codes of up to 8 bytes, packed into integers (``X12CompiledSegment/pack(_:)``), looked up with a
/// multiplicative hash and linear probing: no strings and no SipHash on the validator's hot path.
struct X12PackedCodeSet: Sendable {
    private let slots: [UInt64]
    private let shift: UInt64

    /// Creates a set of packed codes (0 is never a packed code: codes are not empty).
    init(_ codes: some Collection<UInt64>) {
        var bits: UInt64 = 4
        while (1 << bits) < codes.count * 2 { bits += 1 }
        var slots = [UInt64](repeating: 0, count: 1 << Int(bits))
        let shift = 64 - bits
        let mask = UInt64(slots.count - 1)
        for code in codes {
            var index = (code &* 0x9E37_79B9_7F4A_7C15) >> shift
            while slots[Int(index)] != 0, slots[Int(index)] != code { index = (index + 1) & mask }
            slots[Int(index)] = code
        }
        self.slots = slots
        self.shift = shift
    }

    /// True when `code` is in the set.
    func contains(_ code: UInt64) -> Bool {
        let mask = UInt64(self.slots.count - 1)
        return self.slots.withUnsafeBufferPointer { slots in
            var index = (code &* 0x9E37_79B9_7F4A_7C15) >> self.shift
            while true {
                let slot = slots[Int(index)]
                if slot == code { return true }
                if slot == 0 { return false }
                index = (index + 1) & mask
            }
        }
    }
}
