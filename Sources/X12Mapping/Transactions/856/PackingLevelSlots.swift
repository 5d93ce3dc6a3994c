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
    /// Which slots hold a level (plain memory: an array property of a class is checked for exclusive access at
    /// every use).
    private let filled: UnsafeMutablePointer<Bool>

    /// Room for `capacity` levels, all empty.
    init(capacity: Int) {
        self.capacity = capacity
        self.base = .allocate(capacity: Swift.max(capacity, 1))
        self.filled = .allocate(capacity: Swift.max(capacity, 1))
        self.filled.initialize(repeating: false, count: Swift.max(capacity, 1))
    }

    /// Makes an empty level of `kind` in slot `index`.
    func start(_ index: Int, kind: PackingLevelKind) {
        precondition(index >= 0 && index < self.capacity && !self.filled[index], "a packing level slot is filled once")
        let level = PackingLevel(kind: kind)
        (self.base + index).initialize(to: consume level)
        self.filled[index] = true
    }

    /// The level in slot `index` (filled), changed in place.
    subscript(index: Int) -> PackingLevel {
        unsafeAddress {
            precondition(index >= 0 && index < self.capacity && self.filled[index], "an empty packing level slot")
            return UnsafePointer(self.base + index)
        }
        unsafeMutableAddress {
            precondition(index >= 0 && index < self.capacity && self.filled[index], "an empty packing level slot")
            return self.base + index
        }
    }

    /// Moves the level out of slot `index` (filled), leaving it empty.
    func take(_ index: Int) -> PackingLevel {
        precondition(index >= 0 && index < self.capacity && self.filled[index], "an empty packing level slot")
        self.filled[index] = false
        return (self.base + index).move()
    }

    deinit {
        for index in 0..<self.capacity where self.filled[index] { (self.base + index).deinitialize(count: 1) }
        self.base.deallocate()
        self.filled.deallocate()
    }
}
