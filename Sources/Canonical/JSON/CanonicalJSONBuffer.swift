import Foundation

/// The shared state of one `CanonicalJSONWriter` run: the bytes written so far, the containers still open and the
/// coding path.
///
/// Values go straight into `bytes` as they are encoded. An array writes `[` when it opens and each element as
/// `,\n<indent>value` (no comma before the first). An object writes nothing when it opens and every member as
/// `,\n<indent>"key" : value`; when it closes, its members are put in key order if they are not already, a key
/// written twice keeps its last value, and the first member's comma becomes the `{`. Containers made with
/// `nestedContainer` or `superEncoder` may be written to at any time while their parent is open, so each writes into
/// a buffer of its own that is spliced into the parent's bytes when the parent closes
/// (see `CanonicalJSONBuffer+Nested.swift`).
///
/// The hot state lives in `CanonicalJSONStorage` and is `@exclusivity(unchecked)`: `Array`'s per-append work and
/// dynamic exclusivity checks cost more than the writing itself. No method holds an access to a stored property
/// across a call that could reach the same property again.
final class CanonicalJSONBuffer {
    /// An open array or object.
    struct Frame {
        /// Whether this is an object (else an array).
        var isObject: Bool
        /// The nesting level of the container: 0 for the top-level value.
        var level: Int
        /// Where the container's bytes begin: the `[` of an array, the first member's comma of an object.
        var start: Int
        /// The first of this object's entries in `entries`.
        var entryBase: Int
        /// Where this object's keys begin in `keyBytes`.
        var keyBase: Int
        /// The first of this container's nested buffers in `externals`.
        var externalBase: Int
        /// A number no other frame of this buffer has, so a container can tell that its frame is still open.
        var serial: Int
        /// The number of elements or members written so far.
        var count = 0
        /// Whether every member's key so far is greater than the one before, in UTF-8 byte order.
        var inOrder = true
        /// Whether every member's key so far is ASCII, so that equal keys are equal bytes.
        var asciiKeys = true
    }

    /// One member written into an open object.
    struct Entry {
        /// Where the member's leading comma is in `bytes`.
        var start: Int
        /// Where the member's value begins in `bytes`.
        var valueStart: Int
        /// Where the key's unescaped UTF-8 begins in `keyBytes`.
        var keyStart: Int
        /// Where the key's unescaped UTF-8 ends in `keyBytes`.
        var keyEnd: Int
        /// The key's first eight bytes, big-endian and zero-padded, which order most keys without `memcmp`.
        var keyPrefix: UInt64
    }

    /// The deepest container level `JSONEncoder` writes: it refuses 512 nested containers.
    static let maximumLevel = 510
    /// A newline followed by enough spaces for any level up to `maximumLevel + 1`.
    static let indentation: [UInt8] = [0x0A] + [UInt8](repeating: 0x20, count: 2 * (maximumLevel + 2))

    /// The output so far.
    @exclusivity(unchecked) var bytes = CanonicalJSONStorage<UInt8>(capacity: 4096)
    /// The open containers, innermost last.
    @exclusivity(unchecked) var frames = CanonicalJSONStorage<Frame>(capacity: 16)
    /// The members of the open objects, in the order written.
    @exclusivity(unchecked) var entries = CanonicalJSONStorage<Entry>(capacity: 64)
    /// The unescaped UTF-8 of the keys in `entries`, which is what members are sorted by.
    @exclusivity(unchecked) var keyBytes = CanonicalJSONStorage<UInt8>(capacity: 1024)
    /// Reused storage for reordering an object's bytes.
    @exclusivity(unchecked) var scratch = CanonicalJSONStorage<UInt8>(capacity: 4096)
    /// Reused storage for the (key entry, value entry) pairs of an object being sorted.
    @exclusivity(unchecked) var pairs = CanonicalJSONStorage<(key: Int, value: Int)>(capacity: 32)
    /// Buffers of nested containers and super encoders, waiting to be spliced into their parents.
    @exclusivity(unchecked) var externals: [External] = []
    /// The coding path of the value being encoded; a container at level `n` uses the first `n` keys.
    @exclusivity(unchecked) var path: [any CodingKey]
    /// Set when a container is nested deeper than `JSONEncoder` allows; the run then fails at the end, as it does.
    @exclusivity(unchecked) var tooDeep = false
    /// The serial the next frame gets.
    @exclusivity(unchecked) var nextSerial = 0
    /// `indentation`, held here so writing it needs no lazy-global check.
    let indentation = CanonicalJSONBuffer.indentation

