import WharfCore

/// The reading engine behind ``JSONReader``: one pass over the bytes with an explicit stack (no recursion), filling
/// the flat node list of a ``JSONDocument``. Stops at the first syntax or encoding problem.
struct JSONParser {
    private typealias Flags = JSONTapeNode.Flags

    /// A key seen in the object being read at one depth, for duplicate detection.
    private struct SeenKey {
        var hash: UInt64
        var start: Int
        var end: Int
        var escaped: Bool
    }

    private let bytes: UnsafeBufferPointer<UInt8>
    private let options: JSONReadOptions
    private(set) var nodes: [JSONTapeNode] = []
    private(set) var issues: [JSONReadIssue] = []
    /// The open objects and arrays, innermost last.
    private var stack: [Int32] = []
    /// The keys of the object open at each depth (reused between objects).
    private var seenKeys: [[SeenKey]] = []
    /// Key hashes of a large object at each depth, filled once it passes ``largeObject`` keys.
    private var seenKeyIndex: [[UInt64: [Int]]] = []
    /// The key of the member whose value is being read.
    private var keyStart = 0
    private var keyEnd = 0
    private var keyEscaped = false
    private var inMemberValue = false
    /// The full text, for messages that need to decode a key.
    private let source: [UInt8]

    private static let largeObject = 24
    private static let trueWord: [UInt8] = Array("true".utf8)
    private static let falseWord: [UInt8] = Array("false".utf8)
    private static let nullWord: [UInt8] = Array("null".utf8)

    init(bytes: UnsafeBufferPointer<UInt8>, source: [UInt8], options: JSONReadOptions) {
        self.bytes = bytes
        self.source = source
        self.options = options
        self.nodes.reserveCapacity(max(16, bytes.count / 24))
    }

    // MARK: Main loop

    /// Reads the whole input. - Throws: the first problem that stops the reading.
    mutating func parse() throws(JSONReadError) {
        var index = try self.skipByteOrderMark()
        index = try self.skipSpace(index)
        guard index < self.bytes.count else {
            throw self.error(.fhirJSONSyntax, at: index, "the input is empty; expected a JSON value")
        }
        var expectingValue = true
        while true {
            if expectingValue {
                let (next, opened) = try self.readValue(at: index)
                index = next
                if opened { continue }
            }
            // After a value (or a container just opened and closed): what follows it.
            index = try self.skipSpace(index)
            guard let top = self.stack.last else {
                guard index == self.bytes.count else {
                    throw self.error(.fhirJSONSyntax, at: index, "\(self.describe(index)) after the end of the JSON "
                                         + "value; expected the end of the input")
                }
                return
            }
            let container = self.nodes[Int(top)]
            let closing = container.kind == .object ? UInt8(ascii: "}") : UInt8(ascii: "]")
            guard index < self.bytes.count else {
                let opened = self.place(Int(container.start))
                throw self.error(.fhirJSONSyntax, at: index,
                                 "the input ends inside \(container.kind) opened at \(opened); "
                                     + "expected ',' or '\(Character(Unicode.Scalar(closing)))'")
            }
            let byte = self.bytes[index]
            if byte == closing {
                self.close(at: index)
                index += 1
                expectingValue = false
                continue
            }
            guard byte == UInt8(ascii: ",") else {
                throw self.afterValueError(at: index, in: container)
            }
            index = try self.skipSpace(index + 1)
            if container.kind == .object {
                index = try self.readKey(at: index, closing: closing)
            } else if index < self.bytes.count, self.bytes[index] == closing {
                throw self.error(.fhirJSONSyntax, at: index,
                                 "a trailing comma before ']'; expected another element after ','")
            }
            expectingValue = true
        }
    }

