import Foundation

extension CanonicalJSONBuffer {
    /// Everything needed to undo a value whose encoding threw, so that a caller who catches the error (`try?`)
    /// finds the container as it was, like `JSONEncoder`, which stores nothing for a value that throws.
    struct Checkpoint {
        /// `bytes.count` before the value.
        var byteCount: Int
        /// `frames.count` before the value.
        var frameCount: Int
        /// The innermost open frame before the value.
        var top: Frame?
        /// `entries.count` before the value.
        var entryCount: Int
        /// `keyBytes.count` before the value.
        var keyByteCount: Int
        /// `externals.count` before the value.
        var externalCount: Int
        /// `path.count` before the value.
        var pathCount: Int
    }

    /// Records the state to return to if the next value throws.
    ///
    /// - Returns: The checkpoint.
    func checkpoint() -> Checkpoint {
        Checkpoint(
            byteCount: self.bytes.count, frameCount: self.frames.count, top: self.frames.last,
            entryCount: self.entries.count, keyByteCount: self.keyBytes.count, externalCount: self.externals.count,
            pathCount: self.path.count
        )
    }

    /// Forgets everything written since `checkpoint`.
    ///
    /// - Parameter checkpoint: A checkpoint taken in the same container.
    func rollBack(to checkpoint: Checkpoint) {
        self.bytes.truncate(to: checkpoint.byteCount)
        self.frames.truncate(to: checkpoint.frameCount)
        if let top = checkpoint.top {
            self.frames[self.frames.count - 1] = top
        }
        self.entries.truncate(to: checkpoint.entryCount)
        self.keyBytes.truncate(to: checkpoint.keyByteCount)
        self.externals.removeLast(self.externals.count - checkpoint.externalCount)
        self.path.removeLast(self.path.count - checkpoint.pathCount)
    }

    // MARK: Values

    /// Encodes a value at `level`, as `JSONEncoder` does: `Decimal` as a bare number, `URL` as its absolute string,
    /// `Data` as Base64, anything else by its `encode(to:)`, and a value that encodes nothing as `{}`.
    ///
    /// - Parameters:
    ///   - value: The value.
    ///   - level: Its nesting level.
    /// - Throws: Whatever the value's `encode(to:)` throws.
    func encodeValue<T: Encodable>(_ value: T, level: Int) throws {
        guard try !self.encodeSpecial(value) else {
            return
        }
        let frameCount = self.frames.count
        let slot = self.bytes.count
        try value.encode(to: CanonicalJSONWriter(buffer: self, level: level, slot: slot))
        self.closeFrames(downTo: frameCount)
        if self.bytes.count == slot {
            self.writeEmpty(object: true, level: level)
        }
    }

    /// Writes the types `JSONEncoder` treats specially (with its default strategies).
    ///
    /// - Parameter value: The value.
    /// - Returns: Whether the value was one of them and is written.
    func encodeSpecial<T: Encodable>(_ value: T) throws -> Bool {
        if T.self == Decimal.self, let decimal = value as? Decimal {
            self.writeRaw(decimal.description)
        } else if T.self == URL.self, let url = value as? URL {
            self.writeString(url.absoluteString)
        } else if T.self == Data.self, let data = value as? Data {
            self.writeString(data.base64EncodedString())
        } else {
            return false
        }
        return true
    }

    // MARK: Frames

    /// Opens the container an encoder at `level` asks for, or returns the one it already opened.
    ///
    /// - Parameters:
    ///   - object: Whether an object (else an array) is wanted.
    ///   - level: The encoder's nesting level.
    ///   - slot: Where the encoder's value begins in `bytes`.
    /// - Returns: The frame's index and serial.
    func openFrame(object: Bool, level: Int, slot: Int) -> (index: Int, serial: Int) {
        if let top = self.frames.last, top.level == level {
            precondition(top.isObject == object, "CanonicalJSONWriter: a different container was already requested here.")
            return (self.frames.count - 1, top.serial)
        }
        precondition(self.bytes.count == slot, "CanonicalJSONWriter: a value was already encoded at this coding path.")
        if level > Self.maximumLevel {
            self.tooDeep = true
        }
        self.nextSerial += 1
        let frame = Frame(
            isObject: object, level: level, start: self.bytes.count, entryBase: self.entries.count,
            keyBase: self.keyBytes.count, externalBase: self.externals.count, serial: self.nextSerial
        )
        self.frames.append(frame)
        if !object {
            self.bytes.append(0x5B)
        }
        return (self.frames.count - 1, frame.serial)
    }

