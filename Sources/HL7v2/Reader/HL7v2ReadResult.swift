import WharfCore

/// Everything read from one input at once (``HL7v2Reader/read(_:maximumMessageSize:)``): the messages, the batch
/// envelope segments, and every diagnostic in input order — those inside messages included.
public struct HL7v2ReadResult: Hashable, Sendable {
    /// The messages, in input order.
    public var messages: [HL7v2Message] = []
    /// The batch envelope segments (FHS, BHS, BTS, FTS), in input order.
    public var batchSegments: [HL7v2Segment] = []
    /// Every diagnostic, in input order: those outside messages and each message's own.
    public var diagnostics: [Diagnostic] = []

    /// Creates an empty result.
    public init() {}

    /// Adds one reader event.
    public mutating func add(_ event: HL7v2Reader.Event) {
        switch event {
        case .message(let message):
            self.messages.append(message)
            self.diagnostics.append(contentsOf: message.diagnostics)
        case .batchSegment(let segment):
            self.batchSegments.append(segment)
        case .diagnostic(let diagnostic):
            self.diagnostics.append(diagnostic)
        }
    }

    /// True when at least one diagnostic is an error.
    public var hasErrors: Bool { self.diagnostics.contains { $0.severity == .error } }
}