    /// Reads one value at `index`. A scalar or an empty container is read whole (`opened` false, `next` after it);
    /// a non-empty container is opened (`opened` true, `next` at its first value, an object's first key read).
    private mutating func readValue(at index: Int) throws(JSONReadError) -> (next: Int, opened: Bool) {
        guard index < self.bytes.count else {
            throw self.error(.fhirJSONSyntax, at: index, "the input ends where a value was expected")
        }
        let byte = self.bytes[index]
        switch byte {
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            let kind: JSONKind = byte == UInt8(ascii: "{") ? .object : .array
            try self.open(kind, at: index)
            var next = try self.skipSpace(index + 1)
            let closing = kind == .object ? UInt8(ascii: "}") : UInt8(ascii: "]")
            if next < self.bytes.count, self.bytes[next] == closing {
                self.close(at: next)
                return (next + 1, false)
            }
            if kind == .object {
                next = try self.readKey(at: next, closing: closing)
            } else if next < self.bytes.count, self.bytes[next] == UInt8(ascii: ",") {
                throw self.error(.fhirJSONSyntax, at: next, "',' before the first element of an array")
            }
            return (next, true)
        case UInt8(ascii: "\""):
            let (end, escaped) = try self.scanString(from: index)
            self.append(.string, start: index, end: end, flags: escaped ? Flags.stringEscaped : 0)
            return (end, false)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            guard let length = JSONNumber.grammarLength(of: self.bytes, from: index) else {
                throw self.error(.fhirJSONSyntax, at: index, self.numberProblem(at: index))
            }
            let end = index + length
            if end < self.bytes.count, Self.isWordByte(self.bytes[end]) || self.bytes[end] == UInt8(ascii: ".") {
                throw self.error(.fhirJSONSyntax, at: index, self.numberProblem(at: index))
            }
            self.append(.number, start: index, end: end, flags: 0)
            return (end, false)
        case UInt8(ascii: "t"), UInt8(ascii: "f"), UInt8(ascii: "n"):
            let word = byte == UInt8(ascii: "t") ? Self.trueWord
                : byte == UInt8(ascii: "f") ? Self.falseWord : Self.nullWord
            let end = index + word.count
            guard end <= self.bytes.count, (0..<word.count).allSatisfy({ self.bytes[index + $0] == word[$0] }),
                  end == self.bytes.count || !Self.isWordByte(self.bytes[end]) else {
                throw self.error(.fhirJSONSyntax, at: index,
                                 "an unquoted word where a value was expected; strings must be in double quotes")
            }
            let kind: JSONKind = byte == UInt8(ascii: "n") ? .null : .bool
            self.append(kind, start: index, end: end, flags: byte == UInt8(ascii: "t") ? Flags.isTrue : 0)
            return (end, false)
        case UInt8(ascii: "]"), UInt8(ascii: "}"):
            let text = byte == UInt8(ascii: "]") ? "']'" : "'}'"
            if let top = self.stack.last, self.nodes[Int(top)].kind == .object, self.inMemberValue {
                throw self.error(.fhirJSONSyntax, at: index, "\(text) where the member's value was expected")
            }
            throw self.error(.fhirJSONSyntax, at: index, "\(text) where a value was expected")
        case UInt8(ascii: ","):
            throw self.error(.fhirJSONSyntax, at: index, "',' where a value was expected (a value is missing)")
        default:
            throw self.error(.fhirJSONSyntax, at: index,
                             "\(self.describe(index)) where a value was expected"
                                 + (Self.isWordByte(byte) ? "; strings must be in double quotes" : ""))
        }
    }

    /// Reads `"key"` and `:` at `index` inside an object and returns the index of the member's value.
    private mutating func readKey(at index: Int, closing: UInt8) throws(JSONReadError) -> Int {
        guard index < self.bytes.count, self.bytes[index] == UInt8(ascii: "\"") else {
            if index < self.bytes.count, self.bytes[index] == closing {
                throw self.error(.fhirJSONSyntax, at: index,
                                 "a trailing comma before '}'; expected another member after ','")
            }
            let found = self.describe(index)
            throw self.error(.fhirJSONSyntax, at: index,
                             "\(found) where a member key was expected; keys are strings in double quotes")
        }
        let (end, escaped) = try self.scanString(from: index)
        self.keyStart = index + 1
        self.keyEnd = end - 1
        self.keyEscaped = escaped
        self.inMemberValue = true
        try self.checkDuplicate()
        var next = try self.skipSpace(end)
        guard next < self.bytes.count, self.bytes[next] == UInt8(ascii: ":") else {
            throw self.error(.fhirJSONSyntax, at: next, "\(self.describe(next)) after a member key; expected ':'")
        }
        next = try self.skipSpace(next + 1)
        return next
    }

