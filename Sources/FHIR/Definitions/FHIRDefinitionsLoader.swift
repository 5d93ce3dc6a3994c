/// Reads the `specs/fhir` files of one release (with Wharf's own JSON reader) and resolves them into
/// ``FHIRDefinitions``' structures, primitive types, value sets and element tables.
struct FHIRDefinitionsLoader {
    let release: FHIRRelease
    let files: [String: String]

    // MARK: Files

    private func root(_ name: String, shared: Bool = false) throws(FHIRDefinitionsError) -> JSONNode {
        let path = shared ? name : "\(self.release.rawValue)/\(name)"
        guard let text = self.files[path] else {
            throw FHIRDefinitionsError(file: path, message: "the file is missing")
        }
        let document: JSONDocument
        do {
            document = try JSONReader().read(Array(text.utf8))
        } catch {
            throw FHIRDefinitionsError(file: path, message: "not JSON: \(error.issue.message)")
        }
        guard document.root.kind == .object else { throw FHIRDefinitionsError(file: path, message: "not an object") }
        if !shared, let release = document.root["release"]?.string, release != self.release.rawValue {
            throw FHIRDefinitionsError(file: path, message: "says release \(release)")
        }
        return document.root
    }

    private func member(_ node: JSONNode, _ key: String, _ kind: JSONKind, in file: String) throws(FHIRDefinitionsError)
        -> JSONNode {
        guard let value = node[key], value.kind == kind else {
            let place = node.pointer.isEmpty ? "/" : node.pointer
            throw FHIRDefinitionsError(file: file, message: "\(place) needs '\(key)' as \(kind)")
        }
        return value
    }

    private func strings(_ node: JSONNode, in file: String) throws(FHIRDefinitionsError) -> [String] {
        var result: [String] = []
        for child in node.children {
            guard let text = child.string else {
                throw FHIRDefinitionsError(file: file, message: "\(child.pointer) is not a string")
            }
            result.append(text)
        }
        return result
    }

    // MARK: Parts

    func primitives() throws(FHIRDefinitionsError) -> [String: FHIRPrimitiveType] {
        let file = "primitives.json"
        let list = try self.member(try self.root(file, shared: true), "primitives", .object, in: file)
        var result: [String: FHIRPrimitiveType] = [:]
        for entry in list.children {
            let name = entry.key ?? ""
            let releases = try self.strings(try self.member(entry, "releases", .array, in: file), in: file)
            guard releases.contains(self.release.rawValue) else { continue }
            guard let json = entry["json"]?.string.flatMap(FHIRPrimitiveType.JSONRepresentation.init(rawValue:)),
                  let format = entry["format"]?.string.flatMap(FHIRPrimitiveFormat.init(rawValue:)) else {
                throw FHIRDefinitionsError(file: file, message: "\(name) needs a known 'json' and 'format'")
            }
            result[name] = FHIRPrimitiveType(
                name: name, json: json, format: format, regex: entry["regex"]?.string,
                minimum: entry["min"]?.numberText.flatMap { Int64($0) },
                maximum: entry["max"]?.numberText.flatMap { Int64($0) },
                maxLength: entry["maxLength"]?.number?.intValue)
        }
        return result
    }

    func valueSets() throws(FHIRDefinitionsError) -> [String: FHIRValueSet] {
        let file = "\(self.release.rawValue)/valuesets.json"
        let list = try self.member(try self.root("valuesets.json"), "valueSets", .object, in: file)
        var result: [String: FHIRValueSet] = [:]
        for entry in list.children {
            let url = entry.key ?? ""
            let codes = try self.strings(try self.member(entry, "codes", .array, in: file), in: file)
            result[url] = FHIRValueSet(url: url, name: entry["name"]?.string ?? url, codes: codes)
        }
        return result
    }

    func resourceTypes() throws(FHIRDefinitionsError) -> Set<String> {
        let file = "\(self.release.rawValue)/resource-types.json"
        return Set(try self.strings(try self.member(try self.root("resource-types.json"), "resourceTypes", .array,
                                                    in: file), in: file))
    }

    func structures(file name: String, key: String, kind: FHIRStructureDefinition.Kind) throws(FHIRDefinitionsError)
        -> [String: FHIRStructureDefinition] {
        let file = "\(self.release.rawValue)/\(name)"
        let list = try self.member(try self.root(name), key, .object, in: file)
        var result: [String: FHIRStructureDefinition] = [:]
        for entry in list.children {
            let typeName = entry.key ?? ""
            var elements: [FHIRElementDefinition] = []
            for item in try self.member(entry, "elements", .array, in: file).children {
                elements.append(try self.element(item, in: file))
            }
            guard elements.allSatisfy({ $0.path.hasPrefix(typeName + ".") }) else {
                throw FHIRDefinitionsError(file: file, message: "\(typeName) has an element outside its own path")
            }
            result[typeName] = FHIRStructureDefinition(name: typeName, kind: kind, base: entry["base"]?.string,
                                                       elements: elements)
        }
        return result
    }

