/// Writes FHIR resources as JSON with their members in the order FHIR's definitions list the elements, so that the
/// same resource always gives the same bytes whatever order it was built in.
///
/// `resourceType` comes first; each element follows the definition order (a choice type at its element's place, a
/// primitive's `_extension` right after it); members the definitions do not know keep their relative order at the
/// end of their object. Numbers are written as their exact text (decimals unchanged), strings minimally escaped.
///
/// ```swift
/// let bytes = FHIRJSONWriter(release: .r4).write(supplyRequest)
/// ```
public struct FHIRJSONWriter: Sendable {
    /// The definitions giving the order.
    public let definitions: FHIRDefinitions
    /// The text layout.
    public var style: JSONWriter.Style

    /// Creates a writer for a release.
    public init(release: FHIRRelease = .r4, style: JSONWriter.Style = .pretty(indent: 2)) {
        self.definitions = FHIRDefinitions.forRelease(release)
        self.style = style
    }

    /// The JSON text of `resource` in definition order.
    public func write(_ resource: JSONValue) -> [UInt8] {
        JSONWriter(style: self.style).write(self.ordered(resource))
    }

    /// `resource` with every object's members in definition order (the values are unchanged).
    public func ordered(_ resource: JSONValue) -> JSONValue {
        guard case .object(let object) = resource else { return resource }
        guard let type = object["resourceType"]?.string, let table = self.definitions.table(type) else {
            return .object(self.resourceTypeFirst(object))
        }
        return .object(self.ordered(object, table: table))
    }

    private func resourceTypeFirst(_ object: JSONObject) -> JSONObject {
        let first = object.members.filter { $0.key == "resourceType" }
        return JSONObject(first + object.members.filter { $0.key != "resourceType" })
    }

    private func ordered(_ object: JSONObject, table: FHIRElementTable) -> JSONObject {
        var keyed: [(rank: (Int, Int, Int), member: JSONMember)] = []
        for (position, member) in object.members.enumerated() {
            if member.key == "resourceType" {
                keyed.append(((-1, 0, 0), member))
                continue
            }
            let isExtension = member.key.hasPrefix("_")
            let name = isExtension ? String(member.key.dropFirst()) : member.key
            guard let entry = table.entries[name] else {
                keyed.append(((Int.max, position, 0), member))
                continue
            }
            let typeRank = entry.typeOrdinal
            var value = member.value
            if isExtension {
                value = self.orderedValue(value, target: .table(self.definitions.elementTable))
            } else {
                value = self.orderedValue(value, target: entry.target)
            }
            let rank = (entry.element, typeRank * 2 + (isExtension ? 1 : 0), position)
            keyed.append((rank, JSONMember(member.key, value)))
        }
        keyed.sort { $0.rank < $1.rank }
        return JSONObject(keyed.map(\.member))
    }

    private func orderedValue(_ value: JSONValue, target: FHIRElementTable.Target) -> JSONValue {
        switch value {
        case .array(let elements): return .array(elements.map { self.orderedValue($0, target: target) })
        case .object(let object):
            switch target {
            case .primitive: return value
            case .resource: return self.ordered(value)
            case .table(let index):
                return .object(self.ordered(object, table: self.definitions.tables[index]))
            }
        default: return value
        }
    }
}
