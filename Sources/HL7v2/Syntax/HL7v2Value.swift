/// A field, repetition, component or subcomponent of a segment: a view of its message's bytes, split further on
/// demand without copying.
///
/// Positions are 1-based, as HL7 counts. Asking a field for a component means the component of its first repetition;
/// asking a field or repetition for a subcomponent means the subcomponent of its first component — so
/// `field(3).component(1)` is `PID-3.1` and `field(3).repetition(2).component(4).subcomponent(1)` is `PID-3[2].4.1`.
/// Beyond what is there, the value is empty.
///
/// Empty (nothing sent) and the explicit null `""` (delete the value at the receiver) are told apart: ``isEmpty`` and
/// ``isNull``, and ``optionalText`` is `nil` for the one and `""` for the other.
public struct HL7v2Value: Sendable {
    /// What a value is a part of.
    public enum Level: Int, Hashable, Sendable, Comparable {
        /// A whole field, repetitions and all.
        case field
        /// One repetition of a field.
        case repetition
        /// One component of a repetition.
        case component
        /// One subcomponent of a component.
        case subcomponent

        /// Wider first: a field is less than a repetition.
        public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    /// The bytes of the whole message, shared.
    let storage: [UInt8]
    /// This value's range in ``storage``.
    let range: Range<Int>
    /// The separators of the message.
    public let separators: HL7v2Separators
    /// What the value is a part of.
    public let level: Level
    /// True for MSH-1 and MSH-2 (and FHS/BHS 1 and 2): never split, never unescaped.
    public let isLiteral: Bool

    /// Creates a view of `storage[range]`.
    init(storage: [UInt8], range: Range<Int>, separators: HL7v2Separators, level: Level, isLiteral: Bool = false) {
        self.storage = storage
        self.range = range
        self.separators = separators
        self.level = level
        self.isLiteral = isLiteral
    }

    /// The raw bytes, escape sequences and nested separators included.
    public var bytes: ArraySlice<UInt8> { self.storage[self.range] }

    /// True when nothing was sent: the value is absent or has no bytes.
    public var isEmpty: Bool { self.range.isEmpty }

    /// True when the value is exactly the explicit null `""`: the receiver should delete what it holds.
    public var isNull: Bool {
        self.range.count == 2 && self.storage[self.range.lowerBound] == HL7v2Value.quote
            && self.storage[self.range.lowerBound + 1] == HL7v2Value.quote
    }

    /// The raw text (escape sequences not resolved; invalid UTF-8 repaired).
    public var rawText: String { String(decoding: self.bytes, as: UTF8.self) }

    /// The text with escape sequences resolved (`\F\` → the field separator, `\.br\` → a line break, `\X41\` → `A`,
    /// `\H\` and `\N\` dropped); unknown or unterminated sequences stay as they are. Separators inside it (a whole
    /// field's `^`) are kept. Empty for both an empty value and the explicit null; see ``optionalText``.
    public var text: String {
        if self.isLiteral { return self.rawText }
        if self.isNull { return "" }
        return self.storage.withUnsafeBufferPointer { buffer in
            HL7v2EscapeDecoder.decodeToString(buffer, self.range, separators: self.separators)
        }
    }

    /// `nil` when the value is empty, `""` when it is the explicit null `""`, otherwise ``text``.
    public var optionalText: String? {
        if self.isEmpty { return nil }
        return self.text
    }

    /// The decoded bytes (see ``text``), for values that are not text (`\X..\` binary, other character sets).
    public var decodedBytes: [UInt8] {
        if self.isLiteral { return Array(self.bytes) }
        if self.isNull { return [] }
        var output: [UInt8] = []
        self.storage.withUnsafeBufferPointer { buffer in
            _ = HL7v2EscapeDecoder.decode(buffer, self.range, separators: self.separators, into: &output)
        }
        return output
    }

    // MARK: Splitting

    /// The number of repetitions (0 when empty).
    public var repetitionCount: Int { self.count(self.level == .field ? self.separators.repetition : nil) }

    /// The number of components (0 when empty); of the first repetition for a field.
    public var componentCount: Int {
        self.level <= .repetition ? self.repetition(1).count(self.separators.component) : (self.isEmpty ? 0 : 1)
    }

