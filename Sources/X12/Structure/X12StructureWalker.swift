import WharfCore

/// Follows a transaction set through its structure, segment by segment: which loop each segment is in, and the
/// structural problems 997/999 report — mandatory segment missing, segment exceeds max use, loop exceeds its repeat,
/// segment out of sequence or not in the set.
struct X12StructureWalker {
    /// An open level: the root, or one occurrence of a loop. Plain values; counts live in one shared stack.
    private struct Frame {
        var start: Int
        var count: Int
        var index: Int
        var countsBase: Int
        var loop: Int
    }

    let structure: X12TransactionStructure
    private let compiled: X12CompiledStructure
    private var frames: [Frame]
    private var counts: [Int]

    init(structure: X12TransactionStructure) {
        self.structure = structure
        self.compiled = structure.compiled
        self.frames = [Frame(start: 0, count: structure.compiled.rootCount, index: 0, countsBase: 0, loop: -1)]
        self.frames.reserveCapacity(8)
        // Open frames never hold more entries together than the structure has nodes: one allocation, reused.
        self.counts = Array(repeating: 0, count: structure.compiled.nodes.count + 1)
    }

    /// The innermost loop the last placed segment is in.
    var loop: String? {
        let loop = self.frames[self.frames.count - 1].loop
        return loop < 0 ? nil : self.compiled.names[loop]
    }

    /// Places one segment; problems go to `problems` as (code, missing or offending tag, message).
    mutating func place(_ tagCode: UInt32, tag: @autoclosure () -> String,
                        into problems: inout [(DiagnosticCode, String, String)]) {
        var depth = self.frames.count - 1
        while depth >= 0 {
            let frame = self.frames[depth]
            // Inside a loop its trigger (entry 0) never matches again: a repeated trigger repeats the loop.
            let first = depth > 0 ? max(frame.index, 1) : frame.index
            let found: Int? = self.compiled.nodes.withUnsafeBufferPointer { nodes in
                var index = first
                while index < frame.count {
                    if nodes[frame.start + index].tagCode == tagCode { return index }
                    index += 1
                }
                return nil
            }
            if let found {
                while self.frames.count - 1 > depth { self.close(into: &problems) }
                self.reportMissing(from: frame.index, to: found, into: &problems)
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
        self.reportMissing(from: frame.index + 1, to: frame.count, into: &problems)
    }

    private mutating func enter(_ index: Int, into problems: inout [(DiagnosticCode, String, String)]) {
        let top = self.frames.count - 1
        let frame = self.frames[top]
        self.frames[top].index = index
        self.counts[frame.countsBase + index] += 1
        let count = self.counts[frame.countsBase + index]
        let node = self.compiled.nodes[frame.start + index]
        if node.loop >= 0 {
            if count > node.maximum {
                problems.append((.segmentLoopExceedsMaximum, self.compiled.tags[frame.start + index],
                                 "loop \(self.compiled.names[node.loop]) occurs more than \(node.maximum) times"))
            }
            let base = frame.countsBase + frame.count
            self.counts.withUnsafeMutableBufferPointer { counts in
                for index in base..<(base + node.childrenCount) { counts[index] = 0 }
            }
            self.counts[base] = 1
            self.frames.append(Frame(start: node.childrenStart, count: node.childrenCount, index: 0, countsBase: base,
                                     loop: node.loop))
        } else if count > node.maximum {
            let tag = self.compiled.tags[frame.start + index]
            problems.append((.segmentExceedsMaximumUse, tag, "\(tag) occurs more than \(node.maximum) times here"))
        }
    }

    private mutating func close(into problems: inout [(DiagnosticCode, String, String)]) {
        let frame = self.frames[self.frames.count - 1]
        self.reportMissing(from: frame.index + 1, to: frame.count, into: &problems)
        self.frames.removeLast()
    }

    /// Reports the mandatory entries of the innermost frame in `start..<end` that never occurred.
    private func reportMissing(from start: Int, to end: Int, into problems: inout [(DiagnosticCode, String, String)]) {
        guard start < end else { return }
        let frame = self.frames[self.frames.count - 1]
        var index = self.compiled.nodes[frame.start + start].nextMandatory
        while index < end {
            let node = self.compiled.nodes[frame.start + index]
            defer { index = index + 1 < frame.count ? self.compiled.nodes[frame.start + index + 1].nextMandatory : frame.count }
            guard self.counts[frame.countsBase + index] == 0 else { continue }
            let tag = self.compiled.tags[frame.start + index]
            problems.append((.segmentMandatoryMissing, tag,
                             node.loop >= 0 ? "mandatory loop \(self.compiled.names[node.loop]) is missing"
                                 : "mandatory segment \(tag) is missing"))
        }
    }
}
