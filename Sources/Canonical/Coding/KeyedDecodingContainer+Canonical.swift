import Foundation

extension KeyedDecodingContainer {
    /// Decodes a required decimal written as canonical decimal text (see `DecimalText`).
    ///
    /// - Parameter key: The member holding the text.
    /// - Returns: The exact value.
    /// - Throws: `DecodingError` when the member is missing, is not a string, or is not exact decimal text.
    func decodeDecimal(forKey key: Key) throws -> Decimal {
        let text = try self.decode(String.self, forKey: key)
        guard let value = DecimalText.parse(text) else {
            throw DecodingError.canonicalRule(DecimalText.rule, at: self.codingPath + [key])
        }
        return value
    }

    /// Decodes an optional decimal written as canonical decimal text; absence and `null` give `nil`.
    ///
    /// - Parameter key: The member holding the text.
    /// - Returns: The exact value, or `nil`.
    /// - Throws: `DecodingError` when the member is present but is not exact decimal text.
    func decodeDecimalIfPresent(forKey key: Key) throws -> Decimal? {
        guard let text = try self.decodeIfPresent(String.self, forKey: key) else {
            return nil
        }
        guard let value = DecimalText.parse(text) else {
            throw DecodingError.canonicalRule(DecimalText.rule, at: self.codingPath + [key])
        }
        return value
    }

    /// Decodes an array that producers omit when it is empty; absence and `null` give `[]`.
    ///
    /// - Parameters:
    ///   - type: The element type.
    ///   - key: The member holding the array.
    /// - Returns: The elements, possibly none.
    /// - Throws: `DecodingError` when the member is present but is not an array of `Element`.
    func decodeArray<Element: Decodable>(of type: Element.Type, forKey key: Key) throws -> [Element] {
        try self.decodeIfPresent([Element].self, forKey: key) ?? []
    }
}
