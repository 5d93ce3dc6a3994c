/// The raw shape of `specs/x12/<version>/segments.json`, as decoded; ``X12Dictionary`` resolves it.
struct X12SpecFile: Decodable {
    struct Element: Decodable {
        var name: String
        var type: String
        var min: Int
        var max: Int
    }

    struct Reference: Decodable {
        var element: String?
        var composite: String?
        var usage: X12Usage
        var `repeat`: Int?
    }

    struct Composite: Decodable {
        var name: String
        var components: [Reference]
        var syntax: [String]?
    }

    struct Segment: Decodable {
        var name: String
        var elements: [Reference]
        var syntax: [String]?
    }

    var version: String
    var elements: [String: Element]
    var composites: [String: Composite]?
    var segments: [String: Segment]
}

/// The raw shape of `specs/x12/<version>/codes.json`.
struct X12CodeListFile: Decodable {
    struct CodeList: Decodable {
        var name: String
        var codes: [String: String]
    }

    var release: String
    var codeLists: [String: CodeList]
}

/// The raw shape of `specs/x12/transaction-sets.json`.
struct X12TransactionSetFile: Decodable {
    struct TransactionSet: Decodable {
        var name: String
        var functionalGroup: String
        var dictionaryCovers: Bool?
    }

    var transactionSets: [String: TransactionSet]
}
