import Foundation

/// The loops and segment order of one transaction set in one release, read from
/// `specs/x12/<release>/transactions/<set>.json` (embedded at build time).
public struct X12TransactionStructure: Sendable {
    /// One position of a structure: a segment, or a loop whose first child is its trigger segment.
    public struct Entry: Sendable {
        /// The segment id, or the loop's trigger segment id.
        public let tag: String
        /// ``X12TagCode`` of `tag`.
        public let tagCode: UInt32
        /// True for a mandatory segment or loop.
        public let mandatory: Bool
        /// Max use of a segment, or repeat of a loop (`Int.max` for `>1`).
        public let maximum: Int
        /// The loop id, for a loop.
        public let loop: String?
        /// A loop's entries, its trigger first; empty for a segment.
        public let children: [Entry]
    }

    /// The transaction set id (`850`).
    public let transactionSet: String
    /// The release (`004010`).
    public let release: String
    /// The top-level entries, ST first and SE last.
    public let entries: [Entry]
    /// Every segment tag code that appears anywhere in the structure.
    public let tagCodes: Set<UInt32>
    /// The flattened form the walker follows.
    let compiled: X12CompiledStructure

    /// The structure of `transactionSet` in the release of `version` (GS08 or ISA12 form), if Wharf has it.
    public static func forSet(_ transactionSet: String, version: String) -> X12TransactionStructure? {
        guard let release = X12Dictionary.release(of: version) else { return nil }
        return Self.embedded["\(release)/\(transactionSet)"]
    }

    /// Decodes a structure file.
    public init(json: [UInt8]) throws {
        let file = try JSONDecoder().decode(RawFile.self, from: Data(json))
        self.transactionSet = file.transactionSet
        self.release = file.release
        var codes: Set<UInt32> = []
        func resolve(_ raw: RawEntry) throws -> Entry {
            if let loop = raw.loop {
                let children = try (raw.structure ?? []).map(resolve)
                guard let trigger = children.first, trigger.loop == nil, trigger.tag == loop else {
                    throw X12DictionaryError(message: "loop \(loop) must start with segment \(loop)")
                }
                return Entry(tag: loop, tagCode: X12TagCode.code(loop), mandatory: raw.usage == "M",
                             maximum: raw.repeat?.value ?? 1, loop: loop, children: children)
            }
            guard let tag = raw.segment else { throw X12DictionaryError(message: "an entry names neither segment nor loop") }
            codes.insert(X12TagCode.code(tag))
            return Entry(tag: tag, tagCode: X12TagCode.code(tag), mandatory: raw.usage == "M",
                         maximum: raw.max?.value ?? 1, loop: nil, children: [])
        }
        self.entries = try file.structure.map(resolve)
        self.tagCodes = codes
        self.compiled = X12CompiledStructure(self.entries)
    }

    private static let embedded: [String: X12TransactionStructure] = {
        var structures: [String: X12TransactionStructure] = [:]
        for (path, text) in EmbeddedSpecs.files where path.contains("/transactions/") {
            do {
                let structure = try X12TransactionStructure(json: Array(text.utf8))
                structures["\(structure.release)/\(structure.transactionSet)"] = structure
            } catch {
                preconditionFailure("specs/x12/\(path) is invalid (\(error)); fix it and run scripts/embed-specs.sh")
            }
        }
        return structures
    }()

    private struct RawFile: Decodable {
        var transactionSet: String
        var release: String
        var structure: [RawEntry]
    }

    private struct RawEntry: Decodable {
        var segment: String?
        var loop: String?
        var usage: String
        var max: Count?
        var `repeat`: Count?
        var structure: [RawEntry]?
    }

    /// A count written as a number or as `">1"` (unbounded).
    private struct Count: Decodable {
        var value: Int

        init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let number = try? container.decode(Int.self) {
                self.value = number
            } else if try container.decode(String.self) == ">1" {
                self.value = Int.max
            } else {
                throw DecodingError.dataCorruptedError(in: container, debugDescription: "a count is a number or \">1\"")
            }
        }
    }
}
