/// One segment as read: its identifier, its fields as byte ranges, where it was, and its message's separators.
///
/// A segment shares the bytes and the field boundaries of its message (two arrays per message, none per segment or
/// field). Fields are counted in HL7's own terms, 1-based: in `PID|1|X` `field(1)` is `1`; in MSH (and FHS, BHS)
/// `field(1)` is the field separator itself and `field(2)` the encoding characters, so that `MSH-9` is `field(9)`.
///
/// ```swift
/// let type = message.segments[0].field(9).component(1).text   // "OMS"
/// ```
public struct HL7v2Segment: Sendable {
    /// The bytes of the whole message (or of this segment alone), shared.
    let storage: [UInt8]
    /// Field boundaries of the whole message, shared: for this segment, the index in ``storage`` of each field
    /// separator and then of the segment's end.
    let bounds: [UInt32]
    /// Where this segment's boundaries start in ``bounds``.
    let boundsStart: Int
    /// How many boundaries this segment has (its field separators, plus one for its end).
    let boundsCount: Int
    /// The index in ``storage`` of the segment's first byte.
    let contentStart: Int
    /// The separators of the message (or batch header) the segment belongs to.
    public let separators: HL7v2Separators
    /// The identifier packed into an integer (``HL7v2SegmentID``), for fast comparisons.
    public let idCode: UInt32
    /// The byte offset of the segment's first byte in the input (0-based, as file offsets are).
    public let byteOffset: Int
    /// The line (1-based) of the segment's first byte; CR, LF and CRLF each end a line.
    public let line: Int
    /// Which occurrence of this identifier the segment is in its message (1-based): `OBX(2)` is the second OBX.
    public let ordinal: Int

    /// Creates a segment that shares a message's storage.
    init(storage: [UInt8], bounds: [UInt32], boundsStart: Int, boundsCount: Int, contentStart: Int,
         separators: HL7v2Separators, idCode: UInt32, byteOffset: Int, line: Int, ordinal: Int) {
        self.storage = storage
        self.bounds = bounds
        self.boundsStart = boundsStart
        self.boundsCount = boundsCount
        self.contentStart = contentStart
        self.separators = separators
        self.idCode = idCode
        self.byteOffset = byteOffset
        self.line = line
        self.ordinal = ordinal
    }

    /// Creates a segment from its content bytes (no terminator), e.g. to inspect one line.
    /// - Parameters:
    ///   - bytes: the segment from its identifier to its last byte.
    ///   - separators: the separators to split it with; for MSH, FHS and BHS pass those it declares.
    ///   - byteOffset: where it was in its input.
    ///   - line: the line it was on.
    ///   - ordinal: which occurrence of its identifier it is in its message.
    public init(bytes: [UInt8], separators: HL7v2Separators = .standard, byteOffset: Int = 0, line: Int = 1,
                ordinal: Int = 1) {
        var bounds: [UInt32] = []
        let idCode = bytes.withUnsafeBufferPointer { buffer in
            HL7v2SegmentSplitter.appendBounds(of: buffer, range: 0..<buffer.count, separator: separators.field,
                                              base: 0, to: &bounds)
            return HL7v2SegmentID.code(buffer, separator: separators.field)
        }
        self.init(storage: bytes, bounds: bounds, boundsStart: 0, boundsCount: bounds.count, contentStart: 0,
                  separators: separators, idCode: idCode, byteOffset: byteOffset, line: line, ordinal: ordinal)
    }

    /// The segment's bytes from its identifier up to (not including) its terminator. Indices are those of the
    /// message's storage, so that ranges from ``fieldRange(_:)`` apply to it.
    public var bytes: ArraySlice<UInt8> { self.storage[self.contentStart..<self.contentEnd] }

    /// The index in the storage just past the segment's last byte.
    var contentEnd: Int { Int(self.bounds[self.boundsStart + self.boundsCount - 1]) }

