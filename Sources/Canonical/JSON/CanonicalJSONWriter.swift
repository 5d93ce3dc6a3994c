import Foundation

/// A fast `Encoder` that writes exactly the bytes `JSONEncoder` writes with
/// `[.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]` and its default strategies on Linux (swift-foundation),
/// straight into a `[UInt8]`, without building a tree of values first.
///
/// The output matches byte for byte: object members sorted by the UTF-8 bytes of their keys, two-space
/// indentation, `"key" : value`, empty containers as `{` or `[`, a blank line, and the closing bracket, strings
/// escaped as `JSONEncoder` escapes them (`/` kept, `\u00xx` in lowercase hex for control characters other than
/// `\b \f \n \r \t`, non-ASCII and DEL as they are), integers in decimal, floating-point numbers as their
/// `description` without a trailing `.0` (NaN and infinities throw), `Decimal` as a bare number, `URL` as its
/// absolute string and `Data` as Base64. A key encoded twice keeps its last value; a nested value that encodes
/// nothing is `{}`; a top-level value that encodes nothing, or containers nested 512 deep, throw
/// `EncodingError.invalidValue`. Using a container outside the `encode(to:)` call it belongs to, or asking one
/// encoder for two different kinds of container, stops the program, as `JSONEncoder` does.
///
/// `CanonicalJSONWriterTests` checks the equivalence against `JSONEncoder` itself.
///
/// Example:
/// ```swift
/// let bytes = try CanonicalJSONWriter.encode(file)   // == [UInt8](try CanonicalJSON.makeEncoder().encode(file))
/// ```
struct CanonicalJSONWriter: Encoder {
    /// The run's shared output.
    let buffer: CanonicalJSONBuffer
    /// The nesting level of the value this encoder encodes: 0 for the top-level value.
    let level: Int
    /// Where this encoder's value begins in the buffer's bytes.
    let slot: Int

    /// Creates the encoder for one value.
    ///
    /// - Parameters:
    ///   - buffer: The run's output.
    ///   - level: The value's nesting level.
    ///   - slot: Where the value begins in `buffer.bytes`.
    init(buffer: CanonicalJSONBuffer, level: Int, slot: Int) {
        self.buffer = buffer
        self.level = level
        self.slot = slot
    }

    /// Encodes a value as pretty-printed JSON with sorted keys, as `JSONEncoder` would.
    ///
    /// - Parameters:
    ///   - value: The top-level value.
    ///   - terminatedByNewline: Whether to end the bytes with `\n` (which `JSONEncoder` does not write); adding it
    ///     here saves copying the whole output again to append it.
    /// - Returns: The UTF-8 bytes.
    /// - Throws: `EncodingError.invalidValue` when the value encodes nothing, when a floating-point number is not
    ///   finite, or when containers nest 512 deep; otherwise whatever the value's `encode(to:)` throws.
    static func encode<T: Encodable>(_ value: T, terminatedByNewline: Bool = false) throws -> [UInt8] {
        let buffer = CanonicalJSONBuffer(path: [])
        if try !buffer.encodeSpecial(value) {
            try value.encode(to: CanonicalJSONWriter(buffer: buffer, level: 0, slot: 0))
            buffer.closeFrames(downTo: 0)
            guard buffer.bytes.count > 0 else {
                let context = EncodingError.Context(
                    codingPath: [], debugDescription: "Top-level \(T.self) did not encode any values."
                )
                throw EncodingError.invalidValue(value, context)
            }
        }
        guard !buffer.tooDeep else {
            let context = EncodingError.Context(
                codingPath: [], debugDescription: "Unable to encode the given top-level value to JSON."
            )
            throw EncodingError.invalidValue(value, context)
        }
        if terminatedByNewline {
            buffer.bytes.append(0x0A)
        }
        return buffer.output
    }

    /// The keys from the top-level value to this one.
    var codingPath: [any CodingKey] {
        self.buffer.codingPath(self.level)
    }

    /// No user info: the writer has no options.
    var userInfo: [CodingUserInfoKey: Any] {
        [:]
    }

    /// Opens this value as an object; asking again gives a container for the same object.
    ///
    /// - Parameter type: The key type.
    /// - Returns: The container.
    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        let (index, serial) = self.buffer.openFrame(object: true, level: self.level, slot: self.slot)
        return KeyedEncodingContainer(
            CanonicalJSONKeyedContainer<Key>(buffer: self.buffer, level: self.level, frame: index, serial: serial)
        )
    }

    /// Opens this value as an array; asking again gives a container for the same array.
    ///
    /// - Returns: The container.
    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        let (index, serial) = self.buffer.openFrame(object: false, level: self.level, slot: self.slot)
        return CanonicalJSONUnkeyedContainer(buffer: self.buffer, level: self.level, frame: index, serial: serial)
    }

    /// This encoder, which writes one value.
    ///
    /// - Returns: The container.
    func singleValueContainer() -> any SingleValueEncodingContainer {
        self
    }
}

