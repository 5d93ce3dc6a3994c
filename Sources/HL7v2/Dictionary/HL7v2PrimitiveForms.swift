/// Fast checks of the primitive forms validation meets most (NM, SI, DT, DTM, TM): the same grammar as their
/// `pattern` in specs/hl7v2/<version>/datatypes.json, without a regular expression per value. Other types use the
/// pattern (``HL7v2Dictionary/matches(_:type:)``); a test compares both on random values.
enum HL7v2PrimitiveForms {
    /// The result for `value` of `type`, or `nil` when this type is not checked here.
    static func matches(_ value: String, type: String) -> Bool? {
        var utf8 = Array(value.utf8)
        switch type {
        case "NM": return Self.number(utf8[...])
        case "SI": return !utf8.isEmpty && utf8.allSatisfy(Self.isDigit)
        case "DT": return Self.date(utf8[...], allowTime: false)
        case "DTM": return Self.date(Self.droppingOffset(&utf8), allowTime: true)
        case "TM": return Self.time(Self.droppingOffset(&utf8))
        default: return nil
        }
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    /// `[+-]` then digits with an optional `.` (at least one digit).
    private static func number(_ bytes: ArraySlice<UInt8>) -> Bool {
        var bytes = bytes
        if let first = bytes.first, first == 0x2B || first == 0x2D { bytes = bytes.dropFirst() }
        var digits = 0
        var point = false
        for byte in bytes {
            if Self.isDigit(byte) {
                digits += 1
            } else if byte == 0x2E, !point {
                point = true
            } else {
                return false
            }
        }
        return digits > 0
    }

    /// A trailing `+ZZZZ`/`-ZZZZ` offset removed (its four digits checked); an invalid one makes the value invalid.
    private static func droppingOffset(_ bytes: inout [UInt8]) -> ArraySlice<UInt8> {
        guard let sign = bytes.lastIndex(where: { $0 == 0x2B || $0 == 0x2D }) else { return bytes[...] }
        let offset = bytes[(sign + 1)...]
        guard offset.count == 4, offset.allSatisfy(Self.isDigit) else { return [0x2F] }
        return bytes[..<sign]
    }

    private static func two(_ bytes: ArraySlice<UInt8>, _ offset: Int) -> Int {
        let start = bytes.startIndex + offset
        return Int(bytes[start] - 0x30) * 10 + Int(bytes[start + 1] - 0x30)
    }

    /// `YYYY[MM[DD[HH[MM[SS[.S[S[S[S]]]]]]]]]` (`DT`: up to the day).
    private static func date(_ bytes: ArraySlice<UInt8>, allowTime: Bool) -> Bool {
        let whole = bytes.prefix { $0 != 0x2E }
        let fraction = bytes.dropFirst(whole.count)
        guard whole.allSatisfy(Self.isDigit), [4, 6, 8].contains(whole.count)
            || allowTime && [10, 12, 14].contains(whole.count) else { return false }
        if whole.count >= 6, !(1...12).contains(Self.two(whole, 4)) { return false }
        if whole.count >= 8, !(1...31).contains(Self.two(whole, 6)) { return false }
        if whole.count >= 10, Self.two(whole, 8) > 23 { return false }
        if whole.count >= 12, Self.two(whole, 10) > 59 { return false }
        if whole.count >= 14, Self.two(whole, 12) > 59 { return false }
        if !fraction.isEmpty {
            let digits = fraction.dropFirst()
            guard whole.count == 14, (1...4).contains(digits.count), digits.allSatisfy(Self.isDigit) else { return false }
        }
        return true
    }

    /// `HH[MM[SS[.S[S[S[S]]]]]]`.
    private static func time(_ bytes: ArraySlice<UInt8>) -> Bool {
        let whole = bytes.prefix { $0 != 0x2E }
        let fraction = bytes.dropFirst(whole.count)
        guard whole.allSatisfy(Self.isDigit), [2, 4, 6].contains(whole.count), Self.two(whole, 0) <= 23 else { return false }
        if whole.count >= 4, Self.two(whole, 2) > 59 { return false }
        if whole.count >= 6, Self.two(whole, 4) > 59 { return false }
        if !fraction.isEmpty {
            let digits = fraction.dropFirst()
            guard whole.count == 6, (1...4).contains(digits.count), digits.allSatisfy(Self.isDigit) else { return false }
        }
        return true
    }
}
