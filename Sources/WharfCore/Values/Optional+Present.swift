extension Optional {
    /// Whether a value is present, without copying it: `value != nil` on a large struct (an order line with a
    /// dozen arrays, a validator with its tables) can copy and destroy it, which the readers would otherwise do at
    /// every segment.
    @inlinable @inline(__always)
    public var isPresent: Bool {
        if case .some = self { return true }
        return false
    }
}
