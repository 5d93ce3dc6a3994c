import Foundation

extension CanonicalDate {
    /// Reads ISO 8601 text in one of the canonical shapes (see ``CanonicalDate``).
    ///
    /// Accepted: `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, and `YYYY-MM-DDThh`, `…Thh:mm`, `…Thh:mm:ss`,
    /// `…Thh:mm:ss.f` (1 to 9 fraction digits), each time optionally followed by `Z` or `±hh:mm`.
    /// `+00:00` and `-00:00` read as `Z`. Nothing else: no week dates, no basic format, no lower-case `t`.
    ///
    /// - Parameter text: Text such as `"2024-03-05"` or `"2024-03-05T14:30:15Z"`.
    /// - Throws: `CanonicalDateError` with code `syntax` for a malformed text, or the codes of
    ///   ``init(year:month:day:hour:minute:second:fractionDigits:utcOffsetMinutes:)`` for a component out of
    ///   range.
    public init(iso8601 text: String) throws(CanonicalDateError) {
        var reader = ISO8601Reader(Array(text.utf8))
        let year = try reader.number(digits: 4)
        guard !reader.isAtEnd else {
            try self.init(year: year)
            return
        }
        try reader.expect(UInt8(ascii: "-"))
        let month = try reader.number(digits: 2)
        guard !reader.isAtEnd else {
            try self.init(year: year, month: month)
            return
        }
        try reader.expect(UInt8(ascii: "-"))
        let day = try reader.number(digits: 2)
        guard !reader.isAtEnd else {
            try self.init(year: year, month: month, day: day)
            return
        }
        try reader.expect(UInt8(ascii: "T"))
        let hour = try reader.number(digits: 2)
        var minute: Int?
        var second: Int?
        var fraction: String?
        if reader.take(UInt8(ascii: ":")) {
            minute = try reader.number(digits: 2)
            if reader.take(UInt8(ascii: ":")) {
                second = try reader.number(digits: 2)
                if reader.take(UInt8(ascii: ".")) {
                    fraction = try reader.digitRun(maximum: 9)
                }
            }
        }
        let offset = try reader.utcOffset()
        guard reader.isAtEnd else {
            throw ISO8601Reader.syntaxError
        }
        try self.init(
            year: year, month: month, day: day, hour: hour, minute: minute, second: second,
            fractionDigits: fraction, utcOffsetMinutes: offset
        )
    }

    /// The ISO 8601 text of exactly this date's precision, e.g. `"2024-03-05"` or `"2024-03-05T14:30Z"`.
    public var iso8601: String {
        var text = Self.padded(self.year, 4)
        guard let month = self.month else { return text }
        text += "-" + Self.padded(month, 2)
        guard let day = self.day else { return text }
        text += "-" + Self.padded(day, 2)
        guard let hour = self.hour else { return text }
        text += "T" + Self.padded(hour, 2)
        if let minute = self.minute {
            text += ":" + Self.padded(minute, 2)
            if let second = self.second {
                text += ":" + Self.padded(second, 2)
                if let fractionDigits = self.fractionDigits {
                    text += "." + fractionDigits
                }
            }
        }
        if let offset = self.utcOffsetMinutes {
            if offset == 0 {
                text += "Z"
            } else {
                let magnitude = abs(offset)
                text += (offset < 0 ? "-" : "+") + Self.padded(magnitude / 60, 2) + ":" + Self.padded(magnitude % 60, 2)
            }
        }
        return text
    }

    private static func padded(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}

extension CanonicalDate: Codable {
    /// Decodes a date from its ISO 8601 text.
    ///
    /// - Parameter decoder: The decoder to read from.
    /// - Throws: `DecodingError.dataCorrupted` when the text is not a canonical date.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        do {
            try self.init(iso8601: text)
        } catch {
            throw DecodingError.canonicalRule(error.description, at: container.codingPath)
        }
    }

    /// Encodes the date as ISO 8601 text of exactly its precision.
    ///
    /// - Parameter encoder: The encoder to write to.
    /// - Throws: Whatever the encoder throws.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(self.iso8601)
    }
}

/// A cursor over the bytes of an ISO 8601 text.
private struct ISO8601Reader {
    static let syntaxError = CanonicalDateError(.syntax, "Expected an ISO 8601 date or date-time of a canonical shape.")

    private let bytes: [UInt8]
    private var index = 0

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    var isAtEnd: Bool {
        self.index == self.bytes.count
    }

    /// Consumes `byte` if it is next.
    mutating func take(_ byte: UInt8) -> Bool {
        guard !self.isAtEnd, self.bytes[self.index] == byte else { return false }
        self.index += 1
        return true
    }

    mutating func expect(_ byte: UInt8) throws(CanonicalDateError) {
        guard self.take(byte) else { throw Self.syntaxError }
    }

    /// Reads exactly `digits` decimal digits as a number.
    mutating func number(digits: Int) throws(CanonicalDateError) -> Int {
        let run = try self.digitRun(maximum: digits)
        guard run.utf8.count == digits, let value = Int(run) else { throw Self.syntaxError }
        return value
    }

    /// Reads 1 to `maximum` decimal digits; more digits than that are a syntax error.
    mutating func digitRun(maximum: Int) throws(CanonicalDateError) -> String {
        let start = self.index
        while !self.isAtEnd, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(self.bytes[self.index]) {
            self.index += 1
        }
        let count = self.index - start
        guard count >= 1, count <= maximum else { throw Self.syntaxError }
        return String(decoding: self.bytes[start..<self.index], as: UTF8.self)
    }

    /// Reads `Z`, `+hh:mm` or `-hh:mm` if present.
    mutating func utcOffset() throws(CanonicalDateError) -> Int? {
        if self.take(UInt8(ascii: "Z")) {
            return 0
        }
        let sign: Int
        if self.take(UInt8(ascii: "+")) {
            sign = 1
        } else if self.take(UInt8(ascii: "-")) {
            sign = -1
        } else {
            return nil
        }
        let hours = try self.number(digits: 2)
        try self.expect(UInt8(ascii: ":"))
        let minutes = try self.number(digits: 2)
        guard minutes < 60 else {
            throw CanonicalDateError(.outOfRange, "The minutes of a UTC offset must be 0 through 59.")
        }
        return sign * (hours * 60 + minutes)
    }
}
