import Foundation

/// What Wharf knows of transaction sets by id: name, functional group (GS01) and dictionary coverage.
///
/// Read from `specs/x12/transaction-sets.json` (embedded at build time).
public struct X12TransactionSetCatalog: Sendable {
    /// One transaction set.
    public struct Entry: Hashable, Sendable {
        /// The standard's name (`Purchase Order`).
        public var name: String
        /// The functional identifier code of its groups (`PO`).
        public var functionalGroup: String
        /// True when the segment dictionary covers every segment the set may contain.
        public var dictionaryCovers: Bool
    }

    /// The entries by transaction set id (`850`).
    public let entries: [String: Entry]

    /// The entry for a transaction set id, if known.
    public func entry(_ id: String) -> Entry? { self.entries[id] }

    /// The embedded catalog.
    public static let standard: X12TransactionSetCatalog = {
        guard let text = EmbeddedSpecs.files["transaction-sets.json"],
              let file = try? JSONDecoder().decode(X12TransactionSetFile.self, from: Data(text.utf8))
        else { preconditionFailure("specs/x12/transaction-sets.json is missing or invalid; run scripts/embed-specs.sh") }
        return X12TransactionSetCatalog(entries: file.transactionSets.mapValues {
            Entry(name: $0.name, functionalGroup: $0.functionalGroup, dictionaryCovers: $0.dictionaryCovers ?? false)
        })
    }()
}
