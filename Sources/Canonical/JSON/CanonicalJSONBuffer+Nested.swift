import Foundation

extension CanonicalJSONBuffer {
    /// A container made by `nestedContainer`, `nestedUnkeyedContainer` or `superEncoder`.
    ///
    /// Such a container may be written to at any time until its parent closes, so it writes into a buffer of its
    /// own; the parent has already written the member's key or the element's separator, and splices the buffer's
    /// bytes in at `offset` when it closes.
    struct External {
        /// What made the buffer.
        enum Kind {
            /// `nestedContainer(keyedBy:)`.
            case object
            /// `nestedUnkeyedContainer()`.
            case array
            /// `superEncoder()`: any value.
            case encoder
        }

        /// Where the buffer's bytes go in the parent's `bytes`.
        var offset: Int
        /// The nested value's bytes.
        var buffer: CanonicalJSONBuffer
        /// The nested value's nesting level.
        var level: Int
        /// The member's key, for a member of an object.
        var key: String?
        /// What made the buffer.
        var kind: Kind
    }

    /// The buffer for a nested container or super encoder at a member of the object at `index`.
    ///
    /// Asking twice for the same kind of nested container at the same key gives the same buffer, so both
    /// containers write into one value, as with `JSONEncoder`.
    ///
    /// - Parameters:
    ///   - key: The member's key.
    ///   - kind: What is being made.
    ///   - index: The object's frame index.
    ///   - serial: The object's frame serial.
    /// - Returns: The buffer, whose value has level `frame level + 1`.
    func nestedMember(_ key: some CodingKey, kind: External.Kind, frame index: Int, serial: Int) -> CanonicalJSONBuffer {
        self.checkOpen(index, serial)
        let name = key.stringValue
        let mine = self.externals[self.frames[index].externalBase...]
        if kind != .encoder, let existing = mine.last(where: { $0.kind == kind && $0.key == name }) {
            return existing.buffer
        }
        let level = self.frames[index].level + 1
        let buffer = CanonicalJSONBuffer(path: self.codingPath(level - 1) + [key])
        self.beginMember(name, frame: index, serial: serial)
        self.externals.append(External(offset: self.bytes.count, buffer: buffer, level: level, key: name, kind: kind))
        return buffer
    }

    /// The buffer for a nested container or super encoder as the next element of the array at `index`.
    ///
    /// - Parameters:
    ///   - kind: What is being made.
    ///   - index: The array's frame index.
    ///   - serial: The array's frame serial.
    /// - Returns: The buffer, whose value has level `frame level + 1`.
    func nestedElement(kind: External.Kind, frame index: Int, serial: Int) -> CanonicalJSONBuffer {
        let element = self.beginElement(frame: index, serial: serial)
        let level = self.frames[index].level + 1
        let buffer = CanonicalJSONBuffer(path: self.codingPath(level - 1) + [CanonicalJSONIndexKey(element)])
        self.externals.append(External(offset: self.bytes.count, buffer: buffer, level: level, key: nil, kind: kind))
        return buffer
    }

    /// Closes everything still open in a nested buffer; a value that wrote nothing becomes `{}`.
    ///
    /// - Parameter level: The nested value's level.
    /// - Returns: This buffer, whose `bytes` now hold the whole value.
    func finishNested(level: Int) -> CanonicalJSONBuffer {
        self.closeFrames(downTo: 0)
        if self.bytes.count == 0 {
            self.writeEmpty(object: true, level: level)
        }
        return self
    }

    /// Splices the nested buffers of a closing container into its bytes, moving its members' offsets to match.
    ///
    /// - Parameter frame: The closing container.
    func splice(_ frame: Frame) {
        guard self.externals.count > frame.externalBase else {
            return
        }
        let regionEnd = self.bytes.count
        self.scratch.truncate(to: 0)
        self.scratch.append(from: self.bytes.base + frame.start, count: regionEnd - frame.start)
        self.bytes.truncate(to: frame.start)
        let source = self.scratch.base
        let origin = frame.start
        var cursor = frame.start
        var shift = 0
        var member = frame.entryBase
        for external in self.externals[frame.externalBase...] {
            while member < self.entries.count, self.entries[member].start < external.offset {
                self.entries[member].start += shift
                self.entries[member].valueStart += shift
                member += 1
            }
            self.bytes.append(from: source + (cursor - origin), count: external.offset - cursor)
            let nested = external.buffer.finishNested(level: external.level)
            self.tooDeep = self.tooDeep || nested.tooDeep
            self.bytes.append(from: nested.bytes.base, count: nested.bytes.count)
            shift += nested.bytes.count
            cursor = external.offset
        }
        while member < self.entries.count {
            self.entries[member].start += shift
            self.entries[member].valueStart += shift
            member += 1
        }
        self.bytes.append(from: source + (cursor - origin), count: regionEnd - cursor)
    }
}
