import WharfCore

/// Follows a transaction set through its structure, segment by segment: which loop each segment is in, and the
/// structural problems 997/999 report — mandatory segment missing, segment exceeds max use, loop exceeds its repeat,
/// segment out of sequence or not in the set.
struct X12StructureWalker {
    private struct Frame {
        let entries: [X12TransactionStructure.Entry]
        var index: Int
        var counts: [Int]
        let loop: String?
    }

    let structure: X12TransactionStructure
    private var frames: [Frame]

    init(structure: X12TransactionStructure) {
        self.structure = structure
        self.frames = [Frame(entries: structure.entries, index: 0, counts: Array(repeating: 0, count: structure.entries.count),
                             loop: nil)]
    }

    /// The innermost loop the last placed segment is in.
    var loop: String? { self.frames.last?.loop }

    /// Places one segment; problems go to `problems` as (code, missing or offending tag, message).
    mutating func place(_ tagCode: UInt32, tag: @autoclosure () -> String,
                        into problems: inout [(DiagnosticCode, String, String)]) {
        var depth = self.frames.count - 1
        while depth >= 0 {
            let frame = self.frames[depth]
            // Inside a loop its trigger (entry 0) never matches again: a repeated trigger repeats the loop.
            let start = depth > 0 ? max(frame.index, 1) : frame.index
            if start < frame.entries.count,
               let found = frame.entries[start...].firstIndex(where: { $0.tagCode == tagCode }) {
                while self.frames.count - 1 > depth { self.close(into: &problems) }
                self.reportSkipped(from: frame.index, to: found, into: &problems)
                self.enter(found, into: &problems)
                return
            }
            depth -= 1
        }
        let tag = tag()
        if self.structure.tagCodes.contains(tagCode) {
            problems.append((.segmentOutOfSequence, tag, "\(tag) is not in its proper place in transaction set "
                + "\(self.structure.transactionSet)"))
        } else {
            problems.append((.segmentNotInSet, tag, "\(tag) is not part of transaction set \(self.structure.transactionSet)"))
        }
    }

    /// Closes every open loop at the end of the set (after SE), reporting what is still missing.
    mutating func finish(into problems: inout [(DiagnosticCode, String, String)]) {
        while self.frames.count > 1 { self.close(into: &problems) }
        let frame = self.frames[0]
        self.reportSkipped(from: frame.index, to: frame.entries.count, into: &problems)
    }

    private mutating func enter(_ index: Int, into problems: inout [(DiagnosticCode, String, String)]) {
        let top = self.frames.count - 1
        self.frames[top].index = index
        self.frames[top].counts[index] += 1
        let entry = self.frames[top].entries[index]
        let count = self.frames[top].counts[index]
        if let loop = entry.loop {
            if count > entry.maximum {
                problems.append((.segmentLoopExceedsMaximum, entry.tag,
                                 "loop \(loop) occurs more than \(entry.maximum) times"))
            }
            var counts = Array(repeating: 0, count: entry.children.count)
            counts[0] = 1
            self.frames.append(Frame(entries: entry.children, index: 0, counts: counts, loop: loop))
        } else if count > entry.maximum {
            problems.append((.segmentExceedsMaximumUse, entry.tag,
                             "\(entry.tag) occurs more than \(entry.maximum) times here"))
        }
    }

    private mutating func close(into problems: inout [(DiagnosticCode, String, String)]) {
        let frame = self.frames.removeLast()
        for index in (frame.index + 1)..<max(frame.index + 1, frame.entries.count)
        where frame.entries[index].mandatory && frame.counts[index] == 0 {
            problems.append(self.missing(frame.entries[index]))
        }
    }

    private func reportSkipped(from start: Int, to end: Int, into problems: inout [(DiagnosticCode, String, String)]) {
        let frame = self.frames[self.frames.count - 1]
        guard start < end else { return }
        for index in start..<end where frame.entries[index].mandatory && frame.counts[index] == 0 {
            problems.append(self.missing(frame.entries[index]))
        }
    }

    private func missing(_ entry: X12TransactionStructure.Entry) -> (DiagnosticCode, String, String) {
        (.segmentMandatoryMissing, entry.tag,
         entry.loop.map { "mandatory loop \($0) is missing" } ?? "mandatory segment \(entry.tag) is missing")
    }
}
