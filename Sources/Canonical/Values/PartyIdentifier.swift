import Foundation

/// One identifier of a party, with the scheme it belongs to.
///
/// `qualifier` keeps the source format's own code for the scheme (an X12 N1 identification code qualifier such
/// as `UL` for GLN, `1` for D-U-N-S or `92` for buyer-assigned), so a serializer of the same format can write
/// it back and a scheme with no canonical name (`system == .other`) is not lost.
public struct PartyIdentifier: Hashable, Sendable, Codable {
    /// The identification scheme.
    public var system: PartyIdentifierSystem
    /// The identifier itself.
    public var value: String
    /// The source format's code for the scheme, if it had one.
    public var qualifier: String?

    /// Creates a party identifier.
    ///
    /// - Parameters:
    ///   - system: The identification scheme.
    ///   - value: The identifier.
    ///   - qualifier: The source format's code for the scheme.
    @inlinable
    public init(system: PartyIdentifierSystem, value: String, qualifier: String? = nil) {
        self.system = system
        self.value = value
        self.qualifier = qualifier
    }
}
