/// One element to write: a simple value, a composite's components, or repetitions of either.
public struct X12Element: Hashable, Sendable, ExpressibleByStringLiteral {
    /// The repetitions, each a list of components; a simple value is one repetition of one component.
    public var repetitions: [[String]]

    /// A simple value.
    public init(_ value: String) { self.repetitions = [[value]] }

    /// A composite value.
    public init(components: [String]) { self.repetitions = [components] }

    /// A repeating value.
    public init(repetitions: [[String]]) { self.repetitions = repetitions }

    public init(stringLiteral value: String) { self.init(value) }

    /// An empty element.
    public static let empty = X12Element("")

    /// True when nothing would be written for it.
    public var isEmpty: Bool { self.repetitions.allSatisfy { $0.allSatisfy(\.isEmpty) } }
}

/// A segment to write: its tag and elements.
public struct X12OutputSegment: Hashable, Sendable {
    /// The segment tag.
    public var tag: String
    /// The elements, position 1 first.
    public var elements: [X12Element]

    /// Creates a segment.
    public init(_ tag: String, _ elements: [X12Element]) {
        self.tag = tag
        self.elements = elements
    }

    /// The segment as read, each element split into repetitions and components by its delimiters.
    public init(_ segment: X12Segment) {
        self.tag = segment.tag
        var elements: [X12Element] = []
        let delimiters = segment.delimiters
        segment.forEachElement { _, range in
            let value = segment.bytes[range]
            let repetitions = delimiters.repetition.map { value.split(separator: $0, omittingEmptySubsequences: false) }
                ?? [value]
            elements.append(X12Element(repetitions: repetitions.map { repetition in
                let components = delimiters.component.map {
                    repetition.split(separator: $0, omittingEmptySubsequences: false)
                } ?? [repetition]
                return components.map { String(decoding: $0, as: UTF8.self) }
            }))
        }
        self.elements = elements
    }
}
