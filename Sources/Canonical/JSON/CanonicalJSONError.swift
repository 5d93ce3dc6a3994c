import Foundation

/// Why a canonical JSON file could not be read or written.
///
/// `path` is an RFC 6901 JSON pointer to the offending member (`/documents/0/document/lines/2/quantity/value`),
/// so a caller can report it as a `Diagnostic` location. Messages never contain member values (PHI).
public struct CanonicalJSONError: Error, Hashable, Sendable, CustomStringConvertible {
    /// A stable, dotted error code.
    public struct Code: CanonicalCode {
        /// The code's text, e.g. `"canonical.json.syntax"`.
        public let rawValue: String

        /// Creates the code from its text.
        ///
        /// - Parameter rawValue: The code's text.
        public init(rawValue: String) {
            self.rawValue = rawValue
        }

        /// The bytes are not JSON.
        public static let syntax: Self = "canonical.json.syntax"
        /// The file's `canonicalVersion` is not one this build reads.
        public static let unsupportedVersion: Self = "canonical.json.unsupported-version"
        /// A member has the wrong JSON type (a number where a string belongs, say).
        public static let typeMismatch: Self = "canonical.json.type-mismatch"
        /// A required member is missing or `null`.
        public static let missingValue: Self = "canonical.json.missing-value"
        /// A member has the right type but a value the model rejects (a decimal string that is not exact
        /// decimal text, a malformed date, an unknown document kind, an empty code).
        public static let invalidValue: Self = "canonical.json.invalid-value"
        /// A value has no canonical JSON form (a NaN decimal).
        public static let unencodable: Self = "canonical.json.unencodable"
    }

    /// What went wrong.
    public var code: Code
    /// The JSON pointer of the offending member; `""` is the whole file.
    public var path: String
    /// A description for people; it never contains member values.
    public var message: String

    /// Creates an error.
    ///
    /// - Parameters:
    ///   - code: What went wrong.
    ///   - path: The JSON pointer of the offending member.
    ///   - message: A description that does not contain member values.
    @inlinable
    public init(_ code: Code, path: String, _ message: String) {
        self.code = code
        self.path = path
        self.message = message
    }

    /// The code, path and message, e.g.
    /// `canonical.json.invalid-value at /documents/0/document/lines/0/quantity/value: …`.
    public var description: String {
        "\(self.code) at \(self.path.isEmpty ? "/" : self.path): \(self.message)"
    }
}

extension CanonicalJSONError {
    /// Translates a `DecodingError` without quoting any value from the input.
    init(decoding error: DecodingError) {
        switch error {
        case .typeMismatch(let type, let context):
            self.init(.typeMismatch, path: Self.pointer(context.codingPath), "Expected a value of type \(type).")
        case .valueNotFound(let type, let context):
            self.init(.missingValue, path: Self.pointer(context.codingPath), "A required \(type) is null.")
        case .keyNotFound(let key, let context):
            self.init(
                .missingValue,
                path: Self.pointer(context.codingPath + [key]),
                "The required member \"\(key.stringValue)\" is missing."
            )
        case .dataCorrupted(let context) where context.codingPath.isEmpty:
            self.init(.syntax, path: "", "The bytes are not valid JSON.")
        case .dataCorrupted(let context) where context.underlyingError is CanonicalRuleViolation:
            // Canonical's own checks write these descriptions, and none of them quotes a value.
            self.init(.invalidValue, path: Self.pointer(context.codingPath), context.debugDescription)
        case .dataCorrupted(let context):
            // Foundation's descriptions may quote the input: say only where.
            self.init(.invalidValue, path: Self.pointer(context.codingPath), "The value is not valid here.")
        @unknown default:
            self.init(.invalidValue, path: "", "The file does not fit the canonical model.")
        }
    }

    /// Translates an `EncodingError`.
    init(encoding error: EncodingError) {
        switch error {
        case .invalidValue(_, let context):
            self.init(.unencodable, path: Self.pointer(context.codingPath), context.debugDescription)
        @unknown default:
            self.init(.unencodable, path: "", "The documents could not be encoded.")
        }
    }

    /// The RFC 6901 JSON pointer of a coding path: `/documents/0/document`.
    static func pointer(_ codingPath: [any CodingKey]) -> String {
        codingPath.map { key in
            if let index = key.intValue {
                return "/\(index)"
            }
            let escaped = key.stringValue.replacingOccurrences(of: "~", with: "~0")
                .replacingOccurrences(of: "/", with: "~1")
            return "/" + escaped
        }.joined()
    }
}
