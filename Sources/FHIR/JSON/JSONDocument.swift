import WharfCore

/// A parsed JSON text: its bytes and every value in document order, each with its byte offset, its place in the
/// tree and (through ``JSONNode/pointer``) its JSON pointer.
///
/// Numbers keep their exact text (``JSONNode/numberText``): `1.50` stays `1.50`, nothing goes through `Double`.
/// Members keep their order. Strings are decoded when asked for. Made by ``JSONReader``.
///
/// ```swift
/// let document = try JSONReader().read(Array(#"{"quantity": {"value": 1.50}}"#.utf8))
/// document.root["quantity"]?["value"]?.numberText   // "1.50"
/// document.root["quantity"]?["value"]?.pointer      // "/quantity/value"
/// ```
public final class JSONDocument: Sendable {
    /// The input exactly as given (a byte order mark included).
    public let bytes: [UInt8]
    /// Problems that did not stop the reading: duplicate keys (errors) and skipped comments (warnings).
    public let issues: [JSONReadIssue]
    let nodes: [JSONTapeNode]

    init(bytes: [UInt8], nodes: [JSONTapeNode], issues: [JSONReadIssue]) {
        self.bytes = bytes
        self.nodes = nodes
        self.issues = issues
    }

    /// The top-level value.
    public var root: JSONNode { JSONNode(document: self, index: 0) }

    /// The number of values in the document (objects, arrays and scalars).
    public var valueCount: Int { self.nodes.count }

    /// The value at a JSON pointer (RFC 6901), if there is one: `/entry/0/resource`.
    public func node(at pointer: String) -> JSONNode? {
        guard let tokens = JSONPointer(parsing: pointer)?.tokens else { return nil }
        var node = self.root
        for token in tokens {
            switch node.kind {
            case .object:
                guard let member = node[token] else { return nil }
                node = member
            case .array:
                guard let index = Int(token), token == String(index), index >= 0, let element = node[index] else {
                    return nil
                }
                node = element
            default:
                return nil
            }
        }
        return node
    }

    /// The 1-based line and column (in characters) of a byte offset; a byte order mark does not count.
    public func lineAndColumn(of offset: Int) -> (line: Int, column: Int) {
        JSONTextPosition.lineAndColumn(of: offset, in: self.bytes)
    }
}
