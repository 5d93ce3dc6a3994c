/// A FHIR primitive type: how it appears in JSON and the format its values follow.
public struct FHIRPrimitiveType: Hashable, Sendable {
    /// The JSON kind of a primitive's value.
    public enum JSONRepresentation: String, Hashable, Sendable {
        /// A JSON string.
        case string
        /// A JSON number.
        case number
        /// `true` or `false`.
        case boolean
    }

    /// The type name: `dateTime`, `positiveInt`.
    public var name: String
    /// How values appear in JSON.
    public var json: JSONRepresentation
    /// The lexical rule.
    public var format: FHIRPrimitiveFormat
    /// The regular expression the specification gives for the whole value, when it gives one.
    public var regex: String?
    /// The smallest value of an integer type.
    public var minimum: Int64?
    /// The largest value of an integer type.
    public var maximum: Int64?
    /// The longest value in characters (id: 64; string and markdown: 1 MiB).
    public var maxLength: Int?

    /// Creates a primitive type.
    public init(name: String, json: JSONRepresentation, format: FHIRPrimitiveFormat, regex: String? = nil,
                minimum: Int64? = nil, maximum: Int64? = nil, maxLength: Int? = nil) {
        self.name = name
        self.json = json
        self.format = format
        self.regex = regex
        self.minimum = minimum
        self.maximum = maximum
        self.maxLength = maxLength
    }
}
