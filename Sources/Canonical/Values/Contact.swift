import Foundation

/// A person or desk to contact at a party.
public struct Contact: Hashable, Sendable, Codable {
    /// What the contact is for, if given.
    public var function: ContactFunction?
    /// The contact's name.
    public var name: String?
    /// A telephone number, as written by the source.
    public var phone: String?
    /// An e-mail address.
    public var email: String?
    /// A fax number, as written by the source.
    public var fax: String?

    /// Creates a contact.
    ///
    /// - Parameters:
    ///   - function: What the contact is for.
    ///   - name: The contact's name.
    ///   - phone: A telephone number.
    ///   - email: An e-mail address.
    ///   - fax: A fax number.
    @inlinable
    public init(
        function: ContactFunction? = nil,
        name: String? = nil,
        phone: String? = nil,
        email: String? = nil,
        fax: String? = nil
    ) {
        self.function = function
        self.name = name
        self.phone = phone
        self.email = email
        self.fax = fax
    }
}
