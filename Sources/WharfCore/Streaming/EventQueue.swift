/// A first-in first-out queue of the events that one input step produced at once, reused without reallocating;
/// shared by the streaming readers (X12, HL7 v2). Inlinable, so each reader gets it specialized.
public struct EventQueue<Event: Sendable>: Sendable {
    @usableFromInline var events: [Event] = []
    @usableFromInline var head = 0

    /// An empty queue.
    @inlinable public init() {}

    /// True when no event waits.
    @inlinable public var isEmpty: Bool { self.head == self.events.count }

    /// Adds an event at the back.
    @inlinable public mutating func append(_ event: Event) { self.events.append(event) }

    /// Removes and returns the front event, if any.
    @inlinable public mutating func popFirst() -> Event? {
        guard self.head < self.events.count else { return nil }
        let event = self.events[self.head]
        self.head += 1
        if self.head == self.events.count {
            self.events.removeAll(keepingCapacity: true)
            self.head = 0
        }
        return event
    }
}
