import WharfCore

/// One validation run: walks a resource depth-first, collecting diagnostics located by each offending value's JSON
/// pointer (computed only when something is reported).
struct FHIRValidationWalk {
    let definitions: FHIRDefinitions
    let options: FHIRValidationOptions
    private(set) var diagnostics: [Diagnostic] = []

    init(definitions: FHIRDefinitions, options: FHIRValidationOptions) {
        self.definitions = definitions
        self.options = options
    }

    private var release: String { self.definitions.release.rawValue }

    // MARK: Resources and objects

    mutating func resource(_ node: JSONNode) {
        guard node.kind == .object else {
            self.report(.fhirResourceTypeMissing, at: node, "a resource must be a JSON object, not \(node.kind)")
            return
        }
        guard let typeNode = node["resourceType"] else {
            self.report(.fhirResourceTypeMissing, at: node, "the resource has no 'resourceType'")
            return
        }
        guard let type = typeNode.string, !type.isEmpty else {
            self.report(.fhirResourceTypeMissing, at: typeNode, "'resourceType' must be a non-empty string")
            return
        }
        guard self.definitions.isResourceType(type) else {
            self.report(.fhirResourceUnknownType, at: typeNode,
                        "'resourceType' names no resource type of FHIR \(self.release)")
            return
        }
        guard let index = self.definitions.tableIndex[type], self.definitions.isSupported(resourceType: type) else {
            self.report(.fhirResourceUnsupported, at: node,
                        "Wharf has no definitions for FHIR \(self.release) \(type) resources",
                        severity: self.options.unsupportedResources)
            return
        }
        self.object(node, self.definitions.tables[index], isResource: true)
    }

    /// What a member key is.
    private enum Member {
        case resourceType
        case unknown
        case element(FHIRElementTable.Entry, isExtension: Bool)
    }

    private mutating func object(_ node: JSONNode, _ table: FHIRElementTable, isResource: Bool) {
        if node.count == 0 {
            self.report(.fhirElementEmpty, at: node,
                        "\(table.key) is an empty object; FHIR elements have a value or children")
        }
        var present = FHIRPresence(count: table.elements.count)
        var choices: [FHIRElementTable.Entry] = []
        for member in node.children {
            let kind = member.withKeyBytes { key -> Member in
                if isResource, key.elementsEqual(Self.resourceTypeKey) { return .resourceType }
                if key.first == UInt8(ascii: "_") {
                    return table.entry(UnsafeBufferPointer(rebasing: key.dropFirst()))
                        .map { .element($0, isExtension: true) } ?? .unknown
                }
                return table.entry(key).map { .element($0, isExtension: false) } ?? .unknown
            }
            guard case .element(let entry, let isExtension) = kind else {
                if case .unknown = kind { self.unknown(member, in: table) }
                continue
            }
            if entry.isChoice {
                if let first = choices.first(where: { $0.element == entry.element }) {
                    if first.typeOrdinal != entry.typeOrdinal {
                        let names = "'\(table.jsonName(of: first))' and '\(table.jsonName(of: entry))'"
                        self.report(.fhirChoiceMultiple, at: member, "\(table.elements[entry.element].path) has more "
                                        + "than one type (\(names)); a choice element takes exactly one")
                    }
                } else {
                    choices.append(entry)
                }
            }
            present.insert(entry.element)
            if isExtension {
                guard case .primitive = entry.target else {
                    self.report(.fhirExtensionMisaligned, at: member, "'_' extends primitive elements only; "
                                    + "\(table.elements[entry.element].path) has type \(table.type(of: entry))")
                    continue
                }
                self.primitiveExtension(member, base: node[table.jsonName(of: entry)], table: table, entry: entry)
            } else {
                self.value(member, table: table, entry: entry, parent: node)
            }
        }
        for index in table.required where !present.contains(index) {
            let element = table.elements[index]
            self.report(.fhirElementRequiredMissing, at: node,
                        "\(element.path) is required (\(element.cardinality)) but absent")
        }
    }

    private static let resourceTypeKey = Array("resourceType".utf8)

    private mutating func unknown(_ member: JSONNode, in table: FHIRElementTable) {
        let severity: DiagnosticSeverity
        switch self.options.unknownElements {
        case .error: severity = .error
        case .warning: severity = .warning
        case .ignore: return
        }
        self.report(.fhirElementUnknown, at: member, "not an element of \(table.key) in FHIR \(self.release)",
                    severity: severity)
    }

    // MARK: Element values

    private mutating func value(_ node: JSONNode, table: FHIRElementTable, entry: FHIRElementTable.Entry,
                                parent: JSONNode) {
        guard entry.repeats else {
            if node.kind == .array {
                let element = table.elements[entry.element]
                self.report(.fhirElementCardinality, at: node,
                            "\(element.path) occurs at most once (\(element.cardinality)); found an array")
                return
            }
            self.item(node, table: table, entry: entry)
            return
        }
        guard node.kind == .array else {
            let element = table.elements[entry.element]
            self.report(.fhirElementCardinality, at: node,
                        "\(element.path) repeats (\(element.cardinality)); FHIR JSON writes it as an array")
            self.item(node, table: table, entry: entry)
            return
        }
        guard node.count > 0 else {
            self.report(.fhirElementEmpty, at: node,
                        "\(table.elements[entry.element].path) is an empty array; leave the element out instead")
            return
        }
        if entry.max >= 0, node.count > entry.max {
            let element = table.elements[entry.element]
            self.report(.fhirElementCardinality, at: node,
                        "\(element.path) occurs \(node.count) times; at most \(entry.max) allowed "
                            + "(\(element.cardinality))")
        } else if node.count < entry.min {
            let element = table.elements[entry.element]
            self.report(.fhirElementCardinality, at: node,
                        "\(element.path) occurs \(node.count) times; at least \(entry.min) required "
                            + "(\(element.cardinality))")
        }
        for (index, child) in node.children.enumerated() {
            if child.isNull, case .primitive = entry.target,
               parent["_" + table.jsonName(of: entry)]?[index]?.kind == .object {
                continue
            }
            self.item(child, table: table, entry: entry)
        }
    }

