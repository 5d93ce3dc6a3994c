/// Checks of X12 values by data type, on bytes, without allocating.
enum X12ValueRules {
    @inline(__always)
    static func isDigits<Bytes: RandomAccessCollection<UInt8>>(_ bytes: Bytes) -> Bool where Bytes.Index == Int {
        !bytes.isEmpty && bytes.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
    }

    /// A `DT` value: `YYMMDD` or `CCYYMMDD`, a real calendar date.
    static func isDate<Bytes: RandomAccessCollection<UInt8>>(_ bytes: Bytes) -> Bool where Bytes.Index == Int {
        guard bytes.count == 6 || bytes.count == 8, self.isDigits(bytes) else { return false }
        let base = bytes.startIndex
        let yearDigits = bytes.count - 4
        var year = 0
        for index in base..<(base + yearDigits) { year = year * 10 + Int(bytes[index] - 0x30) }
        if yearDigits == 2 { year += year < 50 ? 2000 : 1900 }
        let month = self.number(bytes, at: base + yearDigits)
        let day = self.number(bytes, at: base + yearDigits + 2)
        guard (1...12).contains(month), day >= 1 else { return false }
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
        return day <= days
    }

    /// A `TM` value: `HHMM`, `HHMMSS`, `HHMMSSd` or `HHMMSSdd`.
    static func isTime<Bytes: RandomAccessCollection<UInt8>>(_ bytes: Bytes) -> Bool where Bytes.Index == Int {
        guard (4...8).contains(bytes.count), bytes.count != 5, self.isDigits(bytes) else { return false }
        let base = bytes.startIndex
        guard self.number(bytes, at: base) <= 23, self.number(bytes, at: base + 2) <= 59 else { return false }
        return bytes.count < 6 || self.number(bytes, at: base + 4) <= 59
    }

    /// The length an `Nn` value counts (digits, without a leading minus), or `nil` when it is not an integer.
    static func numericLength(_ bytes: ArraySlice<UInt8>) -> Int? {
        var digits = bytes[...]
        if digits.first == 0x2D { digits = digits.dropFirst() }
        return self.isDigits(digits) ? digits.count : nil
    }

    /// The length an `R` value counts (digits only), or `nil` when it is not a decimal number.
    static func decimalLength(_ bytes: ArraySlice<UInt8>) -> Int? {
        var digits = 0
        var points = 0
        for (offset, byte) in bytes.enumerated() {
            switch byte {
            case 0x30...0x39: digits += 1
            case 0x2E: points += 1
            case 0x2D where offset == 0: continue
            default: return nil
            }
        }
        return digits > 0 && points <= 1 ? digits : nil
    }

    /// True when every byte is in the X12 extended character set (printable ASCII).
    static func isInCharacterSet(_ bytes: ArraySlice<UInt8>) -> Bool {
        bytes.allSatisfy { $0 >= 0x20 && $0 <= 0x7E }
    }

    /// The number of characters (UTF-8 scalars) in `bytes`.
    static func characterCount(_ bytes: ArraySlice<UInt8>) -> Int {
        bytes.reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
    }

    /// True when the value is empty or only spaces (how fixed-width ISA fields are left blank).
    static func isBlank(_ bytes: ArraySlice<UInt8>) -> Bool { bytes.allSatisfy { $0 == 0x20 } }

    private static func number<Bytes: RandomAccessCollection<UInt8>>(_ bytes: Bytes, at index: Int) -> Int where Bytes.Index == Int {
        Int(bytes[index] - 0x30) * 10 + Int(bytes[index + 1] - 0x30)
    }
}
