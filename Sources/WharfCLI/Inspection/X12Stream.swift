import WharfCore
import X12

/// Streams an input through an ``X12Validator`` chunk by chunk, handing every event to a closure, and counts what
/// it saw.
struct X12Stream {
    /// What was seen.
    struct Counts {
        var segments = 0
        var interchanges = 0
        var groups = 0
        var transactionSets = 0

        /// `1 interchange, 1 group, 2 transaction sets, 40 segments`.
        var text: String {
            func plural(_ count: Int, _ word: String) -> String { "\(count) \(word)\(count == 1 ? "" : "s")" }
            return [plural(self.interchanges, "interchange"), plural(self.groups, "group"),
                    plural(self.transactionSets, "transaction set"), plural(self.segments, "segment")]
                .joined(separator: ", ")
        }
    }

    /// Reads `input` to the end.
    static func run(_ input: InputSource, prefix: ArraySlice<UInt8>,
                    _ handle: (X12Reader.Event) throws(CommandFailure) -> Void) throws(CommandFailure) -> Counts {
        var validator = X12Validator()
        var counts = Counts()
        func drain() throws(CommandFailure) {
            while let event = validator.next() {
                if case .segment(let segment, _) = event {
                    counts.segments += 1
                    switch segment.tagCode {
                    case X12TagCode.isa: counts.interchanges += 1
                    case X12TagCode.gs: counts.groups += 1
                    case X12TagCode.st: counts.transactionSets += 1
                    default: break
                    }
                }
                try handle(event)
            }
        }
        validator.append(prefix)
        try drain()
        try input.forEachChunk { chunk throws(CommandFailure) in
            validator.append(chunk)
            try drain()
        }
        validator.finish()
        try drain()
        return counts
    }
}
