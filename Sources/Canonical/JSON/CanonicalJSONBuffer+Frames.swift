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
        self.bytes.removeLast(self.bytes.count - checkpoint.byteCount)
        self.frames.removeLast(self.frames.count - checkpoint.frameCount)
        if let top = checkpoint.top {
            self.frames[self.frames.count - 1] = top
        }
        self.entries.removeLast(self.entries.count - checkpoint.entryCount)
        self.keyBytes.removeLast(self.keyBytes.count - checkpoint.keyByteCount)
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
            self.bytes.append(contentsOf: decimal.description.utf8)
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
        var key = key
        let seen = key.withUTF8 { utf8 in
            self.keyBytes.append(contentsOf: utf8)
            return self.writeString(utf8: utf8)
        }
        self.bytes.append(contentsOf: [0x20, 0x3A, 0x20])
        let entry = Entry(start: start, valueStart: self.bytes.count, keyStart: keyStart, keyEnd: self.keyBytes.count)
        self.entries.append(entry)
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
            let frame = self.frames.removeLast()
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
            self.keyBytes.removeLast(self.keyBytes.count - frame.keyBase)
            self.entries.removeLast(self.entries.count - frame.entryBase)
            self.externals.removeLast(self.externals.count - frame.externalBase)
        }
    }

    /// Compares two members' keys by their unescaped UTF-8, byte by byte.
    ///
    /// - Parameters:
    ///   - first: An index into `entries`.
    ///   - second: Another index into `entries`.
    /// - Returns: Negative, zero or positive as the first key sorts before, equal to or after the second.
    func compareKeys(_ first: Int, _ second: Int) -> Int {
        let a = self.entries[first]
        let b = self.entries[second]
        let countA = a.keyEnd - a.keyStart
        let countB = b.keyEnd - b.keyStart
        let common = min(countA, countB)
        if common > 0 {
            let order = self.keyBytes.withUnsafeBufferPointer { keys in
                memcmp(keys.baseAddress! + a.keyStart, keys.baseAddress! + b.keyStart, common)
            }
            if order != 0 {
                return Int(order)
            }
        }
        return countA - countB
    }

    /// Rewrites an object's members in key order, keeping one member per key: the first spelling of the key
    /// (keys are equal when their strings are, which for non-ASCII keys is canonical equivalence) with the
    /// last value written for it, as `JSONEncoder`'s dictionary does.
    ///
    /// - Parameter frame: The object, still holding its members.
    func sortMembers(_ frame: Frame) {
        var pairs = self.pairs
        self.pairs = []
        pairs.removeAll(keepingCapacity: true)
        let members = frame.entryBase..<self.entries.count
        if frame.asciiKeys {
            for member in members {
                pairs.append((key: member, value: member))
            }
            pairs.sort { first, second in
                let order = self.compareKeys(first.key, second.key)
                return order != 0 ? order < 0 : first.key < second.key
            }
            var kept = 0
            for pair in pairs {
                if kept > 0, self.compareKeys(pairs[kept - 1].key, pair.key) == 0 {
                    pairs[kept - 1].value = pair.value
                } else {
                    pairs[kept] = pair
                    kept += 1
                }
            }
            pairs.removeLast(pairs.count - kept)
        } else {
            var groups: [String: Int] = [:]
            for member in members {
                let entry = self.entries[member]
                let key = String(decoding: self.keyBytes[entry.keyStart..<entry.keyEnd], as: UTF8.self)
                if let group = groups[key] {
                    pairs[group].value = member
                } else {
                    groups[key] = pairs.count
                    pairs.append((key: member, value: member))
                }
            }
            pairs.sort { self.compareKeys($0.key, $1.key) < 0 }
        }
        let regionEnd = self.bytes.count
        self.scratch.removeAll(keepingCapacity: true)
        self.scratch.append(contentsOf: self.bytes[frame.start..<regionEnd])
        self.bytes.removeLast(regionEnd - frame.start)
        for pair in pairs {
            let key = self.entries[pair.key]
            let value = self.entries[pair.value]
            let valueEnd = pair.value + 1 < self.entries.count ? self.entries[pair.value + 1].start : regionEnd
            if pair.key == pair.value {
                self.bytes.append(contentsOf: self.scratch[(key.start - frame.start)..<(valueEnd - frame.start)])
            } else {
                self.bytes.append(contentsOf: self.scratch[(key.start - frame.start)..<(key.valueStart - frame.start)])
                self.bytes.append(contentsOf: self.scratch[(value.valueStart - frame.start)..<(valueEnd - frame.start)])
            }
        }
        self.pairs = pairs
    }
}
