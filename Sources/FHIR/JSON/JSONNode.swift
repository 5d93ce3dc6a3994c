/// One value inside a ``JSONDocument``: its kind, exact text, byte offset, key, JSON pointer and children.
///
/// A node is a cheap view (the document and an index); reading a string decodes it then.
///
/// ```swift
/// for member in document.root.members {
///     print(member.key!, member.kind, member.pointer)
/// }
/// ```
public struct JSONNode: Sendable, Hashable, CustomStringConvertible {
    /// The document this value belongs to.
    public let document: JSONDocument
    let index: Int

    init(document: JSONDocument, index: Int) {
        self.document = document
        self.index = index
    }

    var tape: JSONTapeNode { self.document.nodes[self.index] }

    /// What kind of value it is.
    public var kind: JSONKind { self.tape.kind }
    /// The byte offset of the value's first character in ``JSONDocument/bytes``.
    public var offset: Int { Int(self.tape.start) }
    /// The byte offset just past the value's last character.
    public var endOffset: Int { Int(self.tape.end) }
    /// The 1-based line and column of the value's first character.
    public var lineAndColumn: (line: Int, column: Int) { self.document.lineAndColumn(of: self.offset) }

    /// The enclosing object or array; `nil` for the root.
    public var parent: JSONNode? {
        let parent = self.tape.parent
        return parent < 0 ? nil : JSONNode(document: self.document, index: Int(parent))
    }

    /// The 0-based position among the parent's members or elements (0 for the root).
    public var position: Int { Int(self.tape.position) }

    /// The key when the value is an object member, decoded.
    public var key: String? {
        let tape = self.tape
        guard tape.isMember else { return nil }
        return JSONStringDecoding.string(self.document.bytes, from: Int(tape.keyStart), to: Int(tape.keyEnd),
                                         escaped: tape.flags & JSONTapeNode.Flags.keyEscaped != 0)
    }

    /// The RFC 6901 pointer of the value: `""` for the root, `/entry/0/resource/status`.
    public var pointer: String {
        var tokens: [String] = []
        var node = self
        while let parent = node.parent {
            tokens.append(parent.kind == .object ? JSONPointer.escape(node.key ?? "") : String(node.position))
            node = parent
        }
        return tokens.reversed().reduce(into: "") { text, token in text += "/" + token }
    }

    // MARK: Scalars

    /// The decoded text of a string value; `nil` for other kinds.
    public var string: String? {
        let tape = self.tape
        guard tape.kind == .string else { return nil }
        return JSONStringDecoding.string(self.document.bytes, from: Int(tape.start) + 1, to: Int(tape.end) - 1,
                                         escaped: tape.flags & JSONTapeNode.Flags.stringEscaped != 0)
    }

    /// The exact text of a number value (`1.50`, `-0`, `6.022e23`); `nil` for other kinds.
    public var numberText: String? {
        guard self.kind == .number else { return nil }
        return self.rawText
    }

    /// A number value as a ``JSONNumber``; `nil` for other kinds.
    public var number: JSONNumber? { self.numberText.map { JSONNumber(validatedText: $0) } }

    /// A boolean value; `nil` for other kinds.
    public var bool: Bool? {
        let tape = self.tape
        guard tape.kind == .bool else { return nil }
        return tape.flags & JSONTapeNode.Flags.isTrue != 0
    }

    /// True for `null`.
    public var isNull: Bool { self.kind == .null }

    /// The value's text exactly as in the input (for a string: with its quotes and escapes).
    public var rawText: String {
        let tape = self.tape
        return String(decoding: self.document.bytes[Int(tape.start)..<Int(tape.end)], as: UTF8.self)
    }

    // MARK: Containers

    /// The number of members of an object or elements of an array; 0 for scalars.
    public var count: Int { Int(self.tape.count) }

    /// The members of an object (each with its ``key``) or the elements of an array, in document order.
    public var children: Children { Children(document: self.document, parent: self.index) }

    /// The member named `key` of an object (the first, when the key is duplicated); `nil` when absent or not an object.
    public subscript(key: String) -> JSONNode? {
        guard self.kind == .object else { return nil }
        var key = key
        return key.withUTF8 { wanted in
            self.children.first { $0.keyEquals(wanted) }
        }
    }

