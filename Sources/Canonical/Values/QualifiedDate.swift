import Foundation

/// A date with what it means: requested delivery, ship not before, expiration and so on.
///
/// `qualifier` keeps the source format's own code for the meaning (an X12 date/time qualifier such as `002`,
/// say), so a serializer of the same format can write it back and a date with no canonical name
/// (`kind == .other`) is not lost.
///
/// Example: `QualifiedDate(kind: .requestedDelivery, date: try CanonicalDate(year: 2024, month: 3, day: 8))`.
public struct QualifiedDate: Hashable, Sendable, Codable {
    /// What the date means.
    public var kind: DateKind
    /// The date, at the precision the source gave.
    public var date: CanonicalDate
    /// The source format's code for the meaning, if it had one.
    public var qualifier: String?

    /// Creates a qualified date.
    ///
    /// - Parameters:
    ///   - kind: What the date means.
    ///   - date: The date.
    ///   - qualifier: The source format's code for the meaning.
    @inlinable
    public init(kind: DateKind, date: CanonicalDate, qualifier: String? = nil) {
        self.kind = kind
        self.date = date
        self.qualifier = qualifier
    }
}
