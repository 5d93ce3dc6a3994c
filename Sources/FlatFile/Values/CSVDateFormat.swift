import Canonical

/// A date pattern of a layout column, such as `yyyyMMdd`, `MM/dd/yyyy`, `dd.MM.yyyy`, `M/d/yyyy H:mm:ss`, or
/// `iso8601` for the canonical ISO 8601 forms.
///
/// Letters: `yyyy` year; `MM` month and `dd` day (two digits), `M` and `d` (one or two); `HH` hour (two digits),
/// `H` (one or two); `mm` minute; `ss` second. Anything else that is not a letter is written as it is, and text in
/// single quotes too (`yyyy-MM-dd'T'HH:mm`). The fields must run from the year down without a gap (a day needs a
/// month), and the date read has exactly their precision: `yyyyMMdd` gives a day, `yyyyMMddHHmm` a minute.
public struct CSVDateFormat: Hashable, Sendable, CustomStringConvertible {
    private enum Token: Hashable, Sendable {
        case year
        case month(width: Int)
        case day(width: Int)
        case hour(width: Int)
        case minute
        case second
        case literal([UInt8])
    }

    /// The pattern as written.
    public let pattern: String
    private let tokens: [Token]
    private let isISO8601: Bool
    /// The finest component of the pattern.
    public let precision: CanonicalDate.Precision

    /// The ISO 8601 forms of canonical dates (`2024-03-05`, `2024-03-05T14:30:00Z` …).
    public static let iso8601 = CSVDateFormat(pattern: "iso8601")!

    /// Reads a pattern; `nil` when it has an unknown letter, an unclosed quote or a gap between fields.
    public init?(pattern: String) {
        self.pattern = pattern
        if pattern == "iso8601" {
            self.tokens = []
            self.isISO8601 = true
            self.precision = .fraction
            return
        }
        self.isISO8601 = false
        var tokens: [Token] = []
        var characters = Array(pattern.utf8)[...]
        var components: [CanonicalDate.Precision] = []
        while let first = characters.first {
            let run = characters.prefix { $0 == first }.count
            switch (first, run) {
            case (UInt8(ascii: "y"), 4):
                tokens.append(.year)
                components.append(.year)
            case (UInt8(ascii: "M"), 1...2):
                tokens.append(.month(width: run))
                components.append(.month)
            case (UInt8(ascii: "d"), 1...2):
                tokens.append(.day(width: run))
                components.append(.day)
            case (UInt8(ascii: "H"), 1...2):
                tokens.append(.hour(width: run))
                components.append(.hour)
            case (UInt8(ascii: "m"), 2):
                tokens.append(.minute)
                components.append(.minute)
            case (UInt8(ascii: "s"), 2):
                tokens.append(.second)
                components.append(.second)
            case (UInt8(ascii: "'"), _):
                let body = characters.dropFirst().prefix { $0 != UInt8(ascii: "'") }
                guard characters.count > body.count + 1 else { return nil }
                tokens.append(.literal(Array(body)))
                characters = characters.dropFirst(body.count + 2)
                continue
            case (let byte, _):
                let isLetter = (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20)
                guard !isLetter else { return nil }
                tokens.append(.literal([byte]))
                characters = characters.dropFirst()
                continue
            }
            characters = characters.dropFirst(run)
        }
        let expected = CanonicalDate.Precision.allCases.prefix(components.count)
        guard !components.isEmpty, components.sorted() == Array(expected), Set(components).count == components.count
        else { return nil }
        self.tokens = tokens
        self.precision = components.max() ?? .year
    }

    /// The pattern.
    public var description: String { self.pattern }

    /// The date `bytes` spell in this format, or `nil` when they do not match it or name a day that does not exist.
    public func date(_ bytes: some Collection<UInt8>) -> CanonicalDate? {
        if let slice = bytes as? ArraySlice<UInt8> { return self.date(slice: slice) }
        return self.date(slice: Array(bytes)[...])
    }

    private func date(slice bytes: ArraySlice<UInt8>) -> CanonicalDate? {
        if self.isISO8601 { return try? CanonicalDate(iso8601: String(decoding: bytes, as: UTF8.self)) }
        var rest = bytes
        var year = 0
        var month: Int?
        var day: Int?
        var hour: Int?
        var minute: Int?
        var second: Int?
        for (offset, token) in self.tokens.enumerated() {
            let nextIsDigit: Bool = {
                guard offset + 1 < self.tokens.count else { return false }
                if case .literal = self.tokens[offset + 1] { return false }
                return true
            }()
            switch token {
            case .literal(let text):
                guard rest.starts(with: text) else { return nil }
                rest = rest.dropFirst(text.count)
            case .year:
                guard let value = Self.number(&rest, minimum: 4, maximum: 4) else { return nil }
                year = value
            case .month(let width):
                month = Self.number(&rest, minimum: width, maximum: nextIsDigit ? width : 2)
                guard month != nil else { return nil }
            case .day(let width):
                day = Self.number(&rest, minimum: width, maximum: nextIsDigit ? width : 2)
                guard day != nil else { return nil }
            case .hour(let width):
                hour = Self.number(&rest, minimum: width, maximum: nextIsDigit ? width : 2)
                guard hour != nil else { return nil }
            case .minute:
                guard let value = Self.number(&rest, minimum: 2, maximum: 2) else { return nil }
                minute = value
            case .second:
                guard let value = Self.number(&rest, minimum: 2, maximum: 2) else { return nil }
                second = value
            }
        }
        guard rest.isEmpty else { return nil }
        return try? CanonicalDate(year: year, month: month, day: day, hour: hour, minute: minute, second: second)
    }

    /// The text of `date` in this format, or `nil` when the date lacks a component the format needs.
    public func text(for date: CanonicalDate) -> String? {
        if self.isISO8601 { return date.iso8601 }
        var text = ""
        for token in self.tokens {
            switch token {
            case .literal(let bytes): text += String(decoding: bytes, as: UTF8.self)
            case .year: text += Self.padded(date.year, 4)
            case .month(let width):
                guard let month = date.month else { return nil }
                text += Self.padded(month, width)
            case .day(let width):
                guard let day = date.day else { return nil }
                text += Self.padded(day, width)
            case .hour(let width):
                guard let hour = date.hour else { return nil }
                text += Self.padded(hour, width)
            case .minute:
                guard let minute = date.minute else { return nil }
                text += Self.padded(minute, 2)
            case .second:
                guard let second = date.second else { return nil }
                text += Self.padded(second, 2)
            }
        }
        return text
    }

    /// Whether writing `date` in this format drops part of it (a time, seconds, an offset).
    public func truncates(_ date: CanonicalDate) -> Bool {
        if self.isISO8601 { return false }
        return date.precision > self.precision || (date.utcOffsetMinutes != nil)
    }

    private static func number(_ rest: inout ArraySlice<UInt8>, minimum: Int, maximum: Int) -> Int? {
        let digits = rest.prefix { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }.prefix(maximum)
        guard digits.count >= minimum else { return nil }
        rest = rest.dropFirst(digits.count)
        return digits.reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) }
    }

    private static func padded(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return text.count >= width ? text : String(repeating: "0", count: width - text.count) + text
    }
}
