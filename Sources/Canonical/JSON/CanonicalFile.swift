import Foundation

/// The top-level object of a canonical JSON file.
struct CanonicalFile: Codable {
    /// Thrown when `canonicalVersion` names a version this build does not read.
    struct UnsupportedVersion: Error {
        /// The version the file names. Version strings are not PHI, so messages may quote them.
        var found: String
    }

    enum CodingKeys: String, CodingKey {
        case canonicalVersion, documents
    }

    /// The canonical model version, `CanonicalJSON.version`.
    var canonicalVersion: String
    /// The documents, in file order.
    var documents: [CanonicalDocument]

    init(canonicalVersion: String, documents: [CanonicalDocument]) {
        self.canonicalVersion = canonicalVersion
        self.documents = documents
    }

    /// Decodes the file, checking the version before reading any document.
    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.canonicalVersion = try container.decode(String.self, forKey: .canonicalVersion)
        guard self.canonicalVersion == CanonicalJSON.version else {
            throw UnsupportedVersion(found: String(self.canonicalVersion.prefix(16)))
        }
        self.documents = try container.decode([CanonicalDocument].self, forKey: .documents)
    }
}
