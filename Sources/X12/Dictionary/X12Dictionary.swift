import Foundation
import Synchronization

/// The segment dictionary of one X12 release, read from `specs/x12/<version>/segments.json` (embedded at build time).
///
/// ```swift
/// if let dictionary = X12Dictionary.forVersion("004010VICS") {
///     dictionary.segment("PO1")?.elements[1].name   // "Quantity Ordered"
/// }
/// ```
public final class X12Dictionary: Sendable {
    /// The release (`004010`).
    public let version: String
    /// The segment definitions by tag.
    public let segments: [String: X12SegmentDefinition]
    /// The fast-path form of each segment, indexed by ``X12TagIndex`` slot (`-1`: not in the dictionary).
    let compiledSlots: [Int32]
    let compiled: [X12CompiledSegment]
    /// The code lists packed for the fast path (``X12CompiledSegment/pack(_:)``), indexed by compiled elements.
    let codeSets: [X12PackedCodeSet]

    /// The definition of segment `tag`, if the dictionary has it.
    public func segment(_ tag: String) -> X12SegmentDefinition? { self.segments[tag] }

    /// The dictionary for a version as it appears in GS08 (`004010VICS`, `005010X222A1`) or ISA12 (`00401`), when
    /// Wharf has one for that release.
    public static func forVersion(_ version: String) -> X12Dictionary? {
        guard let release = Self.release(of: version), Self.releases.contains(release) else { return nil }
        return Self.loaded.withLock { cache in
            if let dictionary = cache[release] { return dictionary }
            let dictionary = Self.load(release)
            cache[release] = dictionary
            return dictionary
        }
    }

    /// The releases Wharf has dictionaries for.
    public static let releases: [String] = EmbeddedSpecs.files.keys
        .filter { $0.hasSuffix("/segments.json") }.map { String($0.prefix { $0 != "/" }) }.sorted()

    /// The six-digit release of a GS08 (`004010VICS` → `004010`) or ISA12 (`00401` → `004010`) version.
    public static func release(of version: String) -> String? {
        let digits = version.prefix { $0.isASCII && $0.isNumber }
        if digits.count >= 6 { return String(digits.prefix(6)) }
        if digits.count == 5 { return String(digits) + "0" }
        return nil
    }

    /// Decodes and resolves a dictionary file and, when given, the release's code lists.
    /// - Throws: `DecodingError` for malformed JSON, ``X12DictionaryError`` for dangling references or bad notes.
    public init(json: [UInt8], codes codeJSON: [UInt8]? = nil) throws {
        let file = try JSONDecoder().decode(X12SpecFile.self, from: Data(json))
        let lists = try codeJSON.map { try JSONDecoder().decode(X12CodeListFile.self, from: Data($0)).codeLists } ?? [:]
        var elements: [String: X12ElementDefinition] = [:]
        var codeSets: [X12PackedCodeSet] = []
        var codeSetIndex: [String: Int] = [:]
        for (id, raw) in file.elements {
            guard let type = X12DataType(code: raw.type) else {
                throw X12DictionaryError(message: "element \(id) has unknown type \(raw.type)")
            }
            var definition = X12ElementDefinition(id: id, name: raw.name, type: type, minLength: raw.min,
                                                  maxLength: raw.max)
            if type == .identifier, let list = lists[id] {
                definition.codes = Set(list.codes.keys)
                let packed = list.codes.keys.compactMap { X12CompiledSegment.pack(Array($0.utf8)[...]) }
                if packed.count == list.codes.count {
                    codeSetIndex[id] = codeSets.count
                    codeSets.append(X12PackedCodeSet(packed))
                }
            }
            elements[id] = definition
        }
        func element(_ id: String, in owner: String) throws -> X12ElementDefinition {
            guard let definition = elements[id] else {
                throw X12DictionaryError(message: "\(owner) names element \(id), which the dictionary lacks")
            }
            return definition
        }
        func notes(_ texts: [String]?, in owner: String) throws -> [X12SyntaxNote] {
            try (texts ?? []).map { text in
                guard let note = X12SyntaxNote(text) else {
                    throw X12DictionaryError(message: "\(owner) has an unreadable syntax note \(text)")
                }
                return note
            }
        }
        var composites: [String: X12CompositeDefinition] = [:]
        for (id, raw) in file.composites ?? [:] {
            let components = try raw.components.map { reference in
                (element: try element(reference.element ?? "", in: id), usage: reference.usage)
            }
            composites[id] = X12CompositeDefinition(id: id, name: raw.name, components: components,
                                                    syntax: try notes(raw.syntax, in: id))
        }
        var segments: [String: X12SegmentDefinition] = [:]
        for (tag, raw) in file.segments {
            let uses = try raw.elements.map { reference -> X12ElementUse in
                let content: X12ElementUse.Content
                if let compositeID = reference.composite {
                    guard let composite = composites[compositeID] else {
                        throw X12DictionaryError(message: "\(tag) names composite \(compositeID), which is missing")
                    }
                    content = .composite(composite)
                } else {
                    content = .simple(try element(reference.element ?? "", in: tag))
                }
                return X12ElementUse(content: content, usage: reference.usage, maxRepeat: max(1, reference.repeat ?? 1))
            }
            segments[tag] = X12SegmentDefinition(tag: tag, name: raw.name, elements: uses,
                                                 syntax: try notes(raw.syntax, in: tag))
        }
        self.version = file.version
        self.segments = segments
        var slots = [Int32](repeating: -1, count: X12TagIndex.capacity)
        var compiled: [X12CompiledSegment] = []
        for (tag, definition) in segments {
            guard let slot = X12TagIndex.slot(tag) else {
                throw X12DictionaryError(message: "segment id \(tag) is not 2 or 3 upper-case letters or digits")
            }
            slots[slot] = Int32(compiled.count)
            compiled.append(X12CompiledSegment(definition, codeSets: codeSetIndex))
        }
        self.compiledSlots = slots
        self.compiled = compiled
        self.codeSets = codeSets
    }

    /// The dictionaries loaded so far, by release: each is decoded the first time it is asked for.
    private static let loaded = Mutex<[String: X12Dictionary]>([:])

    private static func load(_ release: String) -> X12Dictionary {
        let path = "\(release)/segments.json"
        guard let text = EmbeddedSpecs.files[path] else { preconditionFailure("specs/x12/\(path) is not embedded") }
        do {
            let codes = EmbeddedSpecs.files["\(release)/codes.json"]
            return try X12Dictionary(json: Array(text.utf8), codes: codes.map { Array($0.utf8) })
        } catch {
            preconditionFailure("specs/x12/\(path) is invalid (\(error)); fix it and run scripts/embed-specs.sh")
        }
    }
}

/// A dictionary file that cannot be resolved.
public struct X12DictionaryError: Error, Hashable, Sendable {
    /// What is wrong.
    public var message: String
}