    /// The segment identifier (`PID`, `ZPI`); for an invalid identifier, the bytes before the first field separator.
    /// Only ``validID`` may appear in a diagnostic: an invalid identifier may be payload text.
    public var id: String {
        if HL7v2SegmentID.isValid(self.idCode) { return HL7v2SegmentID.text(self.idCode) }
        let end = Int(self.bounds[self.boundsStart])
        return String(decoding: self.storage[self.contentStart..<end], as: UTF8.self)
    }

    /// The identifier when it is valid (an upper-case letter, then two upper-case letters or digits), else `nil`.
    public var validID: String? { HL7v2SegmentID.isValid(self.idCode) ? HL7v2SegmentID.text(self.idCode) : nil }

    /// True for MSH, FHS and BHS, whose fields 1 and 2 are the separators.
    public var isHeader: Bool { HL7v2SegmentID.isHeader(self.idCode) }

    /// The number of fields, trailing empty fields included (`PID|1||` has 3; `MSH|^~\&|A` has 3, MSH-1 counted).
    public var fieldCount: Int {
        if self.isHeader {
            // A header cut right after its identifier has no separator and so no field at all.
            return self.contentEnd - self.contentStart > HL7v2HeaderLayout.fieldSeparatorOffset ? self.boundsCount : 0
        }
        return self.boundsCount - 1
    }

    /// The byte range (indices of ``bytes``) of field `position` (1-based, in HL7's terms), or `nil` when the
    /// segment has fewer fields.
    public func fieldRange(_ position: Int) -> Range<Int>? {
        guard position >= 1, position <= self.fieldCount else { return nil }
        let first = self.boundsStart
        if self.isHeader {
            let separator = Int(self.bounds[first])
            if position == HL7v2HeaderLayout.fieldSeparatorField { return separator..<(separator + 1) }
            return (Int(self.bounds[first + position - 2]) + 1)..<Int(self.bounds[first + position - 1])
        }
        return (Int(self.bounds[first + position - 1]) + 1)..<Int(self.bounds[first + position])
    }

    /// Field `position` (1-based, in HL7's terms); an empty value when the segment has fewer fields.
    ///
    /// MSH-1 and MSH-2 (and FHS/BHS 1 and 2) are returned literally: never split, never unescaped.
    public func field(_ position: Int) -> HL7v2Value {
        guard let range = self.fieldRange(position) else {
            return HL7v2Value(storage: self.storage, range: self.contentEnd..<self.contentEnd,
                              separators: self.separators, level: .field)
        }
        let literal = self.isHeader && position <= HL7v2HeaderLayout.encodingCharactersField
        return HL7v2Value(storage: self.storage, range: range, separators: self.separators, level: .field,
                          isLiteral: literal)
    }

    /// Every field, field 1 first.
    public var fields: [HL7v2Value] { (0..<self.fieldCount).map { self.field($0 + 1) } }

    /// The decoded text at a position of this segment: `nil` when it is empty or absent, `""` when it is the
    /// explicit null `""`, otherwise the text with its escape sequences resolved.
    /// - Parameters:
    ///   - field: the field (1-based).
    ///   - repetition: the repetition (1-based); the first when `nil`.
    ///   - component: the component; the whole repetition when `nil`.
    ///   - subcomponent: the subcomponent; the whole component when `nil`.
    public func value(field: Int, repetition: Int? = nil, component: Int? = nil, subcomponent: Int? = nil) -> String? {
        var value = self.field(field).repetition(repetition ?? 1)
        if let component { value = value.component(component) }
        if let subcomponent { value = value.subcomponent(subcomponent) }
        return value.optionalText
    }
}

extension HL7v2Segment: Hashable {
    /// Two segments are equal when their bytes, separators, positions and ordinals are.
    public static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.idCode == rhs.idCode && lhs.byteOffset == rhs.byteOffset && lhs.line == rhs.line
            && lhs.ordinal == rhs.ordinal && lhs.separators == rhs.separators && lhs.bytes == rhs.bytes
    }

    /// Hashes the identifier, the offset and the bytes.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(self.idCode)
        hasher.combine(self.byteOffset)
        hasher.combine(self.bytes)
    }
}
