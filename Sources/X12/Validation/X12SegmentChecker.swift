import WharfCore

/// Checks one segment against its definition. Messages name positions and expectations, never values.
struct X12SegmentChecker {
    let segment: X12Segment
    let definition: X12SegmentDefinition
    let location: X12Location

    func check(into diagnostics: inout [Diagnostic]) {
        let uses = self.definition.elements
        var present: UInt64 = 0
        var tooMany = false
        let bytes = self.segment.bytes
        self.segment.forEachElement { position, range in
            guard !range.isEmpty else { return }
            guard position <= uses.count else {
                if !tooMany {
                    tooMany = true
                    diagnostics.append(self.error(.elementTooMany, position, nil, nil,
                                                  "\(self.definition.tag) has \(uses.count) elements; more were found"))
                }
                return
            }
            if position < 64 { present |= 1 << UInt64(position) }
            self.checkElement(bytes[range], use: uses[position - 1], position: position, into: &diagnostics)
        }
        for (index, use) in uses.enumerated() where use.usage == .mandatory && present & (1 << UInt64(index + 1)) == 0 {
            diagnostics.append(self.error(.elementMandatoryMissing, index + 1, nil, nil,
                                          "\(use.name) is mandatory but missing"))
        }
        self.checkNotes(self.definition.syntax, present: present, names: uses.map(\.name), component: false,
                        element: nil, into: &diagnostics)
    }

    private func checkElement(_ value: ArraySlice<UInt8>, use: X12ElementUse, position: Int,
                              into diagnostics: inout [Diagnostic]) {
        let delimiters = self.segment.delimiters
        var repetitions = 1
        if let separator = delimiters.repetition, value.contains(separator) {
            repetitions = value.reduce(1) { $0 + ($1 == separator ? 1 : 0) }
            if repetitions > use.maxRepeat {
                diagnostics.append(self.error(.elementTooManyRepetitions, position, nil, nil,
                                              "\(use.name) repeats \(repetitions) times; at most \(use.maxRepeat) allowed"))
                return
            }
        }
        var repetition = 0
        for part in repetitions == 1 ? [value] : value.split(separator: delimiters.repetition!,
                                                               omittingEmptySubsequences: false) {
            repetition += 1
            let label: Int? = repetitions > 1 ? repetition : nil
            switch use.content {
            case .simple(let element):
                if let component = delimiters.component, part.contains(component) {
                    diagnostics.append(self.error(.elementTooManyComponents, position, nil, label,
                                                  "\(element.name) is a simple element but has components"))
                } else if let diagnostic = self.checkValue(part, element, position, nil, label) {
                    diagnostics.append(diagnostic)
                }
            case .composite(let composite):
                self.checkComposite(part, composite, position: position, repetition: label, into: &diagnostics)
            }
        }
    }

    private func checkComposite(_ value: ArraySlice<UInt8>, _ composite: X12CompositeDefinition, position: Int,
                                repetition: Int?, into diagnostics: inout [Diagnostic]) {
        guard !value.isEmpty else { return }
        let parts = self.segment.delimiters.component.map {
            value.split(separator: $0, omittingEmptySubsequences: false)
        } ?? [value]
        var present: UInt64 = 0
        for (index, part) in parts.enumerated() where !part.isEmpty {
            guard index < composite.components.count else {
                diagnostics.append(self.error(.elementTooManyComponents, position, index + 1, repetition,
                                              "\(composite.name) has \(composite.components.count) components; "
                                                  + "more were found"))
                break
            }
            if index < 63 { present |= 1 << UInt64(index + 1) }
            let element = composite.components[index].element
            if let diagnostic = self.checkValue(part, element, position, index + 1, repetition) {
                diagnostics.append(diagnostic)
            }
        }
        for (index, component) in composite.components.enumerated()
        where component.usage == .mandatory && present & (1 << UInt64(index + 1)) == 0 {
            diagnostics.append(self.error(.elementMandatoryMissing, position, index + 1, repetition,
                                          "\(component.element.name) is mandatory in \(composite.name) but missing"))
        }
        self.checkNotes(composite.syntax, present: present, names: composite.components.map(\.element.name),
                        component: true, element: position, into: &diagnostics)
    }

