/// Collects diagnostics through every stage of a translation; warnings accumulate, errors make the result invalid.
public struct Diagnostics: Sendable, Sequence {
    /// Everything collected, in the order found.
    public private(set) var all: [Diagnostic] = []
    /// The highest number of diagnostics kept; past it one `diagnostics.truncated` error is kept and the rest dropped,
    /// so a garbage input cannot exhaust memory.
    public let limit: Int
    private var dropped = 0

    /// Creates an empty collector.
    /// - Parameter limit: how many diagnostics to keep at most (default 10,000).
    public init(limit: Int = 10_000) { self.limit = limit }

    /// Adds one diagnostic.
    public mutating func append(_ diagnostic: Diagnostic) {
        if self.all.count < self.limit {
            self.all.append(diagnostic)
            if diagnostic.severity == .error { self.errorCount += 1 }
        } else {
            self.dropped += 1
            if self.dropped == 1 {
                self.all.append(Diagnostic(.error, DiagnosticCode("diagnostics.truncated"), at: nil,
                                           "more than \(self.limit) problems; the rest were not listed"))
                self.errorCount += 1
            }
        }
    }

    /// Adds several diagnostics.
    public mutating func append(contentsOf diagnostics: some Sequence<Diagnostic>) {
        for diagnostic in diagnostics { self.append(diagnostic) }
    }

    /// The number of error diagnostics.
    public private(set) var errorCount = 0
    /// True when at least one error was collected.
    public var hasErrors: Bool { self.errorCount > 0 }
    /// The number of diagnostics collected.
    public var count: Int { self.all.count }

    public func makeIterator() -> IndexingIterator<[Diagnostic]> { self.all.makeIterator() }
}
