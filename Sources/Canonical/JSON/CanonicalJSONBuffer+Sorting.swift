import Foundation

/// Putting an object's members in the order `JSONEncoder` writes them with `.sortedKeys` on Linux: by the UTF-8
/// bytes of their keys (not case-insensitively, not numerically), one member per key.
extension CanonicalJSONBuffer {
    /// Compares two members' keys by their unescaped UTF-8, byte by byte: by their 8-byte prefixes when those
    /// differ, else with `memcmp` and then by length.
    ///
    /// - Parameters:
    ///   - first: An index into `entries`.
    ///   - second: Another index into `entries`.
    /// - Returns: Negative, zero or positive as the first key sorts before, equal to or after the second.
    @inline(__always)
    func compareKeys(_ first: Int, _ second: Int) -> Int {
        let a = self.entries[first]
        let b = self.entries[second]
        if a.keyPrefix != b.keyPrefix {
            return a.keyPrefix < b.keyPrefix ? -1 : 1
        }
        let countA = a.keyEnd - a.keyStart
        let countB = b.keyEnd - b.keyStart
        let common = min(countA, countB)
        if common > 8 {
            let order = memcmp(self.keyBytes.base + a.keyStart, self.keyBytes.base + b.keyStart, common)
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
        self.pairs.truncate(to: 0)
        let members = frame.entryBase..<self.entries.count
        if frame.asciiKeys {
            for member in members {
                self.pairs.append((key: member, value: member))
            }
            var sorted = UnsafeMutableBufferPointer(start: self.pairs.base, count: self.pairs.count)
            sorted.sort { first, second in
                let order = self.compareKeys(first.key, second.key)
                return order != 0 ? order < 0 : first.key < second.key
            }
            var kept = 0
            for index in 0..<self.pairs.count {
                let pair = self.pairs[index]
                if kept > 0, self.compareKeys(self.pairs[kept - 1].key, pair.key) == 0 {
                    self.pairs[kept - 1].value = pair.value
                } else {
                    self.pairs[kept] = pair
                    kept += 1
                }
            }
            self.pairs.truncate(to: kept)
        } else {
            var groups: [String: Int] = [:]
            for member in members {
                let entry = self.entries[member]
                let utf8 = UnsafeBufferPointer(start: self.keyBytes.base + entry.keyStart, count: entry.keyEnd - entry.keyStart)
                let key = String(decoding: utf8, as: UTF8.self)
                if let group = groups[key] {
                    // A later value for a key equal to an earlier one replaces it; the earlier spelling stays.
                    self.pairs[group].value = member
                } else {
                    groups[key] = self.pairs.count
                    self.pairs.append((key: member, value: member))
                }
            }
            var sorted = UnsafeMutableBufferPointer(start: self.pairs.base, count: self.pairs.count)
            sorted.sort {
                self.compareKeys($0.key, $1.key) < 0
            }
        }
        self.rewrite(frame)
    }

    /// Rewrites an object's bytes in the order of `pairs`: each pair's key part from its key entry and value part
    /// from its value entry.
    ///
    /// - Parameter frame: The object, still holding its members.
    private func rewrite(_ frame: Frame) {
        let regionEnd = self.bytes.count
        self.scratch.truncate(to: 0)
        self.scratch.append(from: self.bytes.base + frame.start, count: regionEnd - frame.start)
        self.bytes.truncate(to: frame.start)
        let source = self.scratch.base
        let origin = frame.start
        for index in 0..<self.pairs.count {
            let pair = self.pairs[index]
            let key = self.entries[pair.key]
            let value = self.entries[pair.value]
            let valueEnd = pair.value + 1 < self.entries.count ? self.entries[pair.value + 1].start : regionEnd
            if pair.key == pair.value {
                self.bytes.append(from: source + (key.start - origin), count: valueEnd - key.start)
            } else {
                self.bytes.append(from: source + (key.start - origin), count: key.valueStart - key.start)
                self.bytes.append(from: source + (value.valueStart - origin), count: valueEnd - value.valueStart)
            }
        }
    }
}
