/// The shapes of `specs/hl7v2/<version>/*.json` as decoded (see specs/hl7v2/README.md).
enum HL7v2SpecFiles {
    /// `"rep": 1`, a number, or `"*"`.
    struct Repeat: Decodable {
        var maximum: Int

        init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let number = try? container.decode(Int.self) {
                self.maximum = number
            } else {
                self.maximum = .max
            }
        }
    }

    struct Field: Decodable {
        var seq: Int
        var name: String
        var type: String
        var opt: String
        var rep: Repeat?
        var len: Int?
        var table: String?
    }

    struct Segments: Decodable {
        struct Segment: Decodable {
            var name: String
            var fields: [Field]
        }

        var version: String
        var segments: [String: Segment]
    }

    struct DataTypes: Decodable {
        struct Primitive: Decodable {
            var name: String
            var pattern: String?
        }

        struct Composite: Decodable {
            var name: String
            var components: [Field]
        }

        var version: String
        var primitives: [String: Primitive]
        var composites: [String: Composite]
    }

    struct Tables: Decodable {
        struct Table: Decodable {
            struct Code: Decodable {
                var code: String
            }

            var name: String
            var kind: String
            var complete: Bool?
            var codes: [Code]
        }

        var version: String
        var tables: [String: Table]
    }

    final class Element: Decodable, Sendable {
        let segment: String?
        let group: String?
        let opt: String
        let rep: Repeat?
        let segments: [Element]?

        enum CodingKeys: String, CodingKey { case segment, group, opt, rep, segments }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            self.segment = try container.decodeIfPresent(String.self, forKey: .segment)
            self.group = try container.decodeIfPresent(String.self, forKey: .group)
            self.opt = try container.decode(String.self, forKey: .opt)
            self.rep = try container.decodeIfPresent(Repeat.self, forKey: .rep)
            self.segments = try container.decodeIfPresent([Element].self, forKey: .segments)
        }
    }

    struct Messages: Decodable {
        struct Structure: Decodable {
            var segments: [Element]
        }

        var version: String
        var messageTypes: [String: String]
        var structures: [String: Structure]
    }
}

extension HL7v2SpecFiles.Repeat: Sendable {}
