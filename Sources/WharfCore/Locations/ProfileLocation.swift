/// A position in a partner profile or configuration file: path, key path and line.
public struct ProfileLocation: Hashable, Sendable, Codable {
    /// The file's path as given.
    public var path: String
    /// The dotted key path (`channels.inbound[0].host`).
    public var keyPath: String?
    /// The line (1-based).
    public var line: Int?
    /// The column (1-based).
    public var column: Int?

    /// Creates a location.
    public init(path: String, keyPath: String? = nil, line: Int? = nil, column: Int? = nil) {
        self.path = path
        self.keyPath = keyPath
        self.line = line
        self.column = column
    }

    /// `partners/acme/profile.yaml:12:3 (channels.inbound[0].host)`.
    public var text: String {
        var text = self.path
        if let line = self.line {
            text += ":\(line)"
            if let column = self.column { text += ":\(column)" }
        }
        if let keyPath = self.keyPath { text += " (\(keyPath))" }
        return text
    }

    private enum CodingKeys: String, CodingKey { case format, path, keyPath, line, column }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(path: try container.decode(String.self, forKey: .path),
                  keyPath: try container.decodeIfPresent(String.self, forKey: .keyPath),
                  line: try container.decodeIfPresent(Int.self, forKey: .line),
                  column: try container.decodeIfPresent(Int.self, forKey: .column))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode("profile", forKey: .format)
        try container.encode(self.path, forKey: .path)
        try container.encodeOrNull(self.keyPath, forKey: .keyPath)
        try container.encodeOrNull(self.line, forKey: .line)
        try container.encodeOrNull(self.column, forKey: .column)
    }
}