    private func element(_ item: JSONNode, in file: String) throws(FHIRDefinitionsError) -> FHIRElementDefinition {
        guard let path = item["path"]?.string, let min = item["min"]?.number?.intValue,
              let maxText = item["max"]?.string else {
            throw FHIRDefinitionsError(file: file, message: "\(item.pointer) needs 'path', 'min' and 'max'")
        }
        let max = maxText == "*" ? nil : Int(maxText)
        guard maxText == "*" || max != nil else {
            throw FHIRDefinitionsError(file: file, message: "\(path) has max \(maxText)")
        }
        var types: [String] = []
        if let node = item["types"] { types = try self.strings(node, in: file) }
        var binding: FHIRBinding?
        if let node = item["binding"] {
            guard let strength = node["strength"]?.string, let valueSet = node["valueSet"]?.string else {
                throw FHIRDefinitionsError(file: file, message: "\(path) has a binding without strength or valueSet")
            }
            binding = FHIRBinding(strength: strength, valueSet: valueSet)
        }
        let reference = item["contentReference"]?.string.map { $0.hasPrefix("#") ? String($0.dropFirst()) : $0 }
        guard !types.isEmpty || reference != nil else {
            throw FHIRDefinitionsError(file: file, message: "\(path) has neither types nor a content reference")
        }
        return FHIRElementDefinition(path: path, types: types, min: min, max: max, binding: binding,
                                     contentReference: reference)
    }

    // MARK: Tables

    /// One table per resource, data type and backbone element, and each one's index by key; checks that every type
    /// and value set is known.
    func tables(resources: [String: FHIRStructureDefinition], dataTypes: [String: FHIRStructureDefinition],
                primitives: [FHIRPrimitiveType], valueSets: [FHIRValueSet]) throws(FHIRDefinitionsError)
        -> (tables: [FHIRElementTable], index: [String: Int]) {
        var primitiveIndex: [String: Int] = [:]
        for (position, primitive) in primitives.enumerated() { primitiveIndex[primitive.name] = position }
        var valueSetIndex: [String: Int] = [:]
        for (position, valueSet) in valueSets.enumerated() { valueSetIndex[valueSet.url] = position }
        let file = "\(self.release.rawValue)/resources.json or datatypes.json"
        let structures = (Array(resources.values) + Array(dataTypes.values)).sorted { $0.name < $1.name }
        // Every table key first (so that tables can refer to each other by index), then the tables.
        var keys: [(key: String, structure: FHIRStructureDefinition, parents: Set<String>)] = []
        for structure in structures {
            var parents: Set<String> = [structure.name]
            for element in structure.elements where element.contentReference == nil {
                let path = element.path
                if structure.elements.contains(where: { $0.path.hasPrefix(path + ".") }) { parents.insert(path) }
            }
            for parent in parents.sorted() { keys.append((parent, structure, parents)) }
        }
        var index: [String: Int] = [:]
        for (position, entry) in keys.enumerated() { index[entry.key] = position }
        var tables: [FHIRElementTable] = []
        var problems: [String] = []
        for (key, structure, parents) in keys {
            let children = structure.children(of: key)
            let table = FHIRElementTable(key: key, elements: children,
                                         valueSet: { valueSetIndex[$0] }) { element, type in
                if let reference = element.contentReference, let target = index[reference] { return .table(target) }
                if let primitive = primitiveIndex[type] { return .primitive(primitive) }
                if type == "Resource" { return .resource }
                if parents.contains(element.path), let target = index[element.path] { return .table(target) }
                if dataTypes[type] != nil, let target = index[type] { return .table(target) }
                problems.append("\(element.path) has type \(type), which is not defined")
                return .resource
            }
            tables.append(table)
            for element in children {
                if let reference = element.contentReference, !parents.contains(reference) {
                    problems.append("\(element.path) refers to \(reference), which is not a backbone element")
                }
                if let binding = element.binding, valueSetIndex[binding.valueSet] == nil {
                    problems.append("\(element.path) is bound to \(binding.valueSet), which valuesets.json lacks")
                }
            }
        }
        if !problems.isEmpty {
            throw FHIRDefinitionsError(file: file, message: problems.sorted().joined(separator: "; "))
        }
        return (tables, index)
    }
}
