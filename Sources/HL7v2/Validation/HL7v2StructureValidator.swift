import WharfCore

/// Checks a message against `specs/hl7v2`: its type and version, the order, presence and repetition of its segments
/// and groups, then each segment's fields — required fields, repetitions, data type forms (down to components of
/// composite types), values of closed HL7 tables, and lengths. Z-segments are allowed anywhere. Diagnostics are
/// located as `RQD(1)-2.1` and never quote a value.
public struct HL7v2StructureValidator: Sendable {
    /// Creates a validator.
    public init() {}

    /// The problems of `message`.
    public func validate(_ message: HL7v2Message) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        let header = message.header
        let type = header.field(9)
        let code = type.component(1).text
        let event = type.component(2).text
        let trigger = event.isEmpty ? code : "\(code)^\(event)"
        let version = message.version ?? ""
        func report(_ code: DiagnosticCode, _ location: HL7v2Location, _ message: String,
                    severity: DiagnosticSeverity = .error) {
            problems.append(Diagnostic(severity, code, at: .hl7v2(location), message))
        }
        guard let dictionary = HL7v2Dictionary.forMessage(trigger, version: version)
            ?? HL7v2Dictionary.forMessage(code, version: version) else {
            if HL7v2Dictionary.forVersion(version) == nil {
                report(.hl7MessageUnsupportedVersion, HL7v2Location(segment: "MSH", segmentOrdinal: 1, field: 12),
                       "version \(version.isEmpty ? "(none)" : version) is not one Wharf reads "
                        + "(\(HL7v2Dictionary.versions.joined(separator: ", ")))")
            } else {
                report(.hl7MessageUnsupportedType, HL7v2Location(segment: "MSH", segmentOrdinal: 1, field: 9),
                       "message type \(trigger) is not one Wharf reads")
            }
            return problems
        }
        let structure = dictionary.structures[trigger] ?? dictionary.structures[code] ?? []
        var matcher = StructureMatcher(segments: message.segments.filter { !$0.id.hasPrefix("Z") })
        matcher.match(structure, later: { _ in false }, group: nil)
        for (segment, problem) in matcher.problems {
            report(.hl7SegmentSequence, HL7v2Location(segment: segment.validID ?? "?", segmentOrdinal: segment.ordinal),
                   problem)
        }
        for missing in matcher.missing {
            report(.hl7SegmentMissing, HL7v2Location(segment: missing.anchor?.validID ?? "MSH",
                                                     segmentOrdinal: missing.anchor?.ordinal ?? 1),
                   missing.message)
        }
        for segment in message.segments {
            guard let id = segment.validID, let fields = dictionary.segments[id] else { continue }
            FieldChecker(dictionary: dictionary, segment: segment, id: id).check(fields, report: report)
        }
        return problems
    }
}

/// Walks a message's segments through a structure, greedily, reporting segments that fit nowhere and required
/// segments and groups that are missing.
private struct StructureMatcher {
    let segments: [HL7v2Segment]
    var index = 0
    var problems: [(HL7v2Segment, String)] = []
    var missing: [(anchor: HL7v2Segment?, message: String)] = []

    init(segments: [HL7v2Segment]) { self.segments = segments }

    /// Every segment id an element can start with.
    static func first(_ element: HL7v2Dictionary.StructureElement) -> Set<String> {
        switch element {
        case .segment(let id, _, _): return [id]
        case .group(_, _, _, let children):
            var ids: Set<String> = []
            for child in children {
                ids.formUnion(Self.first(child))
                if case .segment(_, true, _) = child { break }
                if case .group(_, true, _, _) = child { break }
            }
            return ids
        }
    }

    /// Every segment id anywhere in the elements.
    static func all(_ elements: [HL7v2Dictionary.StructureElement]) -> Set<String> {
        var ids: Set<String> = []
        for element in elements {
            switch element {
            case .segment(let id, _, _): ids.insert(id)
            case .group(_, _, _, let children): ids.formUnion(Self.all(children))
            }
        }
        return ids
    }

