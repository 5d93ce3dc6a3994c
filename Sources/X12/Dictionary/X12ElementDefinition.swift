/// A simple data element as the dictionary defines it.
public struct X12ElementDefinition: Hashable, Sendable {
    /// The element id (`330`, `I12`).
    public var id: String
    /// The standard's name (`Quantity Ordered`).
    public var name: String
    /// The data type.
    public var type: X12DataType
    /// The minimum length.
    public var minLength: Int
    /// The maximum length.
    public var maxLength: Int
    /// The valid codes of an `ID` element, when the release's code lists have them (`specs/x12/<release>/codes.json`).
    public var codes: Set<String>?
}

/// One position of a segment or composite: a simple element or a composite, with usage and repeat.
public struct X12ElementUse: Hashable, Sendable {
    /// What may stand at this position.
    public enum Content: Hashable, Sendable {
        /// A simple element.
        case simple(X12ElementDefinition)
        /// A composite with its components.
        case composite(X12CompositeDefinition)
    }

    /// The element or composite.
    public var content: Content
    /// Mandatory, optional or relational.
    public var usage: X12Usage
    /// The maximum number of repetitions (1 for a non-repeating element).
    public var maxRepeat: Int

    /// The name of the element or composite.
    public var name: String {
        switch self.content {
        case .simple(let element): element.name
        case .composite(let composite): composite.name
        }
    }
}

/// A composite data structure (`C001`) with its components.
public struct X12CompositeDefinition: Hashable, Sendable {
    /// The composite id.
    public var id: String
    /// The standard's name.
    public var name: String
    /// The components in order; each is a simple element.
    public var components: [(element: X12ElementDefinition, usage: X12Usage)]
    /// The relational conditions between components.
    public var syntax: [X12SyntaxNote]

    public static func == (lhs: Self, rhs: Self) -> Bool { lhs.id == rhs.id }
    public func hash(into hasher: inout Hasher) { hasher.combine(self.id) }
}

/// A segment as the dictionary defines it.
public struct X12SegmentDefinition: Hashable, Sendable {
    /// The segment id (`PO1`).
    public var tag: String
    /// The standard's name (`Baseline Item Data`).
    public var name: String
    /// The element positions in order; position 1 is `elements[0]`.
    public var elements: [X12ElementUse]
    /// The relational conditions between elements.
    public var syntax: [X12SyntaxNote]
}
