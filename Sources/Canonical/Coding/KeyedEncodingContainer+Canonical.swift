import Foundation

extension KeyedEncodingContainer {
    /// Encodes a decimal as canonical decimal text (see `DecimalText`), e.g. `"12.5"`.
    ///
    /// - Parameters:
    ///   - value: The value to write.
    ///   - key: The member to write.
    /// - Throws: `EncodingError.invalidValue` for NaN, which has no canonical text.
    mutating func encodeDecimal(_ value: Decimal, forKey key: Key) throws {
        guard let text = DecimalText.format(value) else {
            let context = EncodingError.Context(
                codingPath: self.codingPath + [key],
                debugDescription: "NaN has no canonical decimal text."
            )
            throw EncodingError.invalidValue(value, context)
        }
        try self.encode(text, forKey: key)
    }

    /// Encodes an optional decimal as canonical decimal text, omitting the member when `nil`.
    ///
    /// - Parameters:
    ///   - value: The value to write, if any.
    ///   - key: The member to write.
    /// - Throws: `EncodingError.invalidValue` for NaN.
    mutating func encodeDecimalIfPresent(_ value: Decimal?, forKey key: Key) throws {
        if let value {
            try self.encodeDecimal(value, forKey: key)
        }
    }

    /// Encodes an array, omitting the member when the array is empty.
    ///
    /// - Parameters:
    ///   - values: The elements to write.
    ///   - key: The member to write.
    /// - Throws: Whatever encoding an element throws.
    mutating func encodeArray<Element: Encodable>(_ values: [Element], forKey key: Key) throws {
        if !values.isEmpty {
            try self.encode(values, forKey: key)
        }
    }
}