    /// Matches `elements` from the current segment; `later` tells whether an id can still be matched by what follows
    /// this group in its parents (such a segment ends the group instead of being reported).
    mutating func match(_ elements: [HL7v2Dictionary.StructureElement], later: @escaping (String) -> Bool,
                        group: String?) {
        for (position, element) in elements.enumerated() {
            let rest = Self.all(Array(elements[(position + 1)...]))
            let afterThis: (String) -> Bool = { rest.contains($0) || later($0) }
            var count = 0
            let (required, maximum, name): (Bool, Int, String) = {
                switch element {
                case .segment(let id, let required, let maximum): return (required, maximum, id)
                case .group(let name, let required, let maximum, _): return (required, maximum, name)
                }
            }()
            let starts = Self.first(element)
            while self.index < self.segments.count, count < maximum {
                let id = self.segments[self.index].id
                if starts.contains(id) {
                    if case .group(_, _, _, let children) = element {
                        self.match(children, later: { afterThis($0) || starts.contains($0) }, group: name)
                    } else {
                        self.index += 1
                    }
                    count += 1
                } else if afterThis(id) || Self.all([element]).contains(id) && count > 0 {
                    break
                } else if self.index > 0, Self.all([element]).contains(id) || !later(id) {
                    self.problems.append((self.segments[self.index],
                                          "\(id) is not expected here in the message structure"
                                            + (group.map { " (group \($0))" } ?? "")))
                    self.index += 1
                } else {
                    break
                }
            }
            if self.index < self.segments.count, count == maximum, maximum > 1,
               starts.contains(self.segments[self.index].id), !afterThis(self.segments[self.index].id) {
                self.problems.append((self.segments[self.index], "\(name) repeats more than \(maximum) times"))
                self.index += 1
            }
            if count == 0, required {
                let anchor = self.index < self.segments.count ? self.segments[self.index] : self.segments.last
                self.missing.append((anchor, "the required \(element.isGroup ? "group" : "segment") \(name) is missing"
                    + (group.map { " in group \($0)" } ?? "")))
            }
        }
        if group == nil {
            while self.index < self.segments.count {
                let segment = self.segments[self.index]
                self.problems.append((segment, "\(segment.id) is not expected here in the message structure"))
                self.index += 1
            }
        }
    }
}

extension HL7v2Dictionary.StructureElement {
    var isGroup: Bool {
        if case .group = self { return true }
        return false
    }
}

/// The field checks of one segment.
private struct FieldChecker {
    let dictionary: HL7v2Dictionary
    let segment: HL7v2Segment
    let id: String

    typealias Report = (DiagnosticCode, HL7v2Location, String, DiagnosticSeverity) -> Void

    func check(_ fields: [HL7v2Dictionary.Field], report: (DiagnosticCode, HL7v2Location, String, DiagnosticSeverity) -> Void) {
        let isHeader = self.segment.isHeader
        for field in fields {
            // MSH-1 and MSH-2 are the separators themselves, checked by the reader.
            if isHeader, field.position <= 2 { continue }
            let value = self.segment.field(field.position)
            let location = HL7v2Location(segment: self.id, segmentOrdinal: self.segment.ordinal, field: field.position)
            if value.isEmpty {
                if field.required {
                    report(.hl7FieldRequiredMissing, location, "\(self.id)-\(field.position) (\(field.name)) is required but empty", .error)
                }
                continue
            }
            if value.isNull { continue }
            let repetitions = value.repetitions
            if repetitions.count > field.maximumRepetitions {
                var here = location
                here.repetition = field.maximumRepetitions + 1
                report(.hl7FieldDataType, here, "\(self.id)-\(field.position) repeats \(repetitions.count) times; at most \(field.maximumRepetitions) allowed", .error)
            }
            for (offset, repetition) in repetitions.enumerated() {
                var here = location
                if repetitions.count > 1 { here.repetition = offset + 1 }
                self.checkValue(repetition, type: field.type, table: field.table, maximumLength: field.maximumLength,
                                name: "\(self.id)-\(field.position)", at: here, depth: 0, report: report)
            }
        }
    }

    private func checkValue(_ value: HL7v2Value, type: String, table: String?, maximumLength: Int?, name: String,
                            at location: HL7v2Location, depth: Int, report: Report) {
        if value.isEmpty || value.isNull { return }
        if let components = self.dictionary.composites[type], depth < 2 {
            let parts = depth == 0 ? value.components : value.subcomponents
            for component in components where component.position <= max(parts.count, components.count) {
                var here = location
                if depth == 0 { here.component = component.position } else { here.subcomponent = component.position }
                let part = component.position <= parts.count ? parts[component.position - 1] : nil
                let label = "\(name).\(component.position)"
                guard let part, !part.isEmpty else {
                    // A required component is checked only when its composite is present.
                    if component.required, component.position == 1, depth == 0 {
                        report(.hl7FieldRequiredMissing, here, "\(label) (\(component.name)) is required but empty", .error)
                    }
                    continue
                }
                self.checkValue(part, type: component.type, table: component.table, maximumLength: component.maximumLength,
                                name: label, at: here, depth: depth + 1, report: report)
            }
            return
        }
        let text = value.text
        if !self.dictionary.matches(text, type: type) {
            report(.hl7FieldDataType, location, "\(name) is not a valid \(type) value", .error)
        } else if let table, type == "ID", let codes = self.dictionary.closedTables[table], !codes.contains(text) {
            report(.hl7FieldTableValue, location, "\(name) is not a code of HL7 table \(table)", .error)
        }
        if let maximumLength, text.utf8.count > maximumLength, depth == 0 {
            report(.hl7FieldTooLong, location, "\(name) is longer than its maximum of \(maximumLength)", .warning)
        }
    }
}