    // MARK: Tree building

    private mutating func append(_ kind: JSONKind, start: Int, end: Int, flags: UInt8) {
        var flags = flags
        var keyStart: UInt32 = 0, keyEnd: UInt32 = 0
        var parent: Int32 = -1, position: Int32 = 0
        if let top = self.stack.last {
            parent = top
            position = self.nodes[Int(top)].count
            self.nodes[Int(top)].count += 1
            if self.nodes[Int(top)].kind == .object {
                keyStart = UInt32(self.keyStart)
                keyEnd = UInt32(self.keyEnd)
                if self.keyEscaped { flags |= Flags.keyEscaped }
            }
        }
        self.inMemberValue = false
        let index = Int32(self.nodes.count)
        self.nodes.append(JSONTapeNode(kind: kind, flags: flags, start: UInt32(start), end: UInt32(end),
                                       keyStart: keyStart, keyEnd: keyEnd, parent: parent, position: position,
                                       count: 0, next: index + 1))
    }

    private mutating func open(_ kind: JSONKind, at index: Int) throws(JSONReadError) {
        guard self.stack.count < self.options.maximumDepth else {
            throw self.error(.fhirJSONTooDeep, at: index,
                             "objects and arrays nest deeper than \(self.options.maximumDepth) levels")
        }
        self.append(kind, start: index, end: index + 1, flags: 0)
        self.stack.append(Int32(self.nodes.count - 1))
        if kind == .object {
            let depth = self.stack.count - 1
            while self.seenKeys.count <= depth {
                self.seenKeys.append([])
                self.seenKeyIndex.append([:])
            }
            self.seenKeys[depth].removeAll(keepingCapacity: true)
            if !self.seenKeyIndex[depth].isEmpty { self.seenKeyIndex[depth].removeAll(keepingCapacity: true) }
        }
    }

    private mutating func close(at index: Int) {
        guard let top = self.stack.popLast() else { return }
        self.nodes[Int(top)].end = UInt32(index + 1)
        self.nodes[Int(top)].next = Int32(self.nodes.count)
        self.inMemberValue = false
    }

    // MARK: Duplicate keys

    private mutating func checkDuplicate() throws(JSONReadError) {
        let depth = self.stack.count - 1
        let keyBytes: [UInt8]? = self.keyEscaped
            ? JSONStringDecoding.bytes(self.source, from: self.keyStart, to: self.keyEnd) : nil
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        if let keyBytes {
            for byte in keyBytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        } else {
            for offset in self.keyStart..<self.keyEnd {
                hash = (hash ^ UInt64(self.bytes[offset])) &* 0x0000_0100_0000_01B3
            }
        }
        let key = SeenKey(hash: hash, start: self.keyStart, end: self.keyEnd, escaped: self.keyEscaped)
        let seen = self.seenKeys[depth]
        var duplicate = false
        if seen.count < Self.largeObject {
            duplicate = seen.contains { $0.hash == hash && self.sameKey($0, key) }
        } else {
            if self.seenKeyIndex[depth].isEmpty {
                for (position, earlier) in seen.enumerated() {
                    self.seenKeyIndex[depth][earlier.hash, default: []].append(position)
                }
            }
            duplicate = (self.seenKeyIndex[depth][hash] ?? []).contains { self.sameKey(seen[$0], key) }
            self.seenKeyIndex[depth][hash, default: []].append(seen.count)
        }
        self.seenKeys[depth].append(key)
        guard duplicate else { return }
        self.issues.append(self.issue(.fhirJSONDuplicateKey, at: self.keyStart - 1, "the key occurs more than once "
                                          + "in this object; only the first occurrence is read"))
    }

    private func sameKey(_ lhs: SeenKey, _ rhs: SeenKey) -> Bool {
        if !lhs.escaped, !rhs.escaped {
            guard lhs.end - lhs.start == rhs.end - rhs.start else { return false }
            return (0..<(lhs.end - lhs.start)).allSatisfy { self.bytes[lhs.start + $0] == self.bytes[rhs.start + $0] }
        }
        return JSONStringDecoding.bytes(self.source, from: lhs.start, to: lhs.end)
            == JSONStringDecoding.bytes(self.source, from: rhs.start, to: rhs.end)
    }

