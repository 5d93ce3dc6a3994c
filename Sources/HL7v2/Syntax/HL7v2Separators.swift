import WharfCore

/// The separators of one message, always read from its own MSH (or of a batch, from FHS/BHS): the field separator
/// (MSH-1) and the encoding characters (MSH-2) — component, repetition, escape, subcomponent and, from v2.7, the
/// truncation character.
///
/// Any byte may serve, as long as the separators are distinct, are not letters or digits and are not CR or LF. A plain
/// value (no heap storage), so that every segment can carry its message's separators for free.
///
/// An encoding character is `nil` when the header did not declare it (MSH-2 shorter than 4 characters) or declared an
/// unusable one; the reader reports that (`hl7.encoding.invalid-separators`) and reads the message without it: a field
/// is then not split at that level, and with no escape character nothing is unescaped.
public struct HL7v2Separators: Hashable, Sendable {
    /// Separates fields (MSH-1); the byte right after `MSH`.
    public let field: UInt8
    /// Separates components (1st encoding character).
    public let component: UInt8?
    /// Separates repetitions (2nd encoding character).
    public let repetition: UInt8?
    /// Starts and ends an escape sequence (3rd encoding character).
    public let escape: UInt8?
    /// Separates subcomponents (4th encoding character).
    public let subcomponent: UInt8?
    /// Marks a truncated value (5th encoding character, v2.7 and later); `nil` when MSH-2 has 4 characters.
    public let truncation: UInt8?

    /// `|^~\&`: the separators the standard recommends and Wharf writes unless told otherwise.
    public static let standard = HL7v2Separators(
        unchecked: HL7v2HeaderLayout.defaultFieldSeparator, component: UInt8(ascii: "^"),
        repetition: UInt8(ascii: "~"), escape: UInt8(ascii: "\\"), subcomponent: UInt8(ascii: "&"), truncation: nil)

    /// Creates a complete set of separators, as a writer needs them.
    ///
    /// ```swift
    /// let separators = try HL7v2Separators(field: "#", component: "$", repetition: "%", escape: "@",
    ///                                      subcomponent: "!")
    /// ```
    /// - Throws: ``TranslationError`` `hl7.encoding.invalid-separators` when two are equal or one is a letter, a
    ///   digit, CR or LF.
    public init(field: Unicode.Scalar = "|", component: Unicode.Scalar = "^", repetition: Unicode.Scalar = "~",
                escape: Unicode.Scalar = "\\", subcomponent: Unicode.Scalar = "&", truncation: Unicode.Scalar? = nil)
        throws(TranslationError)
    {
        let scalars = [field, component, repetition, escape, subcomponent] + (truncation.map { [$0] } ?? [])
        guard scalars.allSatisfy(\.isASCII) else {
            throw TranslationError(code: .hl7EncodingInvalidSeparators,
                                   message: "HL7 v2 separators must be single-byte (ASCII) characters")
        }
        let bytes = scalars.map { UInt8($0.value) }
        if let problem = Self.problem(in: bytes) {
            throw TranslationError(code: .hl7EncodingInvalidSeparators, message: problem)
        }
        self.init(unchecked: bytes[0], component: bytes[1], repetition: bytes[2], escape: bytes[3],
                  subcomponent: bytes[4], truncation: bytes.count > 5 ? bytes[5] : nil)
    }

    /// Creates separators without checking them (the reader checks while it reads the header).
    init(unchecked field: UInt8, component: UInt8?, repetition: UInt8?, escape: UInt8?, subcomponent: UInt8?,
         truncation: UInt8?) {
        self.field = field
        self.component = component
        self.repetition = repetition
        self.escape = escape
        self.subcomponent = subcomponent
        self.truncation = truncation
    }

    /// True when component, repetition, escape and subcomponent separators are all declared, as a writer needs.
    public var isComplete: Bool {
        self.component != nil && self.repetition != nil && self.escape != nil && self.subcomponent != nil
    }

    /// The encoding characters as MSH-2 writes them (4, or 5 with the truncation character); undeclared ones are
    /// left out.
    public var encodingCharacters: [UInt8] {
        [self.component, self.repetition, self.escape, self.subcomponent, self.truncation].compactMap { $0 }
    }

    /// True when `byte` splits values: the field, component, repetition or subcomponent separator.
    @inlinable
    public func isSplitting(_ byte: UInt8) -> Bool {
        byte == self.field || byte == self.component || byte == self.repetition || byte == self.subcomponent
    }

    /// What is wrong with a list of separator bytes (field separator first), or `nil` when they can be used.
    static func problem(in bytes: [UInt8]) -> String? {
        for (index, byte) in bytes.enumerated() {
            let name = HL7v2HeaderLayout.separatorNames[index]
            if HL7v2HeaderLayout.isUnusable(byte) {
                return "the \(name) must not be a letter, a digit, CR or LF"
            }
            if let first = bytes[..<index].firstIndex(of: byte) {
                return "the \(name) is the same character as the \(HL7v2HeaderLayout.separatorNames[first])"
            }
        }
        return nil
    }
}
