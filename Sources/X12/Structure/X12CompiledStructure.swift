/// A transaction set structure flattened into plain values for the walker's hot path: each loop's entries stand
/// contiguously in ``nodes``, so that following a segment compares integers and touches no reference counts.
struct X12CompiledStructure: Sendable {
    struct Node: Sendable {
        var tagCode: UInt32
        var mandatory: Bool
        var maximum: Int
        /// Index into ``names`` of the loop id, or -1 for a segment.
        var loop: Int
        var childrenStart: Int
        var childrenCount: Int
        /// The index (among its siblings) of the first mandatory sibling at or after this one, or the sibling count.
        var nextMandatory: Int
    }

    private(set) var nodes: [Node] = []
    private(set) var names: [String] = []
    /// The segment tag (or loop trigger) of each node, for messages.
    private(set) var tags: [String] = []
    let rootCount: Int

    init(_ entries: [X12TransactionStructure.Entry]) {
        self.rootCount = entries.count
        self.append(entries)
    }

    /// Appends `entries` contiguously, then each loop's children after them (breadth first, one level at a time).
    private mutating func append(_ entries: [X12TransactionStructure.Entry]) {
        let start = self.nodes.count
        for entry in entries {
            var loop = -1
            if let name = entry.loop {
                loop = self.names.firstIndex(of: name) ?? self.names.count
                if loop == self.names.count { self.names.append(name) }
            }
            self.nodes.append(Node(tagCode: entry.tagCode, mandatory: entry.mandatory, maximum: entry.maximum,
                                   loop: loop, childrenStart: 0, childrenCount: entry.children.count,
                                   nextMandatory: entries.count))
            self.tags.append(entry.tag)
        }
        var next = entries.count
        for offset in entries.indices.reversed() {
            if entries[offset].mandatory { next = offset }
            self.nodes[start + offset].nextMandatory = next
        }
        for (offset, entry) in entries.enumerated() where entry.loop != nil {
            self.nodes[start + offset].childrenStart = self.nodes.count
            self.append(entry.children)
        }
    }
}
