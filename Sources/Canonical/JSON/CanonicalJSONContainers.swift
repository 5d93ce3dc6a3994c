import Foundation

/// The keyed container of `CanonicalJSONWriter`: writes object members into the open object it belongs to.
struct CanonicalJSONKeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    /// The run's shared output.
    let buffer: CanonicalJSONBuffer
    /// The object's nesting level.
    let level: Int
    /// The object's frame index.
    let frame: Int
    /// The object's frame serial.
    let serial: Int

    /// The keys from the top-level value to this object.
    var codingPath: [any CodingKey] {
        self.buffer.codingPath(self.level)
    }

    /// Starts the member for `key`.
    ///
    /// - Parameter key: The member's key.
    @inline(__always)
    private func member(_ key: Key) {
        self.buffer.beginMember(key.stringValue, frame: self.frame, serial: self.serial)
    }

    /// Writes `null`.
    mutating func encodeNil(forKey key: Key) throws {
        self.member(key)
        self.buffer.writeRaw("null")
    }

    /// Writes `true` or `false`.
    mutating func encode(_ value: Bool, forKey key: Key) throws {
        self.member(key)
        self.buffer.writeBool(value)
    }

    /// Writes a string.
    mutating func encode(_ value: String, forKey key: Key) throws {
        self.member(key)
        self.buffer.writeString(value)
    }

    /// Writes a number; NaN and infinities throw.
    mutating func encode(_ value: Double, forKey key: Key) throws {
        let text = try self.buffer.floatText(value, at: self.codingPath + [key])
        self.member(key)
        self.buffer.writeRaw(text)
    }

    /// Writes a number; NaN and infinities throw.
    mutating func encode(_ value: Float, forKey key: Key) throws {
        let text = try self.buffer.floatText(value, at: self.codingPath + [key])
        self.member(key)
        self.buffer.writeRaw(text)
    }

    /// Writes an integer.
    mutating func encode(_ value: Int, forKey key: Key) throws { self.integer(value, key) }
    /// Writes an integer.
    mutating func encode(_ value: Int8, forKey key: Key) throws { self.integer(value, key) }
    /// Writes an integer.
    mutating func encode(_ value: Int16, forKey key: Key) throws { self.integer(value, key) }
    /// Writes an integer.
    mutating func encode(_ value: Int32, forKey key: Key) throws { self.integer(value, key) }
    /// Writes an integer.
    mutating func encode(_ value: Int64, forKey key: Key) throws { self.integer(value, key) }
    /// Writes an integer.
    mutating func encode(_ value: Int128, forKey key: Key) throws { self.integer(value, key) }
    /// Writes an integer.
    mutating func encode(_ value: UInt, forKey key: Key) throws { self.integer(value, key) }
    /// Writes an integer.
    mutating func encode(_ value: UInt8, forKey key: Key) throws { self.integer(value, key) }
    /// Writes an integer.
    mutating func encode(_ value: UInt16, forKey key: Key) throws { self.integer(value, key) }
    /// Writes an integer.
    mutating func encode(_ value: UInt32, forKey key: Key) throws { self.integer(value, key) }
    /// Writes an integer.
    mutating func encode(_ value: UInt64, forKey key: Key) throws { self.integer(value, key) }
    /// Writes an integer.
    mutating func encode(_ value: UInt128, forKey key: Key) throws { self.integer(value, key) }

    /// Writes any encodable value; if it throws, the member is not written.
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        let checkpoint = self.buffer.checkpoint()
        self.member(key)
        self.buffer.path.append(key)
        do {
            try self.buffer.encodeValue(value, level: self.level + 1)
        } catch {
            self.buffer.rollBack(to: checkpoint)
            throw error
        }
        self.buffer.path.removeLast()
    }

    /// An object at `key`, which may be written to until this object closes.
    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy keyType: NestedKey.Type, forKey key: Key
    ) -> KeyedEncodingContainer<NestedKey> {
        let nested = self.buffer.nestedMember(key, kind: .object, frame: self.frame, serial: self.serial)
        return CanonicalJSONWriter(buffer: nested, level: self.level + 1, slot: 0).container(keyedBy: keyType)
    }

    /// An array at `key`, which may be written to until this object closes.
    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        let nested = self.buffer.nestedMember(key, kind: .array, frame: self.frame, serial: self.serial)
        return CanonicalJSONWriter(buffer: nested, level: self.level + 1, slot: 0).unkeyedContainer()
    }

    /// An encoder for the value at `"super"`.
    mutating func superEncoder() -> any Encoder {
        let nested = self.buffer.nestedMember(
            CanonicalJSONSuperKey(), kind: .encoder, frame: self.frame, serial: self.serial
        )
        return CanonicalJSONWriter(buffer: nested, level: self.level + 1, slot: 0)
    }

    /// An encoder for the value at `key`.
    mutating func superEncoder(forKey key: Key) -> any Encoder {
        let nested = self.buffer.nestedMember(key, kind: .encoder, frame: self.frame, serial: self.serial)
        return CanonicalJSONWriter(buffer: nested, level: self.level + 1, slot: 0)
    }

    /// Writes an integer member.
    ///
    /// - Parameters:
    ///   - value: The integer.
    ///   - key: The member's key.
    @inline(__always)
    private func integer<T: FixedWidthInteger>(_ value: T, _ key: Key) {
        self.member(key)
        self.buffer.writeInteger(value)
    }
}

