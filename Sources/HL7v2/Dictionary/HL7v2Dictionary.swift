import Foundation

/// What Wharf knows of one HL7 v2 version, from `specs/hl7v2/<version>/`: segment definitions, data types, message
/// structures and the closed HL7 tables. Loaded once per version, on first use.
public final class HL7v2Dictionary: Sendable {
    /// A field or component definition.
    public struct Field: Sendable {
        public let position: Int
        public let name: String
        public let type: String
        public let required: Bool
        public let maximumRepetitions: Int
        public let maximumLength: Int?
        public let table: String?
    }

    /// One element of a message structure: a segment, or a group of elements; with the segment ids it can start
    /// with and all the ids it holds, computed once when the dictionary loads.
    public struct StructureElement: Sendable {
        /// What the element is.
        public enum Kind: Sendable {
            case segment(String)
            case group(String, [StructureElement])
        }

        public let kind: Kind
        public let required: Bool
        public let maximum: Int
        /// The segment ids the element can start with.
        public let firstIDs: Set<String>
        /// Every segment id in the element.
        public let allIDs: Set<String>
        /// For a group, the ids of its children from each position to the end (`suffixIDs[i]` for children i…).
        public let suffixIDs: [Set<String>]

        init(segment: String, required: Bool, maximum: Int) {
            self.kind = .segment(segment)
            self.required = required
            self.maximum = maximum
            self.firstIDs = [segment]
            self.allIDs = [segment]
            self.suffixIDs = []
        }

        init(group: String, required: Bool, maximum: Int, children: [StructureElement]) {
            self.kind = .group(group, children)
            self.required = required
            self.maximum = maximum
            var first: Set<String> = []
            for child in children {
                first.formUnion(child.firstIDs)
                if child.required { break }
            }
            self.firstIDs = first
            self.allIDs = children.reduce(into: []) { $0.formUnion($1.allIDs) }
            var suffixes = [Set<String>](repeating: [], count: children.count + 1)
            for index in children.indices.reversed() { suffixes[index] = suffixes[index + 1].union(children[index].allIDs) }
            self.suffixIDs = suffixes
        }

        /// The element's name: its segment id or its group name.
        public var name: String {
            switch self.kind {
            case .segment(let id): return id
            case .group(let name, _): return name
            }
        }
    }

    /// The version (`2.5.1`).
    public let version: String
    /// Field definitions by segment id.
    public let segments: [String: [Field]]
    /// Component definitions by composite data type.
    public let composites: [String: [Field]]
    /// Value patterns of primitive data types.
    let patterns: [String: NSRegularExpressionBox]
    /// Codes of the closed (HL7-defined, complete) tables.
    public let closedTables: [String: Set<String>]
    /// Field rules by segment id, compiled once: components resolved, closed tables and form checks attached.
    let rules: [String: [HL7v2FieldRule]]
    /// Message structure by trigger (`OMS^O05` → the message as a group of its elements).
    public let structures: [String: StructureElement]
    /// The structure name by trigger (`OMS^O05` → `OMS_O05`).
    public let structureNames: [String: String]