    /// Creates an empty buffer.
    ///
    /// - Parameter path: The coding path of the value this buffer holds.
    init(path: [any CodingKey]) {
        self.path = path
    }

    deinit {
        self.bytes.release()
        self.frames.release()
        self.entries.release()
        self.keyBytes.release()
        self.scratch.release()
        self.pairs.release()
    }

    /// The coding path of a container or encoder at `level`.
    ///
    /// - Parameter level: The nesting level.
    /// - Returns: The first `level` keys of the current path.
    func codingPath(_ level: Int) -> [any CodingKey] {
        Array(self.path.prefix(level))
    }

    /// A copy of the bytes written.
    var output: [UInt8] {
        [UInt8](UnsafeBufferPointer(start: self.bytes.base, count: self.bytes.count))
    }

    // MARK: Scalars

    /// Writes a newline and the indentation of `level` (two spaces a level).
    ///
    /// - Parameter level: The nesting level to indent to.
    @inline(__always)
    func newline(indent level: Int) {
        let count = 1 + 2 * level
        if count <= self.indentation.count {
            self.indentation.withUnsafeBufferPointer { self.bytes.append(from: $0.baseAddress!, count: count) }
        } else {
            self.bytes.append(0x0A)
            for _ in 0..<(2 * level) {
                self.bytes.append(0x20)
            }
        }
    }

    /// Writes ASCII text, such as `null` or ` : `, as it is.
    ///
    /// - Parameter text: The text.
    @inline(__always)
    func writeRaw(_ text: StaticString) {
        self.bytes.append(from: text.utf8Start, count: text.utf8CodeUnitCount)
    }

    /// Writes UTF-8 text that needs no escaping, such as a number's `description`.
    ///
    /// - Parameter text: The text.
    func writeRaw(_ text: String) {
        var text = text
        text.withUTF8 { self.bytes.append($0) }
    }

    /// Writes `true` or `false`.
    ///
    /// - Parameter value: The value.
    func writeBool(_ value: Bool) {
        value ? self.writeRaw("true") : self.writeRaw("false")
    }

    /// Writes an integer in decimal, as `description` spells it.
    ///
    /// - Parameter value: The value.
    @inline(__always)
    func writeInteger<T: FixedWidthInteger>(_ value: T) {
        guard T.bitWidth <= 64 else {
            self.writeRaw(value.description)
            return
        }
        let negative = value < 0
        var magnitude = UInt64(truncatingIfNeeded: value.magnitude)
        self.bytes.appendDirectly(maximum: 21) { out in
            var digits = 0
            var rest = magnitude
            repeat {
                digits += 1
                rest /= 10
            } while rest != 0
            let sign = negative ? 1 : 0
            if negative {
                out[0] = 0x2D
            }
            for index in stride(from: sign + digits - 1, through: sign, by: -1) {
                out[index] = 0x30 &+ UInt8(truncatingIfNeeded: magnitude % 10)
                magnitude /= 10
            }
            return sign + digits
        }
    }

