import Foundation

/// A reference number: a purchase order, contract, cost center, bill of lading and so on.
///
/// `qualifier` keeps the source format's own code for the kind of reference (an X12 reference identification
/// qualifier such as `CT` or `BM`, say), so a serializer of the same format can write it back and a reference
/// with no canonical name (`kind == .other`) is not lost.
///
/// Example: `Reference(kind: .contract, value: "GPO-2024-118", qualifier: "CT")`.
public struct Reference: Hashable, Sendable, Codable {
    /// What the reference identifies.
    public var kind: ReferenceKind
    /// The reference number itself.
    public var value: String
    /// The source format's code for the kind of reference, if it had one.
    public var qualifier: String?
    /// A description that came with the reference.
    public var description: String?

    /// Creates a reference.
    ///
    /// - Parameters:
    ///   - kind: What the reference identifies.
    ///   - value: The reference number.
    ///   - qualifier: The source format's code for the kind.
    ///   - description: A description that came with it.
    @inlinable
    public init(kind: ReferenceKind, value: String, qualifier: String? = nil, description: String? = nil) {
        self.kind = kind
        self.value = value
        self.qualifier = qualifier
        self.description = description
    }
}