extension CanonicalJSONWriter: SingleValueEncodingContainer {
    /// Checks that nothing was written for this value yet.
    ///
    /// - Parameter value: The value about to be written, for the error.
    /// - Throws: `EncodingError.invalidValue` when a value or container was already written here.
    private func claim(_ value: Any) throws {
        guard self.buffer.bytes.count == self.slot, self.buffer.frames.last?.level != self.level else {
            let context = EncodingError.Context(
                codingPath: self.codingPath, debugDescription: "A value was already encoded at this coding path."
            )
            throw EncodingError.invalidValue(value, context)
        }
    }

    /// Writes `null`.
    func encodeNil() throws {
        try self.claim(Optional<Int>.none as Any)
        self.buffer.writeRaw("null")
    }

    /// Writes `true` or `false`.
    func encode(_ value: Bool) throws {
        try self.claim(value)
        self.buffer.writeBool(value)
    }

    /// Writes a string.
    func encode(_ value: String) throws {
        try self.claim(value)
        self.buffer.writeString(value)
    }

    /// Writes a number; NaN and infinities throw.
    func encode(_ value: Double) throws {
        try self.claim(value)
        self.buffer.writeRaw(try self.buffer.floatText(value, at: self.codingPath))
    }

    /// Writes a number; NaN and infinities throw.
    func encode(_ value: Float) throws {
        try self.claim(value)
        self.buffer.writeRaw(try self.buffer.floatText(value, at: self.codingPath))
    }

    /// Writes an integer.
    func encode(_ value: Int) throws { try self.integer(value) }
    /// Writes an integer.
    func encode(_ value: Int8) throws { try self.integer(value) }
    /// Writes an integer.
    func encode(_ value: Int16) throws { try self.integer(value) }
    /// Writes an integer.
    func encode(_ value: Int32) throws { try self.integer(value) }
    /// Writes an integer.
    func encode(_ value: Int64) throws { try self.integer(value) }
    /// Writes an integer.
    func encode(_ value: Int128) throws { try self.integer(value) }
    /// Writes an integer.
    func encode(_ value: UInt) throws { try self.integer(value) }
    /// Writes an integer.
    func encode(_ value: UInt8) throws { try self.integer(value) }
    /// Writes an integer.
    func encode(_ value: UInt16) throws { try self.integer(value) }
    /// Writes an integer.
    func encode(_ value: UInt32) throws { try self.integer(value) }
    /// Writes an integer.
    func encode(_ value: UInt64) throws { try self.integer(value) }
    /// Writes an integer.
    func encode(_ value: UInt128) throws { try self.integer(value) }

    /// Writes any encodable value in this encoder's place.
    func encode<T: Encodable>(_ value: T) throws {
        try self.claim(value)
        try self.buffer.encodeValue(value, level: self.level)
    }

    /// Writes an integer.
    ///
    /// - Parameter value: The integer.
    private func integer<T: FixedWidthInteger>(_ value: T) throws {
        try self.claim(value)
        self.buffer.writeInteger(value)
    }
}

/// The coding key `JSONEncoder` uses for an array element: `"Index 3"`, with integer value 3.
struct CanonicalJSONIndexKey: CodingKey {
    /// The element's index.
    let index: Int

    /// Creates the key of an element.
    ///
    /// - Parameter index: The element's index.
    init(_ index: Int) {
        self.index = index
    }

    /// Creates the key from an integer.
    init?(intValue: Int) {
        self.index = intValue
    }

    /// Array keys are never made from text.
    init?(stringValue: String) {
        nil
    }

    /// `"Index 3"`.
    var stringValue: String {
        "Index \(self.index)"
    }

    /// The element's index.
    var intValue: Int? {
        self.index
    }
}

/// The key `superEncoder()` writes under: `"super"`.
struct CanonicalJSONSuperKey: CodingKey {
    /// `"super"`.
    var stringValue: String { "super" }
    /// None.
    var intValue: Int? { nil }

    /// Creates the key.
    init() {}

    /// Creates the key from `"super"` only.
    init?(stringValue: String) {
        guard stringValue == "super" else { return nil }
    }

    /// Never.
    init?(intValue: Int) {
        nil
    }
}