    private mutating func item(_ node: JSONNode, table: FHIRElementTable, entry: FHIRElementTable.Entry) {
        if node.isNull {
            self.report(.fhirValueNull, at: node,
                        "\(table.elements[entry.element].path) is null; leave an absent element out")
            return
        }
        switch entry.target {
        case .primitive(let index):
            self.primitive(node, type: index, table: table, entry: entry)
        case .table(let index):
            guard node.kind == .object else {
                self.report(.fhirElementType, at: node, "\(table.elements[entry.element].path) has type "
                                + "\(table.type(of: entry)): expected an object, found \(node.kind)")
                return
            }
            self.object(node, self.definitions.tables[index], isResource: false)
        case .resource:
            self.resource(node)
        }
    }

    // MARK: Primitives

    private mutating func primitive(_ node: JSONNode, type index: Int, table: FHIRElementTable,
                                    entry: FHIRElementTable.Entry) {
        let json = self.definitions.primitiveList[index].json
        let expected: JSONKind = switch json {
        case .string: .string
        case .number: .number
        case .boolean: .bool
        }
        guard node.kind == expected else {
            self.report(.fhirElementType, at: node, "\(table.elements[entry.element].path) has type "
                            + "\(table.type(of: entry)): expected \(expected) in JSON, found \(node.kind)")
            return
        }
        let problem: (code: DiagnosticCode, message: String)?
        switch json {
        case .boolean:
            return
        case .number:
            problem = node.withRawBytes { self.formatProblem($0, type: index) }
        case .string:
            problem = node.withStringBytes { bytes -> (code: DiagnosticCode, message: String)? in
                if bytes.isEmpty { return (.fhirValueEmpty, "is an empty string; leave an absent value out") }
                if let problem = self.formatProblem(bytes, type: index) { return problem }
                guard entry.valueSet >= 0 else { return nil }
                let valueSet = self.definitions.valueSetList[entry.valueSet]
                if valueSet.contains(String(decoding: bytes, as: UTF8.self)) { return nil }
                return (.fhirValueNotInValueSet, "is not a code of \(valueSet.name) (\(valueSet.url)); allowed: "
                            + valueSet.codes.joined(separator: ", "))
            }
        }
        if let problem {
            self.report(problem.code, at: node, "\(table.elements[entry.element].path) \(problem.message)")
        }
    }

    /// What is wrong with a primitive's text, if anything.
    private func formatProblem(_ bytes: UnsafeBufferPointer<UInt8>, type index: Int)
        -> (code: DiagnosticCode, message: String)? {
        let type = self.definitions.primitiveList[index]
        guard type.format.accepts(bytes) else {
            return (.fhirValueFormat, "is not a valid \(type.name); expected \(type.format.expectation)")
        }
        if type.format == .integer, type.minimum != nil || type.maximum != nil {
            let minimum = type.minimum ?? .min, maximum = type.maximum ?? .max
            guard let value = FHIRLexicalChecks.integerValue(bytes), value >= minimum, value <= maximum else {
                return (.fhirValueFormat, "is out of range for \(type.name) (\(minimum) to \(maximum))")
            }
        }
        if let maxLength = type.maxLength, bytes.count > maxLength {
            let characters = bytes.reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
            if characters > maxLength {
                return (.fhirValueTooLong, "is longer than \(maxLength) characters, the most \(type.name) allows")
            }
        }
        return nil
    }

    /// `_name`: an object (or, for a repeating element, an array aligned with the values) of `id` and `extension`.
    private mutating func primitiveExtension(_ node: JSONNode, base: JSONNode?, table: FHIRElementTable,
                                             entry: FHIRElementTable.Entry) {
        let elementTable = self.definitions.tables[self.definitions.elementTable]
        let path = table.elements[entry.element].path
        guard entry.repeats else {
            guard node.kind == .object else {
                let code: DiagnosticCode = node.kind == .array ? .fhirExtensionMisaligned : .fhirElementType
                self.report(code, at: node, "the extension of \(path) must be an object like the value it extends, "
                                + "not \(node.kind)")
                return
            }
            self.object(node, elementTable, isResource: false)
            return
        }
        guard node.kind == .array else {
            self.report(.fhirExtensionMisaligned, at: node,
                        "the extensions of \(path) must be an array aligned with its values, not \(node.kind)")
            return
        }
        if let base, base.kind == .array, base.count != node.count {
            self.report(.fhirExtensionMisaligned, at: node,
                        "\(path) has \(base.count) values but \(node.count) extension entries; they must line up")
        }
        for (index, item) in node.children.enumerated() {
            let value = base?.kind == .array ? base?[index] : nil
            if item.isNull {
                if value == nil || value?.isNull == true {
                    self.report(.fhirExtensionMisaligned, at: item,
                                "position \(index) of \(path) has neither a value nor an extension")
                }
                continue
            }
            guard item.kind == .object else {
                self.report(.fhirElementType, at: item, "an extension entry of \(path) must be an object or null")
                continue
            }
            self.object(item, elementTable, isResource: false)
        }
    }

    // MARK: Reporting

    private mutating func report(_ code: DiagnosticCode, at node: JSONNode, _ message: String,
                                 severity: DiagnosticSeverity = .error) {
        self.diagnostics.append(Diagnostic(severity, code, at: .jsonPointer(node.pointer), message))
    }
}
