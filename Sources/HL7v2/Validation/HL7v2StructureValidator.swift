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
        guard let structure = dictionary.structures[trigger] ?? dictionary.structures[code] else { return problems }
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
            guard let id = segment.validID, let rules = dictionary.rules[id] else { continue }
            FieldChecker(dictionary: dictionary, segment: segment, id: id).check(rules, report: report)
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

    /// Matches `elements` from the current segment; `later` tells whether an id can still be matched by what follows
    /// this group in its parents (such a segment ends the group instead of being reported).
    mutating func match(_ parent: HL7v2Dictionary.StructureElement, later: @escaping (String) -> Bool,
                        group: String?) {
        guard case .group(_, let elements) = parent.kind else { return }
        for (position, element) in elements.enumerated() {
            let rest = parent.suffixIDs[position + 1]
            let afterThis: (String) -> Bool = { rest.contains($0) || later($0) }
            var count = 0
            let (required, maximum, name) = (element.required, element.maximum, element.name)
            let starts = element.firstIDs
            while self.index < self.segments.count, count < maximum {
                let id = self.segments[self.index].id
                if starts.contains(id) {
                    if element.isGroup {
                        self.match(element, later: { afterThis($0) || starts.contains($0) }, group: name)
                    } else {
                        self.index += 1
                    }
                    count += 1
                } else if afterThis(id) || element.allIDs.contains(id) && count > 0 {
                    break
                } else if self.index > 0, element.allIDs.contains(id) || !later(id) {
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
        if case .group = self.kind { return true }
        return false
    }
}

/// The field checks of one segment.
private struct FieldChecker {
    let dictionary: HL7v2Dictionary
    let segment: HL7v2Segment
    let id: String

    typealias Report = (DiagnosticCode, HL7v2Location, String, DiagnosticSeverity) -> Void

    /// `RQD-10`, `RQD-2.1`, `CX-4.2`: a location's field path, for messages (built only when reporting).
    private func name(_ location: HL7v2Location) -> String {
        var text = "\(self.id)-\(location.field ?? 0)"
        if let component = location.component { text += ".\(component)" }
        if let subcomponent = location.subcomponent { text += ".\(subcomponent)" }
        return text
    }

    func check(_ rules: [HL7v2FieldRule], report: Report) {
        let isHeader = self.segment.isHeader
        let present = self.segment.fieldCount
        for rule in rules {
            // MSH-1 and MSH-2 are the separators themselves, checked by the reader.
            if isHeader, rule.position <= 2 { continue }
            let location = HL7v2Location(segment: self.id, segmentOrdinal: self.segment.ordinal, field: rule.position)
            let value: HL7v2Value? = rule.position <= present ? self.segment.field(rule.position) : nil
            guard let value, !value.isEmpty else {
                if rule.required {
                    report(.hl7FieldRequiredMissing, location, "\(self.name(location)) (\(rule.name)) is required but empty", .error)
                }
                continue
            }
            if value.isNull { continue }
            let count = value.repetitionCount
            if count > rule.maximumRepetitions {
                var here = location
                here.repetition = rule.maximumRepetitions + 1
                report(.hl7FieldDataType, here, "\(self.name(location)) repeats \(count) times; at most \(rule.maximumRepetitions) allowed", .error)
            }
            if count <= 1 {
                self.checkValue(value, rule: rule, at: location, depth: 0, report: report)
                continue
            }
            for index in 1...count {
                var here = location
                here.repetition = index
                self.checkValue(value.repetition(index), rule: rule, at: here, depth: 0, report: report)
            }
        }
    }

    private func checkValue(_ value: HL7v2Value, rule: HL7v2FieldRule, at location: HL7v2Location, depth: Int,
                            report: Report) {
        if value.isEmpty || value.isNull { return }
        if let components = rule.components {
            let count = depth == 0 ? value.componentCount : value.subcomponentCount
            for component in components {
                var here = location
                if depth == 0 { here.component = component.position } else { here.subcomponent = component.position }
                guard component.position <= count else {
                    if component.required, component.position == 1, depth == 0 {
                        report(.hl7FieldRequiredMissing, here, "\(self.name(here)) (\(component.name)) is required but empty", .error)
                    }
                    break
                }
                let part = depth == 0 ? value.component(component.position) : value.subcomponent(component.position)
                if part.isEmpty {
                    // A required component is checked only when its composite is present.
                    if component.required, component.position == 1, depth == 0 {
                        report(.hl7FieldRequiredMissing, here, "\(self.name(here)) (\(component.name)) is required but empty", .error)
                    }
                    continue
                }
                self.checkValue(part, rule: component, at: here, depth: depth + 1, report: report)
            }
            return
        }
        if rule.closedCodes != nil || rule.checksForm {
            let text = value.text
            if !self.dictionary.matches(text, type: rule.type) {
                report(.hl7FieldDataType, location, "\(self.name(location)) is not a valid \(rule.type) value", .error)
            } else if let closed = rule.closedCodes, !closed.contains(text) {
                report(.hl7FieldTableValue, location, "\(self.name(location)) is not a code of HL7 table \(rule.table ?? "")", .error)
            }
        }
        if let maximumLength = rule.maximumLength, depth == 0, value.bytes.count > maximumLength {
            report(.hl7FieldTooLong, location, "\(self.name(location)) is longer than its maximum of \(maximumLength)", .warning)
        }
    }
}