/// The unkeyed container of `CanonicalJSONWriter`: writes elements into the open array it belongs to.
struct CanonicalJSONUnkeyedContainer: UnkeyedEncodingContainer {
    /// The run's shared output.
    let buffer: CanonicalJSONBuffer
    /// The array's nesting level.
    let level: Int
    /// The array's frame index.
    let frame: Int
    /// The array's frame serial.
    let serial: Int

    /// The keys from the top-level value to this array.
    var codingPath: [any CodingKey] {
        self.buffer.codingPath(self.level)
    }

    /// The number of elements written so far.
    var count: Int {
        self.buffer.checkOpen(self.frame, self.serial)
        return self.buffer.frames[self.frame].count
    }

    /// Starts the next element.
    @inline(__always)
    private func element() {
        self.buffer.beginElement(frame: self.frame, serial: self.serial)
    }

    /// Writes `null`.
    mutating func encodeNil() throws {
        self.element()
        self.buffer.writeRaw("null")
    }

    /// Writes `true` or `false`.
    mutating func encode(_ value: Bool) throws {
        self.element()
        self.buffer.writeBool(value)
    }

    /// Writes a string.
    mutating func encode(_ value: String) throws {
        self.element()
        self.buffer.writeString(value)
    }

    /// Writes a number; NaN and infinities throw.
    mutating func encode(_ value: Double) throws {
        let text = try self.buffer.floatText(value, at: self.codingPath + [CanonicalJSONIndexKey(self.count)])
        self.element()
        self.buffer.writeRaw(text)
    }

    /// Writes a number; NaN and infinities throw.
    mutating func encode(_ value: Float) throws {
        let text = try self.buffer.floatText(value, at: self.codingPath + [CanonicalJSONIndexKey(self.count)])
        self.element()
        self.buffer.writeRaw(text)
    }

    /// Writes an integer.
    mutating func encode(_ value: Int) throws { self.integer(value) }
    /// Writes an integer.
    mutating func encode(_ value: Int8) throws { self.integer(value) }
    /// Writes an integer.
    mutating func encode(_ value: Int16) throws { self.integer(value) }
    /// Writes an integer.
    mutating func encode(_ value: Int32) throws { self.integer(value) }
    /// Writes an integer.
    mutating func encode(_ value: Int64) throws { self.integer(value) }
    /// Writes an integer.
    mutating func encode(_ value: Int128) throws { self.integer(value) }
    /// Writes an integer.
    mutating func encode(_ value: UInt) throws { self.integer(value) }
    /// Writes an integer.
    mutating func encode(_ value: UInt8) throws { self.integer(value) }
    /// Writes an integer.
    mutating func encode(_ value: UInt16) throws { self.integer(value) }
    /// Writes an integer.
    mutating func encode(_ value: UInt32) throws { self.integer(value) }
    /// Writes an integer.
    mutating func encode(_ value: UInt64) throws { self.integer(value) }
    /// Writes an integer.
    mutating func encode(_ value: UInt128) throws { self.integer(value) }

    /// Writes any encodable value; if it throws, the element is not written.
    mutating func encode<T: Encodable>(_ value: T) throws {
        let checkpoint = self.buffer.checkpoint()
        let index = self.buffer.beginElement(frame: self.frame, serial: self.serial)
        self.buffer.path.append(CanonicalJSONIndexKey(index))
        do {
            try self.buffer.encodeValue(value, level: self.level + 1)
        } catch {
            self.buffer.rollBack(to: checkpoint)
            throw error
        }
        self.buffer.path.removeLast()
    }

    /// An object as the next element, which may be written to until this array closes.
    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        let nested = self.buffer.nestedElement(kind: .object, frame: self.frame, serial: self.serial)
        return CanonicalJSONWriter(buffer: nested, level: self.level + 1, slot: 0).container(keyedBy: keyType)
    }

    /// An array as the next element, which may be written to until this array closes.
    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        let nested = self.buffer.nestedElement(kind: .array, frame: self.frame, serial: self.serial)
        return CanonicalJSONWriter(buffer: nested, level: self.level + 1, slot: 0).unkeyedContainer()
    }

    /// An encoder for the next element.
    mutating func superEncoder() -> any Encoder {
        let nested = self.buffer.nestedElement(kind: .encoder, frame: self.frame, serial: self.serial)
        return CanonicalJSONWriter(buffer: nested, level: self.level + 1, slot: 0)
    }

    /// Writes an integer element.
    ///
    /// - Parameter value: The integer.
    @inline(__always)
    private func integer<T: FixedWidthInteger>(_ value: T) {
        self.element()
        self.buffer.writeInteger(value)
    }
}
