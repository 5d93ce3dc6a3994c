import Foundation

/// One identifier of an item (product), with the scheme it belongs to.
///
/// `qualifier` keeps the source format's own code for the scheme (an X12 product/service ID qualifier such as
/// `VC` or `IN`, say), so a serializer of the same format can write it back and a scheme with no canonical
/// name (`kind == .other`) is not lost.
///
/// Example: `ItemIdentifier(kind: .vendorPart, value: "8888-1234", qualifier: "VC")`.
public struct ItemIdentifier: Hashable, Sendable, Codable {
    /// The identification scheme.
    public var kind: ItemIdentifierKind
    /// The identifier itself.
    public var value: String
    /// The source format's code for the scheme, if it had one.
    public var qualifier: String?

    /// Creates an item identifier.
    ///
    /// - Parameters:
    ///   - kind: The identification scheme.
    ///   - value: The identifier.
    ///   - qualifier: The source format's code for the scheme.
    @inlinable
    public init(kind: ItemIdentifierKind, value: String, qualifier: String? = nil) {
        self.kind = kind
        self.value = value
        self.qualifier = qualifier
    }
}
