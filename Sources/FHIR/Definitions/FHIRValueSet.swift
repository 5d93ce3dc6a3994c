/// A value set Wharf checks codes against: its canonical URL, name and every code it contains.
public struct FHIRValueSet: Hashable, Sendable {
    /// The canonical URL.
    public var url: String
    /// The computable name, e.g. `SupplyRequestStatus`.
    public var name: String
    /// The codes in the order the value set lists them.
    public var codes: [String]
    private let codeSet: Set<String>

    /// Creates a value set.
    public init(url: String, name: String, codes: [String]) {
        self.url = url
        self.name = name
        self.codes = codes
        self.codeSet = Set(codes)
    }

    /// True when `code` is one of the value set's codes (case-sensitive, as FHIR codes are).
    public func contains(_ code: String) -> Bool { self.codeSet.contains(code) }
}
