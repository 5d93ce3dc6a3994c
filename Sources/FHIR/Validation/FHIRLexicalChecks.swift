/// The byte-level checks behind ``FHIRPrimitiveFormat`` other than dates and times. Each follows the regular
/// expression `specs/fhir/primitives.json` gives for the type (a test compares them on sample values).
enum FHIRLexicalChecks {
    /// Whitespace as `\s` means in the specification's regular expressions: space, tab, LF, VT, FF, CR.
    static func isRegexSpace(_ byte: UInt8) -> Bool { byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) }

    @inline(__always)
    static func isDigit(_ byte: UInt8) -> Bool { byte &- UInt8(ascii: "0") < 10 }

    /// `[-+]?(0|[1-9][0-9]*)` (`-0` and `+0` are not whole numbers of this shape but JSON's `-0` is; allowed).
    static func integer(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        if index < bytes.count, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") { index += 1 }
        guard index < bytes.count else { return false }
        if bytes[index] == UInt8(ascii: "0") { return index + 1 == bytes.count }
        return bytes[index...].allSatisfy(Self.isDigit)
    }

    /// The value of an integer accepted by ``integer(_:)``, or `nil` when it does not fit 64 bits.
    static func integerValue(_ bytes: UnsafeBufferPointer<UInt8>) -> Int64? {
        var index = 0
        var negative = false
        if bytes.first == UInt8(ascii: "-") || bytes.first == UInt8(ascii: "+") {
            negative = bytes[0] == UInt8(ascii: "-")
            index = 1
        }
        var value: Int64 = 0
        while index < bytes.count {
            let digit = Int64(bytes[index] &- UInt8(ascii: "0"))
            let (shifted, overflow1) = value.multipliedReportingOverflow(by: 10)
            let (next, overflow2) = negative ? shifted.subtractingReportingOverflow(digit)
                : shifted.addingReportingOverflow(digit)
            guard !overflow1, !overflow2 else { return nil }
            value = next
            index += 1
        }
        return value
    }

    /// `[^\s]+(\s[^\s]+)*`
    static func code(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = bytes.first, let last = bytes.last, !Self.isRegexSpace(first), !Self.isRegexSpace(last) else {
            return false
        }
        var previousSpace = false
        for byte in bytes {
            let space = Self.isRegexSpace(byte)
            if space, previousSpace { return false }
            previousSpace = space
        }
        return true
    }

    /// `[A-Za-z0-9\-\.]{1,64}`
    static func id(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard !bytes.isEmpty, bytes.count <= 64 else { return false }
        return bytes.allSatisfy { byte in
            (byte | 0x20) &- UInt8(ascii: "a") < 26 || Self.isDigit(byte) || byte == UInt8(ascii: "-")
                || byte == UInt8(ascii: ".")
        }
    }

    private static let oidPrefix = Array("urn:oid:".utf8)
    private static let uuidPrefix = Array("urn:uuid:".utf8)

    /// `urn:oid:[0-2](\.(0|[1-9][0-9]*))+`
    static func oid(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes.starts(with: Self.oidPrefix) else { return false }
        let rest = Array(bytes[Self.oidPrefix.count...])
        let arcs = rest.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
        guard arcs.count >= 2, arcs[0].count == 1, let root = arcs[0].first, root &- UInt8(ascii: "0") < 3 else {
            return false
        }
        return arcs.dropFirst().allSatisfy { arc in
            !arc.isEmpty && arc.allSatisfy(Self.isDigit) && (arc.count == 1 || arc.first != UInt8(ascii: "0"))
        }
    }

    /// `urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}`
    static func uuid(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes.count == Self.uuidPrefix.count + 36, bytes.starts(with: Self.uuidPrefix) else { return false }
        for (offset, byte) in bytes[Self.uuidPrefix.count...].enumerated() {
            if offset == 8 || offset == 13 || offset == 18 || offset == 23 {
                guard byte == UInt8(ascii: "-") else { return false }
            } else if !(Self.isDigit(byte) || byte &- UInt8(ascii: "a") < 6) {
                return false
            }
        }
        return true
    }

    /// Base64: letters, digits, `+`, `/`, at most two `=` at the end, a multiple of four characters; whitespace
    /// between groups is tolerated as the specification's expression does.
    static func base64(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var count = 0
        var padding = 0
        for byte in bytes where !Self.isRegexSpace(byte) {
            if byte == UInt8(ascii: "=") {
                padding += 1
            } else {
                guard padding == 0, (byte | 0x20) &- UInt8(ascii: "a") < 26 || Self.isDigit(byte)
                        || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "/") else { return false }
            }
            count += 1
        }
        return count > 0 && count % 4 == 0 && padding <= 2
    }

    private static let divOpen = Array("<div".utf8)
    private static let divClose = Array("</div>".utf8)
    private static let selfClose = Array(">/".utf8)

    /// An XHTML `div` element: starts with `<div` and ends with `</div>` or `/>` (surrounding whitespace allowed).
    static func xhtml(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var start = 0, end = bytes.count
        while start < end, Self.isRegexSpace(bytes[start]) { start += 1 }
        while end > start, Self.isRegexSpace(bytes[end - 1]) { end -= 1 }
        let text = bytes[start..<end]
        guard text.starts(with: Self.divOpen), text.count > Self.divOpen.count else { return false }
        let next = text[start + Self.divOpen.count]
        guard next == UInt8(ascii: ">") || next == UInt8(ascii: "/") || Self.isRegexSpace(next) else { return false }
        return text.reversed().starts(with: Self.divClose.reversed()) || text.reversed().starts(with: Self.selfClose)
    }
}
