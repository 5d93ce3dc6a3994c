/// A segment definition flattened for the validator's fast path: plain values only, no strings, so that checking a
/// clean segment touches no reference counts and allocates nothing.
///
/// ``isClean(_:delimiters:)`` is conservative: it answers `true` only when the full check
/// (``X12SegmentChecker``) would report nothing. Anything unusual (composites, repetitions, an error) answers
/// `false`, and the full check then runs and says what is wrong.
final class X12CompiledSegment: Sendable {
    /// How the fast path checks one element.
    enum Kind: UInt8, Sendable {
        case text, date, time, decimal, numeric, binary
        /// A composite or repeating element: left to the full check.
        case complex
    }

    struct Element: Sendable {
        var kind: Kind
        var minLength: Int
        var maxLength: Int
        /// Index into the dictionary's packed code sets, or -1 when the element has no code list.
        var codeSet: Int = -1
    }

    struct Note: Sendable {
        var kind: X12SyntaxNote.Kind
        var mask: UInt64
        var first: UInt64
    }

    let elements: [Element]
    let mandatory: UInt64
    let notes: [Note]
    /// True when the definition cannot be expressed here (positions past 63): always use the full check.
    let alwaysFull: Bool

    init(_ definition: X12SegmentDefinition, codeSets: [String: Int] = [:]) {
        var alwaysFull = definition.elements.count > 63
        self.elements = definition.elements.map { use in
            switch use.content {
            case .composite: return Element(kind: .complex, minLength: 0, maxLength: 0)
            case .simple(let element):
                let kind: Kind = switch element.type {
                case _ where use.maxRepeat > 1: .complex
                case .string, .identifier: .text
                case .date: .date
                case .time: .time
                case .decimal: .decimal
                case .numeric: .numeric
                case .binary: .binary
                }
                var compiled = Element(kind: kind, minLength: element.minLength, maxLength: element.maxLength)
                if element.codes != nil {
                    guard let index = codeSets[element.id] else {
                        return Element(kind: .complex, minLength: 0, maxLength: 0)
                    }
                    compiled.codeSet = index
                }
                return compiled
            }
        }
        var mandatory: UInt64 = 0
        for (index, use) in definition.elements.enumerated() where use.usage == .mandatory && index < 63 {
            mandatory |= 1 << UInt64(index + 1)
        }
        self.mandatory = mandatory
        self.notes = definition.syntax.map { note in
            var mask: UInt64 = 0
            for position in note.positions {
                if position > 63 { alwaysFull = true } else { mask |= 1 << UInt64(position) }
            }
            return Note(kind: note.kind, mask: mask, first: note.positions[0] > 63 ? 0 : 1 << UInt64(note.positions[0]))
        }
        self.alwaysFull = alwaysFull
    }

    /// Byte classes for ``isClean(_:classes:)``, built once per set of delimiters.
    struct ByteClasses: Sendable {
        static let separator: UInt8 = 1
        static let notText: UInt8 = 2
        static let notDigit: UInt8 = 4

        let delimiters: X12Delimiters
        let table: [UInt8]

        init(_ delimiters: X12Delimiters) {
            self.delimiters = delimiters
            var table = [UInt8](repeating: 0, count: 256)
            for byte in 0..<256 {
                var flags: UInt8 = 0
                if byte < 0x20 || byte > 0x7E { flags |= Self.notText }
                if byte < 0x30 || byte > 0x39 { flags |= Self.notDigit }
                table[byte] = flags
            }
            if let component = delimiters.component { table[Int(component)] |= Self.notText }
            if let repetition = delimiters.repetition { table[Int(repetition)] |= Self.notText }
            table[Int(delimiters.element)] = Self.separator | Self.notText | Self.notDigit
            self.table = table
        }
    }

    /// A code of up to 8 bytes packed into an integer, for code-list lookups without making strings.
    static func pack(_ code: some Collection<UInt8>) -> UInt64? {
        guard !code.isEmpty, code.count <= 8 else { return nil }
        var packed: UInt64 = 0
        for byte in code { packed = packed << 8 | UInt64(byte) }
        return packed
    }

    /// True when the segment's elements certainly pass every check of the full validator.
    func isClean(_ bytes: UnsafeBufferPointer<UInt8>, classes: ByteClasses, codeSets: [X12PackedCodeSet]) -> Bool {
        if self.alwaysFull { return false }
        let separator = classes.delimiters.element
        let count = bytes.count
        var index = 0
        while index < count, bytes[index] != separator { index += 1 }
        var present: UInt64 = 0
        var position = 0
        let clean: Bool = classes.table.withUnsafeBufferPointer { table in
            self.elements.withUnsafeBufferPointer { elements in
                while index < count {
                    position += 1
                    let start = index + 1
                    var end = start
                    var flags: UInt8 = 0
                    while end < count {
                        let byteClass = table[Int(bytes[end])]
                        if byteClass & ByteClasses.separator != 0 { break }
                        flags |= byteClass
                        end += 1
                    }
                    index = end
                    guard end > start else { continue }
                    guard position <= elements.count else { return false }
                    present |= 1 << UInt64(position)
                    let element = elements[position - 1]
                    var length = end - start
                    switch element.kind {
                    case .text:
                        if flags & ByteClasses.notText != 0 { return false }
                        if element.codeSet >= 0 {
                            guard let packed = Self.pack(UnsafeBufferPointer(rebasing: bytes[start..<end])),
                                  codeSets[element.codeSet].contains(packed) else { return false }
                        }
                    case .numeric:
                        if flags & ByteClasses.notDigit != 0 {
                            guard bytes[start] == 0x2D, end - start > 1 else { return false }
                            for offset in (start + 1)..<end where bytes[offset] &- 0x30 > 9 { return false }
                            length -= 1
                        }
                    case .decimal:
                        if flags & ByteClasses.notDigit != 0 {
                            var digits = 0
                            var points = 0
                            for offset in start..<end {
                                let byte = bytes[offset]
                                if byte &- 0x30 <= 9 {
                                    digits += 1
                                } else if byte == 0x2E {
                                    points += 1
                                } else if !(byte == 0x2D && offset == start) {
                                    return false
                                }
                            }
                            guard digits > 0, points <= 1 else { return false }
                            length = digits
                        }
                    case .date:
                        guard flags & ByteClasses.notDigit == 0,
                              X12ValueRules.isDate(UnsafeBufferPointer(rebasing: bytes[start..<end])) else { return false }
                    case .time:
                        guard flags & ByteClasses.notDigit == 0,
                              X12ValueRules.isTime(UnsafeBufferPointer(rebasing: bytes[start..<end])) else { return false }
                    case .binary:
                        continue
                    case .complex:
                        return false
                    }
                    guard length >= element.minLength, length <= element.maxLength else { return false }
                }
                return true
            }
        }
        guard clean, present & self.mandatory == self.mandatory else { return false }
        for note in self.notes {
            let used = present & note.mask
            switch note.kind {
            case .paired: if used != 0 && used != note.mask { return false }
            case .required: if used == 0 { return false }
            case .exclusion: if used.nonzeroBitCount > 1 { return false }
            case .conditional: if present & note.first != 0 && used != note.mask { return false }
            case .listConditional: if present & note.first != 0 && used == note.first { return false }
            }
        }
        return true
    }
}
