import Foundation

/// Reads and writes canonical JSON files: `{"canonicalVersion": "1", "documents": [ … ]}`.
///
/// The writer is deterministic: keys sorted, pretty printed (two-space indentation), slashes not escaped, and a
/// final newline, so equal documents give equal bytes and files diff cleanly. The bytes are exactly those of
/// `JSONEncoder` with ``makeEncoder()``'s options, written by the much faster `CanonicalJSONWriter`.
/// See `specs/canonical/README.md` for the format and `specs/canonical/canonical.schema.json` for its schema.
///
/// Example:
/// ```swift
/// let bytes = try CanonicalJSON.encode([.order(order)])
/// let documents = try CanonicalJSON.decode(bytes)   // [.order(order)]
/// ```
public enum CanonicalJSON {
    /// The canonical model version this module reads and writes: the file's `"canonicalVersion"`.
    public static let version = "1"

    /// Writes documents as a canonical JSON file.
    ///
    /// - Parameter documents: The documents, in order; an empty list writes `"documents": []`.
    /// - Returns: The UTF-8 bytes of the file, ending in a newline.
    /// - Throws: `CanonicalJSONError` with code `unencodable` when a value has no canonical form (a NaN decimal).
    public static func encode(_ documents: [CanonicalDocument]) throws(CanonicalJSONError) -> [UInt8] {
        if documents.count >= Self.documentsEncodedInParallel { return try Self.encodeInParallel(documents) }
        let file = CanonicalFile(canonicalVersion: Self.version, documents: documents)
        do {
            return try CanonicalJSONWriter.encode(file, terminatedByNewline: true)
        } catch let error as EncodingError {
            throw CanonicalJSONError(encoding: error)
        } catch {
            throw CanonicalJSONError(.unencodable, path: "", "The documents could not be encoded.")
        }
    }

    /// Reads a canonical JSON file.
    ///
    /// Members the model does not know are ignored; everything else is checked: decimals must be exact
    /// decimal strings, dates canonical ISO 8601 text, document kinds known, required members present.
    ///
    /// - Parameter bytes: The UTF-8 bytes of the file.
    /// - Returns: The documents, in file order.
    /// - Throws: `CanonicalJSONError` naming the JSON pointer of the first problem: `syntax` for bytes that are
    ///   not JSON, `unsupportedVersion` for a `"canonicalVersion"` other than ``version``, and `typeMismatch`,
    ///   `missingValue` or `invalidValue` for content that does not fit the model.
    public static func decode(_ bytes: [UInt8]) throws(CanonicalJSONError) -> [CanonicalDocument] {
        do {
            return try JSONDecoder().decode(CanonicalFile.self, from: Data(bytes)).documents
        } catch let error as CanonicalFile.UnsupportedVersion {
            throw CanonicalJSONError(
                .unsupportedVersion,
                path: "/canonicalVersion",
                "This file needs canonical model version \(error.found); this build reads version \(Self.version)."
            )
        } catch let error as DecodingError {
            throw CanonicalJSONError(decoding: error)
        } catch {
            throw CanonicalJSONError(.syntax, path: "", "The bytes could not be read as canonical JSON.")
        }
    }

    /// The `JSONEncoder` whose output ``encode(_:)`` reproduces: sorted keys, pretty printed, slashes not escaped.
    ///
    /// `encode(_:)` writes with `CanonicalJSONWriter`; this encoder is the reference its tests compare against.
    static func makeEncoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return encoder
    }
}
