/// Suggestions for misspelt keys: the closest allowed key by edit distance, when it is close enough to be a typo.
enum KeySuggestion {
    /// The allowed key closest to `key` (at most a third of its length away, and at most 3 edits; or one that
    /// starts the other), if any.
    static func closest(to key: String, among allowed: [String]) -> String? {
        let lowered = key.lowercased()
        if lowered.count >= 3, let prefixed = allowed.first(where: {
            let candidate = $0.lowercased()
            return candidate != lowered && (lowered.hasPrefix(candidate) || candidate.hasPrefix(lowered))
        }) {
            return prefixed
        }
        var best: (String, Int)?
        for candidate in allowed {
            let distance = Self.distance(Array(lowered.utf8), Array(candidate.lowercased().utf8))
            if distance < (best?.1 ?? .max) { best = (candidate, distance) }
        }
        guard let (candidate, distance) = best, distance <= min(3, max(1, key.count / 3)) else { return nil }
        return candidate
    }

    /// Levenshtein distance, with a transposition counted as one edit (optimal string alignment).
    static func distance(_ a: [UInt8], _ b: [UInt8]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previousPrevious = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], previousPrevious[j - 2] + 1)
                }
            }
            (previousPrevious, previous, current) = (previous, current, previousPrevious)
        }
        return previous[b.count]
    }
}
