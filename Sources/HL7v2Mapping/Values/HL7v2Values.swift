import Canonical
import Foundation
import HL7v2

/// Conversions between HL7 v2 values and canonical ones, done only here: exact decimals (NM), dates (DT, DTM, TS),
/// coded elements (CE, CWE) as item identifiers.
enum HL7v2Values {
    static let posix = Locale(identifier: "en_US_POSIX")

    /// An NM value as an exact decimal (`Decimal(string:)` parses decimal text exactly, never through `Double`).
    static func decimal(_ text: String?) -> Decimal? {
        guard let text, !text.isEmpty,
              text.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0 == "-" || $0 == "+") }),
              text.contains(where: \.isNumber) else { return nil }
        return Decimal(string: text, locale: Self.posix)
    }

    /// `YYYY[MM[DD[HH[MM[SS]]]]]` (a DT, a DTM, or TS.1), fractions and offsets ignored.
    static func date(_ text: String?) -> CanonicalDate? {
        guard let text, text.count >= 4 else { return nil }
        let digits = Array(text.prefix { $0.isNumber }.utf8)
        func number(_ offset: Int, _ count: Int) -> Int? {
            guard digits.count >= offset + count else { return nil }
            return digits[offset..<(offset + count)].reduce(0) { $0 * 10 + Int($1 - 0x30) }
        }
        guard let year = number(0, 4) else { return nil }
        return try? CanonicalDate(year: year, month: number(4, 2), day: number(6, 2), hour: number(8, 2),
                                  minute: number(10, 2), second: number(12, 2))
    }

    /// A canonical date as a DTM (`YYYYMMDD[HHMM[SS]]`).
    static func text(_ date: CanonicalDate) -> String {
        func pad(_ value: Int, _ width: Int) -> String {
            let text = String(value)
            return String(repeating: "0", count: max(0, width - text.count)) + text
        }
        var text = pad(date.year, 4)
        if let month = date.month { text += pad(month, 2) }
        if let day = date.day { text += pad(day, 2) }
        if let hour = date.hour {
            text += pad(hour, 2) + pad(date.minute ?? 0, 2)
            if let second = date.second { text += pad(second, 2) }
        }
        return text
    }

    /// A decimal as NM text.
    static func text(_ value: Decimal) -> String {
        var value = value
        return NSDecimalString(&value, Self.posix)
    }

    /// A CE/CWE as an item identifier: CE.1 the code, CE.3 the coding system (its kind from the code table, or
    /// `fallback` when it has none).
    static func identifier(_ value: HL7v2Value, fallback: ItemIdentifierKind, codes: HL7v2CanonicalCodes)
        -> ItemIdentifier? {
        let code = value.component(1).text
        guard !code.isEmpty else { return nil }
        let system = value.component(3).text
        let kind = system.isEmpty ? fallback : ItemIdentifierKind(rawValue: codes.codingSystems[system] ?? "other")
        return ItemIdentifier(kind: kind, value: code, qualifier: system.isEmpty ? nil : system)
    }

    /// An item identifier as CE components (code, text, coding system).
    static func components(_ identifier: ItemIdentifier, text: String?, codes: HL7v2CanonicalCodes) -> [String] {
        // The source's qualifier is kept when it is an HL7 coding system; an X12 qualifier (IN, VN …) is not one.
        let system = identifier.qualifier.flatMap { codes.codingSystems[$0] == nil ? nil : $0 }
            ?? HL7v2CanonicalCodes.code(for: identifier.kind.rawValue, in: codes.codingSystems, fallback: "")
        return [identifier.value, text ?? "", system]
    }
}
