import Foundation

/// The part of JSON Schema (2020-12) that `specs/partners/profile.schema.json` uses, as a tree: types, properties,
/// `additionalProperties`, `required`, `enum`, `pattern`, lengths and bounds, `items`, `minItems`, property counts,
/// `$ref` into `$defs`, and the Wharf keyword `x-error` (the message for a value of the wrong type).
/// Immutable after it is built, so it is shared freely between threads.
final class ProfileSchema: @unchecked Sendable {
    /// What a schema node accepts.
    let types: Set<String>
    let properties: [String: ProfileSchema]
    /// The order the schema lists its properties in (for suggestions and messages).
    let propertyNames: [String]
    /// `nil`: anything; otherwise the schema every undeclared member must satisfy (a `false` schema refuses them).
    let additionalProperties: AdditionalProperties
    let required: [String]
    let allowed: [String]?
    let pattern: NSRegularExpression?
    let patternText: String?
    let minLength: Int?
    let maxLength: Int?
    let minimum: Int?
    let maximum: Int?
    let items: ProfileSchema?
    let minItems: Int?
    let minProperties: Int?
    let maxProperties: Int?
    let summary: String?
    let typeError: String?

    /// What a mapping may hold besides its declared properties.
    enum AdditionalProperties: Sendable {
        case any
        case refused
        case each(ProfileSchema)
    }

    private init(_ json: [String: Any], definitions: [String: Any], depth: Int) {
        var json = json
        if let reference = json["$ref"] as? String, depth < 32 {
            let name = String(reference.dropFirst("#/$defs/".count))
            let target = definitions[name] as? [String: Any] ?? [:]
            json = target.merging(json.filter { $0.key != "$ref" }) { _, local in local }
        }
        func child(_ value: Any?) -> ProfileSchema? {
            (value as? [String: Any]).map { ProfileSchema($0, definitions: definitions, depth: depth + 1) }
        }
        if let type = json["type"] as? String {
            self.types = [type]
        } else {
            self.types = Set(json["type"] as? [String] ?? [])
        }
        let properties = json["properties"] as? [String: Any] ?? [:]
        self.properties = properties.compactMapValues(child)
        self.propertyNames = properties.keys.sorted()
        switch json["additionalProperties"] {
        case let flag as Bool: self.additionalProperties = flag ? .any : .refused
        case let schema as [String: Any]:
            self.additionalProperties = .each(ProfileSchema(schema, definitions: definitions, depth: depth + 1))
        default: self.additionalProperties = .any
        }
        self.required = json["required"] as? [String] ?? []
        self.allowed = json["enum"] as? [String]
        self.patternText = json["pattern"] as? String
        self.pattern = self.patternText.flatMap { try? NSRegularExpression(pattern: $0) }
        self.minLength = json["minLength"] as? Int
        self.maxLength = json["maxLength"] as? Int
        self.minimum = json["minimum"] as? Int
        self.maximum = json["maximum"] as? Int
        self.items = child(json["items"])
        self.minItems = json["minItems"] as? Int
        self.minProperties = json["minProperties"] as? Int
        self.maxProperties = json["maxProperties"] as? Int
        self.summary = json["description"] as? String
        self.typeError = json["x-error"] as? String
    }

    /// The schema of a profile, from `specs/partners/profile.schema.json` as embedded in the binary.
    static let profile: ProfileSchema = {
        guard let text = EmbeddedPartnerSpecs.files["profile.schema.json"],
              let json = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]
        else { preconditionFailure("specs/partners/profile.schema.json is missing or invalid; run scripts/embed-specs.sh") }
        return ProfileSchema(json, definitions: json["$defs"] as? [String: Any] ?? [:], depth: 0)
    }()
}