    /// The element at a 0-based `index` of an array; `nil` when out of range or not an array.
    public subscript(index: Int) -> JSONNode? {
        guard self.kind == .array, index >= 0, index < self.count else { return nil }
        var iterator = self.children.makeIterator()
        for _ in 0..<index { _ = iterator.next() }
        return iterator.next()
    }

    /// An owned copy of the value and everything in it.
    public var value: JSONValue {
        switch self.kind {
        case .object: .object(JSONObject(self.children.map { JSONMember($0.key ?? "", $0.value) }))
        case .array: .array(self.children.map(\.value))
        case .string: .string(self.string ?? "")
        case .number: .number(JSONNumber(validatedText: self.rawText))
        case .bool: .bool(self.bool ?? false)
        case .null: .null
        }
    }

    public var description: String { "\(self.kind) at \(self.pointer.isEmpty ? "/" : self.pointer)" }

    public static func == (lhs: JSONNode, rhs: JSONNode) -> Bool {
        lhs.document === rhs.document && lhs.index == rhs.index
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(ObjectIdentifier(self.document))
        hasher.combine(self.index)
    }

    // MARK: Byte access for the validator

    /// Whether the member key equals `wanted` (UTF-8), without decoding when the key has no escapes.
    func keyEquals(_ wanted: UnsafeBufferPointer<UInt8>) -> Bool {
        let tape = self.tape
        guard tape.isMember else { return false }
        let start = Int(tape.keyStart), end = Int(tape.keyEnd)
        if tape.flags & JSONTapeNode.Flags.keyEscaped == 0 {
            guard end - start == wanted.count else { return false }
            return self.document.bytes.withUnsafeBufferPointer { bytes in
                wanted.indices.allSatisfy { bytes[start + $0] == wanted[$0] }
            }
        }
        return JSONStringDecoding.bytes(self.document.bytes, from: start, to: end).elementsEqual(wanted)
    }

    /// Calls `body` with the UTF-8 bytes of the member key (decoded only when it has escapes; empty for non-members).
    func withKeyBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        let tape = self.tape
        let start = Int(tape.keyStart), end = Int(tape.keyEnd)
        guard tape.isMember else { return body(UnsafeBufferPointer(start: nil, count: 0)) }
        if tape.flags & JSONTapeNode.Flags.keyEscaped == 0 {
            return self.document.bytes.withUnsafeBufferPointer { bytes in
                body(UnsafeBufferPointer(rebasing: bytes[start..<end]))
            }
        }
        return JSONStringDecoding.bytes(self.document.bytes, from: start, to: end).withUnsafeBufferPointer(body)
    }

    /// Calls `body` with the UTF-8 bytes of a string value (decoded only when it has escapes).
    func withStringBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        let tape = self.tape
        let start = Int(tape.start) + 1, end = Int(tape.end) - 1
        if tape.flags & JSONTapeNode.Flags.stringEscaped == 0 {
            return self.document.bytes.withUnsafeBufferPointer { bytes in
                body(UnsafeBufferPointer(rebasing: bytes[start..<end]))
            }
        }
        return JSONStringDecoding.bytes(self.document.bytes, from: start, to: end).withUnsafeBufferPointer(body)
    }

    /// Calls `body` with the raw bytes of the value's text.
    func withRawBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        let tape = self.tape
        return self.document.bytes.withUnsafeBufferPointer { bytes in
            body(UnsafeBufferPointer(rebasing: bytes[Int(tape.start)..<Int(tape.end)]))
        }
    }

    /// The children of an object or array, in document order.
    public struct Children: Sequence, Sendable {
        let document: JSONDocument
        let parent: Int

        public func makeIterator() -> Iterator {
            let tape = self.document.nodes[self.parent]
            return Iterator(document: self.document, cursor: self.parent + 1,
                            end: tape.kind == .object || tape.kind == .array ? Int(tape.next) : self.parent + 1)
        }

        public var underestimatedCount: Int { Int(self.document.nodes[self.parent].count) }

        /// Walks the children by skipping each child's subtree.
        public struct Iterator: IteratorProtocol, Sendable {
            let document: JSONDocument
            var cursor: Int
            let end: Int

            public mutating func next() -> JSONNode? {
                guard self.cursor < self.end else { return nil }
                let node = JSONNode(document: self.document, index: self.cursor)
                self.cursor = Int(self.document.nodes[self.cursor].next)
                return node
            }
        }
    }
}