    private func currentKey() -> String {
        JSONStringDecoding.string(self.source, from: self.keyStart, to: self.keyEnd, escaped: self.keyEscaped)
    }

    // MARK: Lexing

    private func skipByteOrderMark() throws(JSONReadError) -> Int {
        let count = self.bytes.count
        if count >= 3, self.bytes[0] == 0xEF, self.bytes[1] == 0xBB, self.bytes[2] == 0xBF { return 3 }
        let first = count > 0 ? self.bytes[0] : 0x20, second = count > 1 ? self.bytes[1] : 0x20
        if (first == 0xFE && second == 0xFF) || (first == 0xFF && second == 0xFE) {
            throw self.error(.fhirJSONEncoding, at: 0, "a UTF-16 byte order mark; FHIR JSON is UTF-8")
        }
        if count >= 2, first == 0 || second == 0 {
            throw self.error(.fhirJSONEncoding, at: 0, "NUL bytes at the start (UTF-16 or UTF-32?); FHIR JSON is UTF-8")
        }
        return 0
    }

    /// Skips whitespace (and comments when allowed) from `index`.
    private mutating func skipSpace(_ index: Int) throws(JSONReadError) -> Int {
        var index = index
        let count = self.bytes.count
        while index < count {
            let byte = self.bytes[index]
            if byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 {
                index += 1
                continue
            }
            guard byte == UInt8(ascii: "/") else { return index }
            index = try self.skipComment(at: index)
        }
        return index
    }

    private mutating func skipComment(at index: Int) throws(JSONReadError) -> Int {
        let count = self.bytes.count
        let second = index + 1 < count ? self.bytes[index + 1] : 0
        guard second == UInt8(ascii: "/") || second == UInt8(ascii: "*") else {
            throw self.error(.fhirJSONSyntax, at: index, "'/' where JSON allows none")
        }
        guard self.options.allowsComments else {
            throw self.error(.fhirJSONSyntax, at: index, "a comment; JSON has no comments")
        }
        self.issues.append(self.issue(.fhirJSONComment, severity: .warning, at: index,
                                      "a comment was skipped; JSON has no comments"))
        var next = index + 2
        if second == UInt8(ascii: "/") {
            while next < count, self.bytes[next] != 0x0A, self.bytes[next] != 0x0D { next += 1 }
            return next
        }
        while next + 1 < count, !(self.bytes[next] == UInt8(ascii: "*") && self.bytes[next + 1] == UInt8(ascii: "/")) {
            next += 1
        }
        guard next + 1 < count else { throw self.error(.fhirJSONSyntax, at: index, "a comment that is never closed") }
        return next + 2
    }

    /// Checks the string whose opening quote is at `start`; returns the index after its closing quote and whether it
    /// contains escapes.
    private func scanString(from start: Int) throws(JSONReadError) -> (end: Int, escaped: Bool) {
        let count = self.bytes.count
        var index = start + 1
        var escaped = false
        let base = self.bytes.baseAddress!
        while true {
            // Eight bytes at a time while they are plain printable ASCII other than '"' and '\'.
            while index + 8 <= count {
                let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                let special = Self.specialLanes(word)
                if special == 0 {
                    index += 8
                    continue
                }
                index += special.trailingZeroBitCount >> 3
                break
            }
            guard index < count else {
                throw self.error(.fhirJSONSyntax, at: start, "a string that is never closed (no closing '\"')")
            }
            let byte = self.bytes[index]
            if byte == UInt8(ascii: "\"") { return (index + 1, escaped) }
            if byte == UInt8(ascii: "\\") {
                escaped = true
                index = try self.scanEscape(at: index)
            } else if byte < 0x20 {
                throw self.error(.fhirJSONSyntax, at: index,
                                 "a control character (U+\(Self.hex(byte))) inside a string; it must be escaped")
            } else if byte >= 0x80 {
                index = try self.scanUTF8(at: index)
            } else {
                index += 1
            }
        }
    }