    /// The text `JSONEncoder` writes for a floating-point number: its `description` without a trailing `.0`.
    ///
    /// - Parameters:
    ///   - value: The value.
    ///   - codingPath: Where the value is, for the error.
    /// - Returns: The text, e.g. `1`, `0.1`, `1e+20`.
    /// - Throws: `EncodingError.invalidValue` for NaN and infinities, as `JSONEncoder` by default.
    func floatText<F: BinaryFloatingPoint & CustomStringConvertible>(
        _ value: F, at codingPath: @autoclosure () -> [any CodingKey]
    ) throws -> String {
        guard value.isFinite else {
            let context = EncodingError.Context(
                codingPath: codingPath(), debugDescription: "Unable to encode \(F.self).\(value) directly in JSON."
            )
            throw EncodingError.invalidValue(value, context)
        }
        var text = value.description
        if text.hasSuffix(".0") {
            text.removeLast(2)
        }
        return text
    }

    /// Writes a quoted, escaped JSON string.
    ///
    /// - Parameter string: The string.
    func writeString(_ string: String) {
        var string = string
        string.withUTF8 { _ = self.writeString(utf8: $0) }
    }

    /// Writes UTF-8 as a quoted JSON string, escaped exactly as `JSONEncoder` escapes it: `\"`, `\\`, `\b`, `\f`,
    /// `\n`, `\r`, `\t`, `\u00xx` (lowercase hex) for the other bytes below 0x20, and everything else (`/`, DEL,
    /// U+2028, non-ASCII) as it is.
    ///
    /// - Parameter utf8: The string's UTF-8.
    /// - Returns: The bitwise OR of the bytes: 0x80 or more means the string is not ASCII.
    func writeString(utf8: UnsafeBufferPointer<UInt8>) -> UInt8 {
        var seen: UInt8 = 0
        self.bytes.appendDirectly(maximum: 6 * utf8.count + 2) { start in
            var out = start
            out.pointee = 0x22
            out += 1
            var runStart = 0
            for index in 0..<utf8.count {
                let byte = utf8[index]
                seen |= byte
                guard byte < 0x20 || byte == 0x22 || byte == 0x5C else {
                    continue
                }
                if index > runStart {
                    out.initialize(from: utf8.baseAddress! + runStart, count: index - runStart)
                    out += index - runStart
                }
                out += Self.writeEscape(byte, to: out)
                runStart = index + 1
            }
            if runStart < utf8.count {
                out.initialize(from: utf8.baseAddress! + runStart, count: utf8.count - runStart)
                out += utf8.count - runStart
            }
            out.pointee = 0x22
            return out + 1 - start
        }
        return seen
    }

    /// Writes the escape of one byte that JSON strings may not hold as it is.
    ///
    /// - Parameters:
    ///   - byte: A quote, a backslash or a control character.
    ///   - out: Where to write, with room for 6 bytes.
    /// - Returns: The number of bytes written.
    private static func writeEscape(_ byte: UInt8, to out: UnsafeMutablePointer<UInt8>) -> Int {
        out[0] = 0x5C
        switch byte {
        case 0x22, 0x5C: out[1] = byte
        case 0x08: out[1] = UInt8(ascii: "b")
        case 0x0C: out[1] = UInt8(ascii: "f")
        case 0x0A: out[1] = UInt8(ascii: "n")
        case 0x0D: out[1] = UInt8(ascii: "r")
        case 0x09: out[1] = UInt8(ascii: "t")
        default:
            let hex: (UInt8) -> UInt8 = { $0 < 10 ? 0x30 + $0 : 0x61 + $0 - 10 }
            out[1] = UInt8(ascii: "u")
            out[2] = 0x30
            out[3] = 0x30
            out[4] = hex(byte >> 4)
            out[5] = hex(byte & 0x0F)
            return 6
        }
        return 2
    }

    /// Writes the empty object or array `JSONEncoder` writes when pretty printing: a blank line between brackets.
    ///
    /// - Parameters:
    ///   - object: Whether to write `{}` rather than `[]`.
    ///   - level: The nesting level of the container.
    func writeEmpty(object: Bool, level: Int) {
        if level > Self.maximumLevel {
            self.tooDeep = true
        }
        self.bytes.append(object ? 0x7B : 0x5B)
        self.bytes.append(0x0A)
        self.newline(indent: level)
        self.bytes.append(object ? 0x7D : 0x5D)
    }
}
