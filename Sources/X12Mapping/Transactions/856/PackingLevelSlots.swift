import Canonical

/// The packing levels of one ship notice while it is read: each level is made in its own slot, filled there in
/// place as its segments come, and moved once into its place in the tree (a parent's children, or the top) — a
/// level is a large value, and keeping it in an array of optionals moved it five times on the way.
///
/// A slot is filled at most once (``start(_:kind:)``) and emptied at most once (``take(_:)``); the slots still filled
/// when the reader is done are freed with it.
final class PackingLevelSlots {
    private let base: UnsafeMutablePointer<PackingLevel>
    private let capacity: Int
    private var filled: [Bool]

    /// Room for `capacity` levels, all empty.
    init(capacity: Int) {
        self.capacity = capacity
        self.base = .allocate(capacity: Swift.max(capacity, 1))
        self.filled = [Bool](repeating: false, count: capacity)
    }

    /// Makes an empty level of `kind` in slot `index`.
    func start(_ index: Int, kind: PackingLevelKind) {
        precondition(!self.filled[index], "a packing level slot is filled once")
        (self.base + index).initialize(to: PackingLevel(kind: kind))
        self.filled[index] = true
    }

    /// The level in slot `index` (filled), changed in place.
    subscript(index: Int) -> PackingLevel {
        unsafeAddress {
            precondition(self.filled[index], "an empty packing level slot")
            return UnsafePointer(self.base + index)
        }
        unsafeMutableAddress {
            precondition(self.filled[index], "an empty packing level slot")
            return self.base + index
        }
    }

    /// Moves the level out of slot `index` (filled), leaving it empty.
    func take(_ index: Int) -> PackingLevel {
        precondition(self.filled[index], "an empty packing level slot")
        self.filled[index] = false
        return (self.base + index).move()
    }

    deinit {
        for index in 0..<self.capacity where self.filled[index] { (self.base + index).deinitialize(count: 1) }
        self.base.deallocate()
    }
}
