extension Optional {
    /// Whether a value is present, without copying it: `value != nil` on a large struct (an order line with a
    /// dozen arrays) copies and destroys it, which the readers would otherwise do at every segment.
    @inline(__always)
    var isPresent: Bool {
        if case .some = self { return true }
        return false
    }
}
