import WharfCore

/// A position in a message in HL7's own terms, 1-based: segment identifier and ordinal, field, repetition, component,
/// subcomponent — written `RQD-2.1`, `RQD(2)-2.1`, `PID-3[2].1`, `PID-3[2].4.1`.
///
/// ```swift
/// let path = HL7v2Path("PID-3[2].4.1")!     // segment PID, field 3, repetition 2, component 4, subcomponent 1
/// let type: HL7v2Path = "MSH-9.2"           // a literal must be valid
/// ```
public struct HL7v2Path: Hashable, Sendable, CustomStringConvertible, ExpressibleByStringLiteral {
    /// The segment identifier (`PID`).
    public var segment: String
    /// Which occurrence of the segment (1-based); `RQD(2)` is the second RQD.
    public var ordinal: Int
    /// The field (1-based; MSH-1 is the field separator).
    public var field: Int
    /// The repetition (1-based); `nil` means the first.
    public var repetition: Int?
    /// The component (1-based); `nil` means the whole repetition.
    public var component: Int?
    /// The subcomponent (1-based); `nil` means the whole component. Only with a component.
    public var subcomponent: Int?

    /// Creates a path.
    public init(segment: String, ordinal: Int = 1, field: Int, repetition: Int? = nil, component: Int? = nil,
                subcomponent: Int? = nil) {
        self.segment = segment
        self.ordinal = ordinal
        self.field = field
        self.repetition = repetition
        self.component = component
        self.subcomponent = subcomponent
    }

    /// Parses `SEG[(ordinal)]-field[[repetition]][.component[.subcomponent]]`; `nil` when `text` is not of that form
    /// (positions must be 1 or more, the identifier three upper-case letters or digits starting with a letter).
    public init?(_ text: String) {
        var scanner = HL7v2PathScanner(Array(text.utf8))
        guard let path = scanner.scan() else { return nil }
        self = path
    }

    /// Parses a literal path; an invalid literal is a programming error.
    public init(stringLiteral value: String) {
        guard let path = HL7v2Path(value) else { preconditionFailure("invalid HL7 v2 path literal: \(value)") }
        self = path
    }

    /// `RQD-2.1`, `RQD(2)-2.1`, `PID-3[2].4.1`: the ordinal only when it is not 1.
    public var description: String {
        var text = self.segment
        if self.ordinal != 1 { text += "(\(self.ordinal))" }
        text += "-\(self.field)"
        if let repetition = self.repetition { text += "[\(repetition)]" }
        if let component = self.component {
            text += ".\(component)"
            if let subcomponent = self.subcomponent { text += ".\(subcomponent)" }
        }
        return text
    }

    /// The same position as a diagnostic location (printed `RQD(1)-2.1`).
    public var location: HL7v2Location {
        HL7v2Location(segment: self.segment, segmentOrdinal: self.ordinal, field: self.field,
                      repetition: self.repetition, component: self.component,
                      subcomponent: self.component == nil ? nil : self.subcomponent)
    }
}

/// Reads the text form of an ``HL7v2Path``.
private struct HL7v2PathScanner {
    let bytes: [UInt8]
    var index = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    mutating func scan() -> HL7v2Path? {
        guard self.bytes.count >= HL7v2HeaderLayout.segmentIDLength else { return nil }
        let segmentBytes = Array(self.bytes[0..<HL7v2HeaderLayout.segmentIDLength])
        let code = segmentBytes.withUnsafeBufferPointer { HL7v2SegmentID.prefixCode($0) }
        guard HL7v2SegmentID.isValid(code) else { return nil }
        self.index = HL7v2HeaderLayout.segmentIDLength
        var ordinal = 1
        if self.take("(") {
            guard let number = self.number(), self.take(")") else { return nil }
            ordinal = number
        }
        guard self.take("-"), let field = self.number() else { return nil }
        var repetition: Int?
        if self.take("[") {
            guard let number = self.number(), self.take("]") else { return nil }
            repetition = number
        }
        var component: Int?
        var subcomponent: Int?
        if self.take(".") {
            guard let number = self.number() else { return nil }
            component = number
            if self.take(".") {
                guard let number = self.number() else { return nil }
                subcomponent = number
            }
        }
        guard self.index == self.bytes.count else { return nil }
        return HL7v2Path(segment: HL7v2SegmentID.text(code), ordinal: ordinal, field: field, repetition: repetition,
                         component: component, subcomponent: subcomponent)
    }

    private mutating func take(_ character: Unicode.Scalar) -> Bool {
        guard self.index < self.bytes.count, self.bytes[self.index] == UInt8(ascii: character) else { return false }
        self.index += 1
        return true
    }

    /// A positive whole number of at most 6 digits.
    private mutating func number() -> Int? {
        var value = 0
        var digits = 0
        while self.index < self.bytes.count, self.bytes[self.index] >= 0x30, self.bytes[self.index] <= 0x39,
              digits < 6 {
            value = value * 10 + Int(self.bytes[self.index] - 0x30)
            digits += 1
            self.index += 1
        }
        return digits > 0 && value >= 1 ? value : nil
    }
}
