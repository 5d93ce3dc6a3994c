import Canonical

/// The packing levels of one ship notice while it is read: each level is made in its own slot, filled there in
/// place as its segments come, and moved once into its place in the tree (a parent's children, or the top) — a
/// level is a large value, and keeping it in an array of optionals moved it five times on the way.
///
/// A slot is started at most once (``start(_:kind:)``) and emptied at most once (``take(_:)``); the levels still in
/// their slots when the reader is done are freed with it.
final class PackingLevelSlots {
    private let base: UnsafeMutablePointer<PackingLevel>
    private let capacity: Int
    /// Per slot: 0 empty level not started, 1 started (being filled), 2 taken (moved out). Plain memory: an array
    /// property of a class is checked for exclusive access at every use.
    private let states: UnsafeMutablePointer<UInt8>

    /// Room for `capacity` levels. Every slot holds an empty level from the start — copied from one, which costs
    /// less than making each (a level made and then moved into its slot was copied and destroyed on the way).
    init(capacity: Int) {
        self.capacity = capacity
        self.base = .allocate(capacity: Swift.max(capacity, 1))
        self.base.initialize(repeating: PackingLevel(kind: PackingLevelKind(rawValue: "")), count: capacity)
        self.states = .allocate(capacity: Swift.max(capacity, 1))
        self.states.initialize(repeating: 0, count: Swift.max(capacity, 1))
    }

    /// Starts the level of `kind` in slot `index`.
    func start(_ index: Int, kind: PackingLevelKind) {
        precondition(index >= 0 && index < self.capacity && self.states[index] == 0, "a packing level slot is started once")
        self.base[index].kind = kind
        self.states[index] = 1
    }

    /// The level in slot `index` (filled), changed in place.
    subscript(index: Int) -> PackingLevel {
        unsafeAddress {
            precondition(index >= 0 && index < self.capacity && self.states[index] == 1, "a packing level not started")
            return UnsafePointer(self.base + index)
        }
        unsafeMutableAddress {
            precondition(index >= 0 && index < self.capacity && self.states[index] == 1, "a packing level not started")
            return self.base + index
        }
    }

    /// Moves the level out of slot `index` (filled), leaving it empty.
    func take(_ index: Int) -> PackingLevel {
        precondition(index >= 0 && index < self.capacity && self.states[index] == 1, "a packing level not started")
        self.states[index] = 2
        return (self.base + index).move()
    }

    deinit {
        for index in 0..<self.capacity where self.states[index] != 2 { (self.base + index).deinitialize(count: 1) }
        self.base.deallocate()
        self.states.deallocate()
    }
}