    /// The lanes of `word` holding '"', '\', a byte below 0x20 or a byte of 0x80 or more (the lowest set lane is
    /// exact; lanes above it may be set falsely, which only costs a slower look).
    @inline(__always)
    private static func specialLanes(_ word: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        let quote = word ^ (ones &* 0x22)
        let backslash = word ^ (ones &* 0x5C)
        let zeroQuote = (quote &- ones) & ~quote
        let zeroBackslash = (backslash &- ones) & ~backslash
        let control = word &- (ones &* 0x20)
        return (zeroQuote | zeroBackslash | control | word) & highs
    }

    /// Checks the escape at `index` (a backslash); returns the index after it.
    private func scanEscape(at index: Int) throws(JSONReadError) -> Int {
        guard index + 1 < self.bytes.count else {
            throw self.error(.fhirJSONSyntax, at: index, "a string that ends inside an escape")
        }
        switch self.bytes[index + 1] {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"), UInt8(ascii: "f"),
             UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
            return index + 2
        case UInt8(ascii: "u"):
            let value = try self.hex4(at: index)
            if value >= 0xDC00, value < 0xE000 {
                throw self.error(.fhirJSONEncoding, at: index,
                                 "a \\u escape of a low surrogate without a high surrogate")
            }
            guard value >= 0xD800, value < 0xDC00 else { return index + 6 }
            let next = index + 6
            let pairs = next + 1 < self.bytes.count && self.bytes[next] == UInt8(ascii: "\\")
                && self.bytes[next + 1] == UInt8(ascii: "u")
            let low = pairs ? try self.hex4(at: next) : 0
            guard low >= 0xDC00, low < 0xE000 else {
                throw self.error(.fhirJSONEncoding, at: index,
                                 "a \\u escape of a high surrogate not followed by a low surrogate")
            }
            return next + 6
        default:
            throw self.error(.fhirJSONSyntax, at: index,
                             "an invalid escape; JSON allows \\\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX")
        }
    }

    private func hex4(at index: Int) throws(JSONReadError) -> UInt32 {
        var value: UInt32 = 0
        for offset in 2..<6 {
            guard index + offset < self.bytes.count,
                  let digit = JSONStringDecoding.hexValue(self.bytes[index + offset]) else {
                throw self.error(.fhirJSONSyntax, at: index, "a \\u escape without four hex digits")
            }
            value = value << 4 | UInt32(digit)
        }
        return value
    }

