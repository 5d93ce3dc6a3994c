/// Segment identifiers packed into integers — the identifier's bytes, first byte highest, so that `MSH` is
/// `0x4D5348` — for fast comparisons, and the rule of a valid identifier.
public enum HL7v2SegmentID {
    /// The code of the identifier at the start of `bytes` (the bytes before the field separator, when there are 3);
    /// any other length gets a code no valid identifier has.
    @inlinable
    public static func code(_ bytes: UnsafeBufferPointer<UInt8>, separator: UInt8) -> UInt32 {
        var code: UInt32 = 0
        var length = 0
        for byte in bytes {
            if byte == separator { break }
            length += 1
            if length > HL7v2HeaderLayout.segmentIDLength { return Self.invalid }
            code = code << 8 | UInt32(byte)
        }
        return length == HL7v2HeaderLayout.segmentIDLength ? code : Self.invalid
    }

    /// The code of an identifier given as text (`"PID"`).
    public static func code(_ id: String) -> UInt32 {
        Array(id.utf8).withUnsafeBufferPointer { self.code($0, separator: 0x0D) }
    }

    /// The code of the first three bytes, whatever follows them (used to recognize MSH, FHS, BHS before the field
    /// separator is known).
    @inlinable
    static func prefixCode(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
        guard bytes.count >= HL7v2HeaderLayout.segmentIDLength else { return Self.invalid }
        return UInt32(bytes[0]) << 16 | UInt32(bytes[1]) << 8 | UInt32(bytes[2])
    }

    /// True when `code` is a valid identifier: an upper-case letter, then two upper-case letters or digits.
    @inlinable
    public static func isValid(_ code: UInt32) -> Bool {
        guard code != Self.invalid else { return false }
        let first = UInt8(truncatingIfNeeded: code >> 16)
        let second = UInt8(truncatingIfNeeded: code >> 8)
        let third = UInt8(truncatingIfNeeded: code)
        return Self.isUpper(first) && (Self.isUpper(second) || Self.isDigit(second))
            && (Self.isUpper(third) || Self.isDigit(third))
    }

    /// The identifier as text; only call it for a valid code (an invalid one may hold payload bytes).
    public static func text(_ code: UInt32) -> String {
        let bytes = [UInt8(truncatingIfNeeded: code >> 16), UInt8(truncatingIfNeeded: code >> 8),
                     UInt8(truncatingIfNeeded: code)]
        return String(decoding: bytes, as: UTF8.self)
    }

    /// True when `code` is one of the headers that declare separators in fields 1 and 2: MSH, FHS, BHS.
    @inlinable
    public static func isHeader(_ code: UInt32) -> Bool { code == Self.msh || code == Self.fhs || code == Self.bhs }

    /// True when `code` is a batch envelope segment: FHS, BHS, BTS, FTS.
    @inlinable
    public static func isBatch(_ code: UInt32) -> Bool {
        code == Self.fhs || code == Self.bhs || code == Self.bts || code == Self.fts
    }

    @inlinable
    static func isUpper(_ byte: UInt8) -> Bool { byte >= 0x41 && byte <= 0x5A }
    @inlinable
    static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    /// The code of no valid identifier.
    public static let invalid: UInt32 = 0xFFFF_FFFF
    /// `MSH`, the message header.
    public static let msh: UInt32 = 0x4D_53_48
    /// `FHS`, the file header.
    public static let fhs: UInt32 = 0x46_48_53
    /// `BHS`, the batch header.
    public static let bhs: UInt32 = 0x42_48_53
    /// `BTS`, the batch trailer.
    public static let bts: UInt32 = 0x42_54_53
    /// `FTS`, the file trailer.
    public static let fts: UInt32 = 0x46_54_53
}
