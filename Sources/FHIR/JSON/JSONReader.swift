/// Reads JSON text (RFC 8259) from bytes into a ``JSONDocument``, keeping what FHIR needs and `JSONDecoder` loses:
/// the exact text of numbers, member order, duplicate keys (reported), each value's byte offset and JSON pointer.
///
/// A UTF-8 byte order mark is skipped. Anything that is not JSON — trailing commas, missing commas, unquoted keys or
/// values, comments (unless allowed), a `]` closing an object, invalid UTF-8, text after the value — stops the
/// reading with a ``JSONReadError`` that carries the pointer of the value being read and the line and column. Input
/// is never trusted: nesting is limited, nothing recurses, nothing traps.
///
/// ```swift
/// let document = try JSONReader().read(bytes)
/// document.root["resourceType"]?.string   // "SupplyRequest"
/// ```
public struct JSONReader: Sendable {
    /// How strictly to read.
    public var options: JSONReadOptions

    /// Creates a reader.
    public init(options: JSONReadOptions = JSONReadOptions()) { self.options = options }

    /// Reads one JSON value from `bytes`.
    /// - Throws: ``JSONReadError`` (`fhir.json.syntax`, `fhir.json.encoding`, `fhir.json.too-deep`) at the first
    ///   problem that stops the reading. Duplicate keys and skipped comments do not stop it: they are in
    ///   ``JSONDocument/issues``.
    public func read(_ bytes: [UInt8]) throws(JSONReadError) -> JSONDocument {
        guard bytes.count < Int(UInt32.max) else {
            throw JSONReadError(JSONReadIssue(severity: .error, code: .fhirJSONSyntax, offset: 0, line: 1, column: 1,
                                              pointer: "", message: "the input is larger than 4 GiB"))
        }
        let result: Result<JSONParser, JSONReadError> = bytes.withUnsafeBufferPointer { buffer in
            var parser = JSONParser(bytes: buffer, source: bytes, options: self.options)
            do throws(JSONReadError) {
                try parser.parse()
                return .success(parser)
            } catch {
                return .failure(error)
            }
        }
        let parser = try result.get()
        return JSONDocument(bytes: bytes, nodes: parser.nodes, issues: parser.issues)
    }
}