    /// Checks the UTF-8 sequence at `index` (a byte of 0x80 or more); returns the index after it.
    private func scanUTF8(at index: Int) throws(JSONReadError) -> Int {
        let lead = self.bytes[index]
        let length: Int
        var low: UInt8 = 0x80, high: UInt8 = 0xBF
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; low = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED: length = 3; high = 0x9F
        case 0xF0: length = 4; low = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; high = 0x8F
        default: throw self.error(.fhirJSONEncoding, at: index, "a byte that is not UTF-8 (0x\(Self.hex(lead)))")
        }
        guard index + length <= self.bytes.count else {
            throw self.error(.fhirJSONEncoding, at: index, "a UTF-8 sequence cut off by the end of the input")
        }
        let second = self.bytes[index + 1]
        var valid = second >= low && second <= high
        for offset in 2..<length where self.bytes[index + offset] & 0xC0 != 0x80 { valid = false }
        guard valid else { throw self.error(.fhirJSONEncoding, at: index, "an invalid UTF-8 sequence") }
        return index + length
    }

    // MARK: Messages

    private static func isWordByte(_ byte: UInt8) -> Bool {
        (byte | 0x20) &- UInt8(ascii: "a") < 26 || byte &- UInt8(ascii: "0") < 10 || byte == UInt8(ascii: "_")
            || byte == UInt8(ascii: "$") || byte >= 0x80
    }

    private static func hex(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF".utf8)
        return String(decoding: [digits[Int(byte >> 4)], digits[Int(byte & 0xF)]], as: UTF8.self)
    }

    /// What is at `index`, in general terms (never the text of a value).
    private func describe(_ index: Int) -> String {
        guard index < self.bytes.count else { return "the end of the input" }
        let byte = self.bytes[index]
        switch byte {
        case UInt8(ascii: "\""): return "a string"
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return "a number"
        case UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: ","),
             UInt8(ascii: ":"):
            return "'\(Character(Unicode.Scalar(byte)))'"
        case _ where Self.isWordByte(byte) && byte < 0x80: return "an unquoted word"
        case 0x21...0x7E: return "'\(Character(Unicode.Scalar(byte)))'"
        case _ where byte < 0x20: return "a control character (U+\(Self.hex(byte)))"
        default: return "a non-ASCII character"
        }
    }

    private func numberProblem(at index: Int) -> String {
        var next = index
        if self.bytes[next] == UInt8(ascii: "-") { next += 1 }
        if next < self.bytes.count, self.bytes[next] == UInt8(ascii: "0"), next + 1 < self.bytes.count,
           self.bytes[next + 1] &- UInt8(ascii: "0") < 10 {
            return "a number with a leading zero; JSON numbers do not start with 0 unless they are 0 or 0.x"
        }
        return "a malformed number; JSON numbers are -?digits[.digits][e[+-]digits]"
    }

    private func afterValueError(at index: Int, in container: JSONTapeNode) -> JSONReadError {
        let byte = self.bytes[index]
        let opened = self.place(Int(container.start))
        if container.kind == .object {
            if byte == UInt8(ascii: "]") {
                return self.error(.fhirJSONSyntax, at: index,
                                  "']' cannot close the object opened at \(opened); expected ',' or '}'")
            }
            if byte == UInt8(ascii: "\"") {
                return self.error(.fhirJSONSyntax, at: index,
                                  "a string after a member; a ',' is missing between members")
            }
            return self.error(.fhirJSONSyntax, at: index, "\(self.describe(index)) after a member; expected ',' or '}'")
        }
        if byte == UInt8(ascii: "}") {
            return self.error(.fhirJSONSyntax, at: index,
                              "'}' cannot close the array opened at \(opened); expected ',' or ']'")
        }
        if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "{") || byte == UInt8(ascii: "[") {
            return self.error(.fhirJSONSyntax, at: index,
                              "\(self.describe(index)) after an element; a ',' is missing between elements")
        }
        return self.error(.fhirJSONSyntax, at: index, "\(self.describe(index)) after an element; expected ',' or ']'")
    }

    private func place(_ offset: Int) -> String {
        let (line, column) = JSONTextPosition.lineAndColumn(of: offset, in: self.source)
        return "line \(line), column \(column)"
    }

    /// The pointer of node `index` from the nodes read so far.
    private func pointer(of index: Int) -> String {
        var tokens: [String] = []
        var current = index
        while current >= 0 {
            let node = self.nodes[current]
            guard node.parent >= 0 else { break }
            if self.nodes[Int(node.parent)].kind == .object {
                let key = JSONStringDecoding.string(self.source, from: Int(node.keyStart), to: Int(node.keyEnd),
                                                    escaped: node.flags & Flags.keyEscaped != 0)
                tokens.append(JSONPointer.escape(key))
            } else {
                tokens.append(String(node.position))
            }
            current = Int(node.parent)
        }
        return tokens.reversed().reduce(into: "") { $0 += "/" + $1 }
    }

    /// The pointer of what is being read: the member whose value is missing or wrong, else the innermost container.
    private func currentPointer() -> String {
        guard let top = self.stack.last else { return "" }
        let container = self.pointer(of: Int(top))
        if self.nodes[Int(top)].kind == .object, self.inMemberValue {
            return container + "/" + JSONPointer.escape(self.currentKey())
        }
        return container
    }

    private func issue(_ code: DiagnosticCode, severity: DiagnosticSeverity = .error, at offset: Int,
                       _ message: String) -> JSONReadIssue {
        let (line, column) = JSONTextPosition.lineAndColumn(of: offset, in: self.source)
        return JSONReadIssue(severity: severity, code: code, offset: offset, line: line, column: column,
                             pointer: self.currentPointer(), message: "\(message) (line \(line), column \(column))")
    }

    private func error(_ code: DiagnosticCode, at offset: Int, _ message: String) -> JSONReadError {
        JSONReadError(self.issue(code, at: offset, message))
    }
}