    /// The number of subcomponents (0 when empty); of the first component for a field or repetition.
    public var subcomponentCount: Int {
        switch self.level {
        case .field, .repetition: self.component(1).subcomponentCount
        case .component: self.count(self.separators.subcomponent)
        case .subcomponent: self.isEmpty ? 0 : 1
        }
    }

    /// Repetition `position` (1-based) of a field. A repetition, component or subcomponent is its own first
    /// repetition.
    public func repetition(_ position: Int) -> HL7v2Value {
        guard self.level == .field else { return self.narrowed(position, level: self.level) }
        return self.part(position, separator: self.separators.repetition, level: .repetition)
    }

    /// Component `position` (1-based): of the first repetition for a field. A component or subcomponent is its own
    /// first component.
    public func component(_ position: Int) -> HL7v2Value {
        switch self.level {
        case .field: self.repetition(1).component(position)
        case .repetition: self.part(position, separator: self.separators.component, level: .component)
        case .component, .subcomponent: self.narrowed(position, level: self.level)
        }
    }

    /// Subcomponent `position` (1-based): of the first component for a field or repetition. A subcomponent is its
    /// own first subcomponent.
    public func subcomponent(_ position: Int) -> HL7v2Value {
        switch self.level {
        case .field, .repetition: self.component(1).subcomponent(position)
        case .component: self.part(position, separator: self.separators.subcomponent, level: .subcomponent)
        case .subcomponent: self.narrowed(position, level: .subcomponent)
        }
    }

    /// Every repetition of a field (empty when the field is empty).
    public var repetitions: [HL7v2Value] { (0..<self.repetitionCount).map { self.repetition($0 + 1) } }

    /// Every component (of the first repetition for a field).
    public var components: [HL7v2Value] { (0..<self.componentCount).map { self.component($0 + 1) } }

    /// Every subcomponent (of the first component for a field or repetition).
    public var subcomponents: [HL7v2Value] { (0..<self.subcomponentCount).map { self.subcomponent($0 + 1) } }

    /// Part `position` of this value split at `separator`; the whole value as part 1 when there is no such separator
    /// (or the value is literal), and an empty value past the last part.
    private func part(_ position: Int, separator: UInt8?, level: Level) -> HL7v2Value {
        guard let separator, !self.isLiteral else { return self.narrowed(position, level: level) }
        let found = self.storage.withUnsafeBufferPointer { buffer -> Range<Int>? in
            var current = 1
            var start = self.range.lowerBound
            for index in self.range where buffer[index] == separator {
                if current == position { return start..<index }
                current += 1
                start = index + 1
            }
            return current == position ? start..<self.range.upperBound : nil
        }
        guard position >= 1, let found else { return self.emptyValue(level: level) }
        return HL7v2Value(storage: self.storage, range: found, separators: self.separators, level: level)
    }

    /// This value itself as part 1, an empty value otherwise.
    private func narrowed(_ position: Int, level: Level) -> HL7v2Value {
        guard position == 1 else { return self.emptyValue(level: level) }
        return HL7v2Value(storage: self.storage, range: self.range, separators: self.separators, level: level,
                          isLiteral: self.isLiteral)
    }

    private func emptyValue(level: Level) -> HL7v2Value {
        HL7v2Value(storage: self.storage, range: self.range.upperBound..<self.range.upperBound,
                   separators: self.separators, level: level)
    }

    /// The number of parts at `separator` (1 when there is none), 0 when the value is empty.
    private func count(_ separator: UInt8?) -> Int {
        guard !self.isEmpty else { return 0 }
        guard let separator, !self.isLiteral else { return 1 }
        var count = 1
        self.storage.withUnsafeBufferPointer { buffer in
            for index in self.range where buffer[index] == separator { count += 1 }
        }
        return count
    }

    /// `"`.
    static let quote = UInt8(ascii: "\"")
}

extension HL7v2Value: Hashable {
    /// Two values are equal when their bytes, separators and levels are (wherever they are stored).
    public static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.level == rhs.level && lhs.isLiteral == rhs.isLiteral && lhs.separators == rhs.separators
            && lhs.bytes == rhs.bytes
    }

    /// Hashes the level and the bytes.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(self.level)
        hasher.combine(self.bytes)
    }
}
