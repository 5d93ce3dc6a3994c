import Foundation

/// A growable array of plain values in memory it manages itself, for `CanonicalJSONBuffer`'s hot paths.
///
/// `Array` checks uniqueness and retains its storage on every append from a class property, which costs the writer
/// more than writing the bytes; this keeps a `malloc`ed block and grows it with `realloc`. The owner must call
/// ``release()`` exactly once, and must not use the storage afterwards. Indices are not checked: callers only read
/// below `count`, which every method keeps within `capacity`.
struct CanonicalJSONStorage<Element: BitwiseCopyable> {
    /// The first element.
    private(set) var base: UnsafeMutablePointer<Element>
    /// The number of elements held.
    private(set) var count = 0
    /// The number of elements that fit before the block grows.
    private(set) var capacity: Int

    /// Allocates storage.
    ///
    /// - Parameter capacity: The initial capacity, at least 1.
    init(capacity: Int) {
        let capacity = Swift.max(capacity, 1)
        guard let raw = malloc(capacity * MemoryLayout<Element>.stride) else {
            fatalError("CanonicalJSONWriter: out of memory")
        }
        self.base = raw.bindMemory(to: Element.self, capacity: capacity)
        self.capacity = capacity
    }

    /// Frees the storage.
    func release() {
        free(self.base)
    }

    /// Makes room for `extra` more elements.
    ///
    /// - Parameter extra: How many elements are about to be added.
    @inline(__always)
    mutating func reserve(_ extra: Int) {
        if self.count + extra > self.capacity {
            self.grow(to: self.count + extra)
        }
    }

    /// Grows the block to hold at least `needed` elements, doubling at least.
    ///
    /// - Parameter needed: The capacity needed.
    @inline(never)
    private mutating func grow(to needed: Int) {
        let capacity = Swift.max(needed, 2 * self.capacity)
        guard let raw = realloc(self.base, capacity * MemoryLayout<Element>.stride) else {
            fatalError("CanonicalJSONWriter: out of memory")
        }
        self.base = raw.bindMemory(to: Element.self, capacity: capacity)
        self.capacity = capacity
    }

    /// The element at `index`, which must be below `count`.
    @inline(__always)
    subscript(index: Int) -> Element {
        get { self.base[index] }
        set { self.base[index] = newValue }
    }

    /// The last element, if any.
    var last: Element? {
        self.count > 0 ? self.base[self.count - 1] : nil
    }

    /// Adds an element.
    ///
    /// - Parameter element: The element.
    @inline(__always)
    mutating func append(_ element: Element) {
        self.reserve(1)
        (self.base + self.count).initialize(to: element)
        self.count += 1
    }

    /// Adds elements copied from memory outside this storage.
    ///
    /// - Parameters:
    ///   - source: The first element to copy.
    ///   - count: How many to copy.
    @inline(__always)
    mutating func append(from source: UnsafePointer<Element>, count: Int) {
        self.reserve(count)
        (self.base + self.count).initialize(from: source, count: count)
        self.count += count
    }

    /// Adds elements copied from a buffer outside this storage.
    ///
    /// - Parameter buffer: The elements.
    @inline(__always)
    mutating func append(_ buffer: UnsafeBufferPointer<Element>) {
        if let source = buffer.baseAddress {
            self.append(from: source, count: buffer.count)
        }
    }

    /// Lets `body` write up to `maximum` elements at the end directly, then keeps as many as it says it wrote.
    ///
    /// - Parameters:
    ///   - maximum: The most elements `body` may write.
    ///   - body: Writes from the pointer it is given and returns how many elements it wrote.
    /// - Returns: What `body` returns.
    @inline(__always)
    @discardableResult
    mutating func appendDirectly(maximum: Int, _ body: (UnsafeMutablePointer<Element>) -> Int) -> Int {
        self.reserve(maximum)
        let written = body(self.base + self.count)
        self.count += written
        return written
    }

    /// Drops elements from the end until `count` remain.
    ///
    /// - Parameter count: The number of elements to keep; at most `self.count`.
    @inline(__always)
    mutating func truncate(to count: Int) {
        self.count = count
    }
}
