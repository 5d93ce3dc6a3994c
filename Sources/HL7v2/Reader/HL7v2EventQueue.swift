/// A first-in first-out queue of events that one input step produced at once, reused without reallocating.
struct HL7v2EventQueue<Event: Sendable>: Sendable {
    private var events: [Event] = []
    private var head = 0

    /// True when no event waits.
    var isEmpty: Bool { self.head == self.events.count }

    /// Adds an event at the back.
    mutating func append(_ event: Event) { self.events.append(event) }

    /// Removes and returns the front event, if any.
    mutating func popFirst() -> Event? {
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
