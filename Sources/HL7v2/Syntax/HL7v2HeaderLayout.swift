/// Named facts about the header segments that declare separators — MSH, FHS and BHS — and the segment identifier.
public enum HL7v2HeaderLayout {
    /// The length of a segment identifier (`MSH`, `PID`, `ZPI`).
    public static let segmentIDLength = 3
    /// The offset of the field separator (MSH-1): the byte right after the segment identifier.
    public static let fieldSeparatorOffset = 3
    /// The offset of the first encoding character (MSH-2).
    public static let encodingCharactersOffset = 4
    /// Component, repetition, escape and subcomponent: the encoding characters every message must declare.
    public static let requiredEncodingCharacters = 4
    /// With the truncation character of v2.7 and later.
    public static let maximumEncodingCharacters = 5
    /// The field that holds the field separator (MSH-1, FHS-1, BHS-1).
    public static let fieldSeparatorField = 1
    /// The field that holds the encoding characters (MSH-2, FHS-2, BHS-2).
    public static let encodingCharactersField = 2
    /// MSH-9 message type, MSH-10 message control id, MSH-11 processing id, MSH-12 version id: required in every
    /// version and needed to route and acknowledge a message.
    public static let requiredHeaderFields = [9, 10, 11, 12]
    /// MSH-9: the message type (`OMS^O05^OMS_O05`).
    public static let messageTypeField = 9
    /// MSH-10: the message control id.
    public static let controlIDField = 10
    /// MSH-12: the version id (`2.5.1`).
    public static let versionField = 12
    /// `|`, the recommended field separator.
    public static let defaultFieldSeparator = UInt8(ascii: "|")
    /// What each separator is called, field separator first, in MSH-1/MSH-2 order.
    static let separatorNames = [
        "field separator (MSH-1)", "component separator (MSH-2, 1st character)",
        "repetition separator (MSH-2, 2nd character)", "escape character (MSH-2, 3rd character)",
        "subcomponent separator (MSH-2, 4th character)", "truncation character (MSH-2, 5th character)",
    ]

    /// True when `byte` cannot be a separator: an ASCII letter or digit, CR or LF.
    @inlinable
    public static func isUnusable(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
            || byte == 0x0D || byte == 0x0A
    }
}
