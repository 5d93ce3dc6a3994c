extension KeyedEncodingContainer {
    /// Encodes `value`, or an explicit `null` when it is `nil`, so that location objects keep a stable shape.
    package mutating func encodeOrNull<Value: Encodable>(_ value: Value?, forKey key: Key) throws {
        if let value { try self.encode(value, forKey: key) } else { try self.encodeNil(forKey: key) }
    }
}
