/// The members of a JSON object in order. Keys are expected to be unique; lookups return the first match.
public struct JSONObject: Hashable, Sendable, Sequence, ExpressibleByDictionaryLiteral {
    /// The members in order.
    public var members: [JSONMember]

    /// Creates an object from members in order.
    public init(_ members: [JSONMember] = []) { self.members = members }

    public init(dictionaryLiteral elements: (String, JSONValue)...) {
        self.members = elements.map { JSONMember($0.0, $0.1) }
    }

    /// The value of the member named `key`; setting `nil` removes the member, setting a value replaces it in place
    /// or appends it.
    public subscript(key: String) -> JSONValue? {
        get { self.members.first { $0.key == key }?.value }
        set {
            if let index = self.members.firstIndex(where: { $0.key == key }) {
                if let newValue {
                    self.members[index].value = newValue
                } else {
                    self.members.remove(at: index)
                }
            } else if let newValue {
                self.members.append(JSONMember(key, newValue))
            }
        }
    }

    /// The number of members.
    public var count: Int { self.members.count }
    /// The keys in order.
    public var keys: [String] { self.members.map(\.key) }

    public func makeIterator() -> IndexingIterator<[JSONMember]> { self.members.makeIterator() }
}
