/// Which elements of one object were seen: a bit set that stays inline (no allocation) up to 128 elements.
struct FHIRPresence {
    private var low: UInt64 = 0
    private var high: UInt64 = 0
    private var overflow: [Bool]

    init(count: Int) { self.overflow = count > 128 ? [Bool](repeating: false, count: count) : [] }

    mutating func insert(_ index: Int) {
        if !self.overflow.isEmpty {
            self.overflow[index] = true
        } else if index < 64 {
            self.low |= 1 << UInt64(index)
        } else {
            self.high |= 1 << UInt64(index - 64)
        }
    }

    func contains(_ index: Int) -> Bool {
        if !self.overflow.isEmpty { return self.overflow[index] }
        return index < 64 ? self.low & (1 << UInt64(index)) != 0 : self.high & (1 << UInt64(index - 64)) != 0
    }
}
