/// The direct children of one resource, data type or backbone element, resolved for validation and writing: each
/// JSON member name (choice types expanded, `valueQuantity`) leads to its element, its type and what to check its
/// value against. Entries are plain values (indexes, no references) so that the validator's inner loop copies no
/// strings or arrays.
final class FHIRElementTable: Sendable {
    /// What a member's value is checked against.
    enum Target: Hashable, Sendable {
        /// A primitive type (by index in ``FHIRDefinitions/primitiveList``).
        case primitive(Int)
        /// The table of a data type or backbone element (by index in ``FHIRDefinitions/tables``).
        case table(Int)
        /// A resource, dispatched on its own `resourceType`.
        case resource
    }

    /// One JSON member name.
    struct Entry: Hashable, Sendable {
        /// The index of the element in ``FHIRElementTable/elements``.
        var element: Int
        /// The index of the type this JSON name stands for in the element's `types` (0 for a content reference).
        var typeOrdinal: Int
        var target: Target
        /// The index of the required value set of a coded element in ``FHIRDefinitions/valueSetList``, or -1.
        var valueSet: Int
        /// The element's cardinality: minimum, and maximum (-1 for unbounded).
        var min: Int
        var max: Int
        var isChoice: Bool

        /// True when the element repeats (and is therefore a JSON array).
        var repeats: Bool { self.max != 1 }
    }

    /// The key: a resource or data type name, or a backbone element's path (`Bundle.entry`).
    let key: String
    /// The direct children in definition order.
    let elements: [FHIRElementDefinition]
    /// JSON member name → entry.
    let entries: [String: Entry]
    /// For each element, its JSON member names in type order (one, or one per type of a choice).
    let jsonNames: [[String]]
    /// The indexes of the elements with a minimum cardinality above 0.
    let required: [Int]
    /// The JSON member names as UTF-8, sorted bytewise, for lookups without making strings.
    private let sortedNames: [[UInt8]]
    /// The entries in the order of ``sortedNames``.
    private let sortedEntries: [Entry]

    /// Creates a table.
    /// - Parameters:
    ///   - valueSet: the index of a value set URL, if known.
    ///   - target: what a value of an element and type is checked against.
    init(key: String, elements: [FHIRElementDefinition], valueSet: (String) -> Int?,
         target: (FHIRElementDefinition, String) -> Target) {
        self.key = key
        self.elements = elements
        var entries: [String: Entry] = [:]
        var jsonNames: [[String]] = []
        for (index, element) in elements.enumerated() {
            var names: [String] = []
            let bound = element.binding.flatMap { $0.isRequired ? valueSet($0.valueSet) : nil } ?? -1
            for (ordinal, type) in (element.types.isEmpty ? [""] : element.types).enumerated() {
                let name = element.jsonName(for: type)
                entries[name] = Entry(element: index, typeOrdinal: ordinal, target: target(element, type),
                                      valueSet: bound, min: element.min, max: element.max ?? -1,
                                      isChoice: element.isChoice)
                names.append(name)
            }
            jsonNames.append(names)
        }
        self.entries = entries
        self.jsonNames = jsonNames
        self.required = elements.indices.filter { elements[$0].min > 0 }
        let sorted = entries.map { (Array($0.key.utf8), $0.value) }.sorted { $0.0.lexicographicallyPrecedes($1.0) }
        self.sortedNames = sorted.map(\.0)
        self.sortedEntries = sorted.map(\.1)
    }

    /// The type name an entry stands for (`Quantity`, `dateTime`; empty for a content reference).
    func type(of entry: Entry) -> String {
        let types = self.elements[entry.element].types
        return entry.typeOrdinal < types.count ? types[entry.typeOrdinal] : ""
    }

    /// The JSON member name of an entry.
    func jsonName(of entry: Entry) -> String { self.jsonNames[entry.element][entry.typeOrdinal] }

    /// The entry of a JSON member name given as UTF-8 (binary search, no allocation).
    func entry(_ name: UnsafeBufferPointer<UInt8>) -> Entry? {
        var low = 0, high = self.sortedNames.count
        while low < high {
            let middle = (low + high) / 2
            let order = self.sortedNames[middle].withUnsafeBufferPointer { Self.compare($0, name) }
            if order == 0 { return self.sortedEntries[middle] }
            if order < 0 { low = middle + 1 } else { high = middle }
        }
        return nil
    }

    private static func compare(_ lhs: UnsafeBufferPointer<UInt8>, _ rhs: UnsafeBufferPointer<UInt8>) -> Int {
        let common = Swift.min(lhs.count, rhs.count)
        for index in 0..<common where lhs[index] != rhs[index] { return lhs[index] < rhs[index] ? -1 : 1 }
        return lhs.count == rhs.count ? 0 : lhs.count < rhs.count ? -1 : 1
    }
}
