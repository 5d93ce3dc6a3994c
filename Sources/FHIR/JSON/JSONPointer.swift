/// An RFC 6901 JSON pointer: the reference tokens from the root to one value.
///
/// ```swift
/// JSONPointer(["entry", "0", "resource"]).text   // "/entry/0/resource"
/// JSONPointer(parsing: "/a~1b/c~0d")?.tokens      // ["a/b", "c~d"]
/// ```
public struct JSONPointer: Hashable, Sendable, CustomStringConvertible {
    /// The unescaped reference tokens; empty for the whole document.
    public var tokens: [String]

    /// Creates a pointer from unescaped tokens.
    public init(_ tokens: [String] = []) { self.tokens = tokens }

    /// Parses the text form; `nil` unless it is empty or starts with `/`, or when `~` is not followed by 0 or 1.
    public init?(parsing text: String) {
        guard !text.isEmpty else {
            self.tokens = []
            return
        }
        guard text.hasPrefix("/") else { return nil }
        var tokens: [String] = []
        for raw in text.dropFirst().split(separator: "/", omittingEmptySubsequences: false) {
            var token = ""
            var iterator = raw.makeIterator()
            while let character = iterator.next() {
                guard character == "~" else {
                    token.append(character)
                    continue
                }
                switch iterator.next() {
                case "0": token.append("~")
                case "1": token.append("/")
                default: return nil
                }
            }
            tokens.append(token)
        }
        self.tokens = tokens
    }

    /// The text form: `""` or `/token/token`, with `~` as `~0` and `/` as `~1`.
    public var text: String { self.tokens.reduce(into: "") { text, token in text += "/" + Self.escape(token) } }

    /// The pointer one member deeper.
    public func appending(_ key: String) -> JSONPointer { JSONPointer(self.tokens + [key]) }

    /// The pointer one array element deeper (0-based, as JSON pointers count).
    public func appending(_ index: Int) -> JSONPointer { JSONPointer(self.tokens + [String(index)]) }

    public var description: String { self.text }

    /// One token escaped for the text form.
    public static func escape(_ token: String) -> String {
        guard token.contains(where: { $0 == "~" || $0 == "/" }) else { return token }
        return token.replacingOccurrences(of: "~", with: "~0").replacingOccurrences(of: "/", with: "~1")
    }
}

extension String {
    /// Replaces every occurrence of `target` (kept local so that the module does not need Foundation).
    fileprivate func replacingOccurrences(of target: String, with replacement: String) -> String {
        var result = ""
        var rest = Substring(self)
        while let range = rest.firstRange(of: target) {
            result += rest[..<range.lowerBound]
            result += replacement
            rest = rest[range.upperBound...]
        }
        return result + rest
    }
}