    /// Stops a container used after it closed or while a value inside it is still being encoded.
    ///
    /// - Parameters:
    ///   - index: The container's frame index.
    ///   - serial: The container's frame serial.
    @inline(__always)
    func checkOpen(_ index: Int, _ serial: Int) {
        precondition(
            index == self.frames.count - 1 && self.frames[index].serial == serial,
            "CanonicalJSONWriter: a container was used outside the encode(to:) call that created it."
        )
    }

    /// Starts an object member: writes `,\n<indent>"key" : ` and records the key.
    ///
    /// - Parameters:
    ///   - key: The member's key.
    ///   - index: The object's frame index.
    ///   - serial: The object's frame serial.
    func beginMember(_ key: String, frame index: Int, serial: Int) {
        self.checkOpen(index, serial)
        let start = self.bytes.count
        self.bytes.append(0x2C)
        self.newline(indent: self.frames[index].level + 1)
        let keyStart = self.keyBytes.count
        var prefix: UInt64 = 0
        var key = key
        let seen = key.withUTF8 { utf8 in
            self.keyBytes.append(utf8)
            for offset in 0..<8 {
                prefix = prefix << 8 | (offset < utf8.count ? UInt64(utf8[offset]) : 0)
            }
            return self.writeString(utf8: utf8)
        }
        self.writeRaw(" : ")
        self.entries.append(Entry(
            start: start, valueStart: self.bytes.count, keyStart: keyStart, keyEnd: self.keyBytes.count,
            keyPrefix: prefix
        ))
        var frame = self.frames[index]
        if frame.count > 0, frame.inOrder, self.compareKeys(self.entries.count - 2, self.entries.count - 1) >= 0 {
            frame.inOrder = false
        }
        frame.asciiKeys = frame.asciiKeys && seen < 0x80
        frame.count += 1
        self.frames[index] = frame
    }

    /// Starts an array element: writes the separator and indentation.
    ///
    /// - Parameters:
    ///   - index: The array's frame index.
    ///   - serial: The array's frame serial.
    /// - Returns: The element's index in the array.
    @discardableResult
    func beginElement(frame index: Int, serial: Int) -> Int {
        self.checkOpen(index, serial)
        let count = self.frames[index].count
        if count > 0 {
            self.bytes.append(0x2C)
        }
        self.newline(indent: self.frames[index].level + 1)
        self.frames[index].count = count + 1
        return count
    }

    /// Closes open containers until `count` remain.
    ///
    /// - Parameter count: The number of frames to keep.
    func closeFrames(downTo count: Int) {
        while self.frames.count > count {
            let frame = self.frames[self.frames.count - 1]
            self.frames.truncate(to: self.frames.count - 1)
            self.splice(frame)
            if !frame.isObject {
                if frame.count == 0 {
                    self.bytes.append(0x0A)
                }
                self.newline(indent: frame.level)
                self.bytes.append(0x5D)
            } else if frame.count == 0 {
                self.writeEmpty(object: true, level: frame.level)
            } else {
                if !(frame.inOrder && frame.asciiKeys) {
                    self.sortMembers(frame)
                }
                self.bytes[frame.start] = 0x7B
                self.newline(indent: frame.level)
                self.bytes.append(0x7D)
            }
            self.keyBytes.truncate(to: frame.keyBase)
            self.entries.truncate(to: frame.entryBase)
            if self.externals.count > frame.externalBase {
                self.externals.removeLast(self.externals.count - frame.externalBase)
            }
        }
    }
}