    private init(version: String) throws {
        let folder = version
        func file<T: Decodable>(_ name: String, _ type: T.Type) throws -> T {
            guard let text = EmbeddedHL7v2Specs.files["\(folder)/\(name).json"] else {
                throw CocoaError(.fileNoSuchFile)
            }
            return try JSONDecoder().decode(T.self, from: Data(text.utf8))
        }
        let segmentFile = try file("segments", HL7v2SpecFiles.Segments.self)
        let typeFile = try file("datatypes", HL7v2SpecFiles.DataTypes.self)
        let tableFile = try file("tables", HL7v2SpecFiles.Tables.self)
        let messageFile = try file("messages", HL7v2SpecFiles.Messages.self)
        func field(_ raw: HL7v2SpecFiles.Field) -> Field {
            Field(position: raw.seq, name: raw.name, type: raw.type, required: raw.opt == "R",
                  maximumRepetitions: raw.rep?.maximum ?? 1, maximumLength: raw.len, table: raw.table)
        }
        self.version = version
        self.segments = segmentFile.segments.mapValues { $0.fields.map(field) }
        self.composites = typeFile.composites.mapValues { $0.components.map(field) }
        self.patterns = typeFile.primitives.compactMapValues { primitive in
            primitive.pattern.flatMap { try? NSRegularExpression(pattern: $0) }.map(NSRegularExpressionBox.init)
        }
        self.closedTables = tableFile.tables.filter { $0.value.kind == "hl7" && $0.value.complete == true }
            .mapValues { Set($0.codes.map(\.code)) }
        func element(_ raw: HL7v2SpecFiles.Element) -> StructureElement {
            let maximum = raw.rep?.maximum ?? 1
            if let segment = raw.segment { return StructureElement(segment: segment, required: raw.opt == "R", maximum: maximum) }
            return StructureElement(group: raw.group ?? "", required: raw.opt == "R", maximum: maximum,
                                    children: (raw.segments ?? []).map(element))
        }
        let composites = self.composites
        let closedTables = self.closedTables
        let formTypes = Set(self.patterns.keys)
        func rule(_ field: Field, depth: Int) -> HL7v2FieldRule {
            let components = depth < 2 ? composites[field.type].map { $0.map { rule($0, depth: depth + 1) } } : nil
            return HL7v2FieldRule(field: field, components: components,
                                  closedCodes: field.type == "ID" ? field.table.flatMap { closedTables[$0] } : nil,
                                  checksForm: formTypes.contains(field.type))
        }
        self.rules = self.segments.mapValues { $0.map { rule($0, depth: 0) } }
        let byName = messageFile.structures.mapValues {
            StructureElement(group: "MESSAGE", required: true, maximum: 1, children: $0.segments.map(element))
        }
        self.structureNames = messageFile.messageTypes
        self.structures = messageFile.messageTypes.compactMapValues { byName[$0] }
    }

    /// True when `value` has the form of primitive type `type` (types without a pattern accept anything).
    public func matches(_ value: String, type: String) -> Bool {
        if let fast = HL7v2PrimitiveForms.matches(value, type: type) { return fast }
        return self.matchesPattern(value, type: type)
    }

    /// True when values of `type` have a form to check (a pattern in datatypes.json).
    public func checksForm(of type: String) -> Bool { self.patterns[type] != nil }

    /// True when `value` matches the `pattern` of primitive type `type` in datatypes.json.
    func matchesPattern(_ value: String, type: String) -> Bool {
        guard let pattern = self.patterns[type]?.expression else { return true }
        return pattern.firstMatch(in: value, range: NSRange(value.startIndex..., in: value)) != nil
    }

    /// The versions Wharf carries.
    public static let versions = ["2.5.1", "2.6"]

    private static let loaded: [String: HL7v2Dictionary] = {
        var dictionaries: [String: HL7v2Dictionary] = [:]
        for version in HL7v2Dictionary.versions {
            guard let dictionary = try? HL7v2Dictionary(version: version) else {
                preconditionFailure("specs/hl7v2/\(version) is missing or invalid; run scripts/embed-specs.sh")
            }
            dictionaries[version] = dictionary
        }
        return dictionaries
    }()

    /// The dictionary of `version` (a 2.5.x message reads against 2.5.1).
    public static func forVersion(_ version: String) -> HL7v2Dictionary? {
        if let exact = Self.loaded[version] { return exact }
        if version.hasPrefix("2.5") { return Self.loaded["2.5.1"] }
        return nil
    }

    /// The dictionary that defines `trigger` for a message of `version`: MFN^M16 is read from 2.6 whatever the
    /// version (its segments first appear there).
    public static func forMessage(_ trigger: String, version: String) -> HL7v2Dictionary? {
        guard let dictionary = Self.forVersion(version) else { return nil }
        if dictionary.structures[trigger] != nil { return dictionary }
        return Self.versions.compactMap { Self.loaded[$0] }.first { $0.structures[trigger] != nil }
    }
}

/// A compiled regular expression shared read-only between threads.
struct NSRegularExpressionBox: @unchecked Sendable {
    let expression: NSRegularExpression
}