    /// At most one problem per value, in the order an acknowledgment would report it.
    private func checkValue(_ value: ArraySlice<UInt8>, _ element: X12ElementDefinition, _ position: Int,
                            _ component: Int?, _ repetition: Int?) -> Diagnostic? {
        let name = element.name
        let length: Int
        switch element.type {
        case .string, .identifier:
            guard X12ValueRules.isInCharacterSet(value) else {
                return self.error(.elementInvalidCharacter, position, component, repetition,
                                  "\(name) has a character outside the X12 character set")
            }
            length = value.count
            if let codes = element.codes, !codes.contains(String(decoding: value, as: UTF8.self)) {
                return self.error(.elementInvalidCode, position, component, repetition,
                                  "\(name) is not a code of data element \(element.id)'s code list")
            }
        case .numeric:
            guard let digits = X12ValueRules.numericLength(value) else {
                return self.error(.elementNotNumeric, position, component, repetition,
                                  "\(name) must be numeric (type \(element.type.code): digits only)")
            }
            length = digits
        case .decimal:
            guard let digits = X12ValueRules.decimalLength(value) else {
                return self.error(.elementNotNumeric, position, component, repetition,
                                  "\(name) must be numeric (type R: digits with an optional sign and decimal point)")
            }
            length = digits
        case .date:
            guard X12ValueRules.isDate(value) else {
                return self.error(.elementInvalidDate, position, component, repetition,
                                  "\(name) must be a calendar date (\(element.maxLength == 6 ? "YYMMDD" : "CCYYMMDD"))")
            }
            length = value.count
        case .time:
            guard X12ValueRules.isTime(value) else {
                return self.error(.elementInvalidTime, position, component, repetition,
                                  "\(name) must be a time of day (HHMM, HHMMSS or HHMMSSd..d)")
            }
            length = value.count
        case .binary:
            return nil
        }
        if length < element.minLength {
            return self.error(.elementTooShort, position, component, repetition,
                              "\(name) is \(length) characters; at least \(element.minLength) required")
        }
        if length > element.maxLength {
            return self.error(.elementTooLong, position, component, repetition,
                              "\(name) is \(length) characters; at most \(element.maxLength) allowed")
        }
        return nil
    }

    private func checkNotes(_ notes: [X12SyntaxNote], present: UInt64, names: [String], component: Bool,
                            element: Int?, into diagnostics: inout [Diagnostic]) {
        for note in notes {
            let has = note.positions.map { $0 < 64 && present & (1 << UInt64($0)) != 0 }
            let count = has.filter { $0 }.count
            var missing: Int?
            var code = DiagnosticCode.elementConditionalMissing
            switch note.kind {
            case .paired: if count > 0, count < has.count { missing = note.positions[has.firstIndex(of: false)!] }
            case .required: if count == 0 { missing = note.positions[0] }
            case .exclusion:
                if count > 1 {
                    code = .elementExclusionViolated
                    missing = note.positions[has.lastIndex(of: true)!]
                }
            case .conditional:
                if has[0], count < has.count { missing = note.positions[has.firstIndex(of: false)!] }
            case .listConditional: if has[0], count == 1 { missing = note.positions[1] }
            }
            guard let position = missing else { continue }
            let name = position <= names.count ? names[position - 1] : "position \(position)"
            let rule = "syntax note \(note)"
            let message = code == .elementExclusionViolated
                ? "\(name) may not be used together with the others of \(rule)"
                : "\(name) is required by \(rule)"
            diagnostics.append(component
                ? self.error(code, element ?? 0, position, nil, message)
                : self.error(code, position, nil, nil, message))
        }
    }

    private func error(_ code: DiagnosticCode, _ element: Int, _ component: Int?, _ repetition: Int?,
                       _ message: String) -> Diagnostic {
        Diagnostic(.error, code, at: .x12(self.location.element(element, component: component, repetition: repetition)),
                   message)
    }
}
