/// The kind of a JSON value.
public enum JSONKind: UInt8, Hashable, Sendable, CustomStringConvertible {
    /// `{ … }`
    case object
    /// `[ … ]`
    case array
    /// `"…"`
    case string
    /// A number, kept as its exact text.
    case number
    /// `true` or `false`.
    case bool
    /// `null`
    case null

    /// The kind with an article, for messages: "an object", "a string".
    public var description: String {
        switch self {
        case .object: "an object"
        case .array: "an array"
        case .string: "a string"
        case .number: "a number"
        case .bool: "a boolean"
        case .null: "null"
        }
    }
}
