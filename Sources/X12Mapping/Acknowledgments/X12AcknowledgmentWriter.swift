import WharfCore
import X12

/// Writes 997, 999 and TA1 acknowledgments of inbound interchanges, from their ``X12InterchangeReport``.
///
/// The acknowledgment goes back the way the interchange came: sender and receiver swapped, the interchange's own
/// delimiters and version. Every problem is listed, not only the first; no element value is copied into it.
///
/// ```swift
/// let writer = X12AcknowledgmentWriter(date: "20261122", time: "1200")
/// let bytes = try writer.write(.functional997, for: report)
/// ```
public struct X12AcknowledgmentWriter: Sendable {
    /// The date written in the envelope (`CCYYMMDD`).
    public var date: String
    /// The time written in the envelope (`HHMM`).
    public var time: String
    /// ISA13 of the acknowledgment.
    public var interchangeControlNumber: Int
    /// GS06 of the acknowledgment.
    public var groupControlNumber: Int
    /// Whether a line feed follows each segment terminator.
    public var lineBreaks: Bool
    private let codes: X12AcknowledgmentCodes

    /// Creates a writer.
    public init(date: String, time: String, interchangeControlNumber: Int = 1, groupControlNumber: Int = 1,
                lineBreaks: Bool = true, codes: X12AcknowledgmentCodes = .standard) {
        self.date = date
        self.time = time
        self.interchangeControlNumber = interchangeControlNumber
        self.groupControlNumber = groupControlNumber
        self.lineBreaks = lineBreaks
        self.codes = codes
    }

    /// The acknowledgment interchange.
    /// - Throws: ``TranslationError`` when the inbound envelope values cannot be written back (e.g. an ISA06 longer
    ///   than its field).
    public func write(_ kind: X12AcknowledgmentKind, for report: X12InterchangeReport) throws(TranslationError) -> [UInt8] {
        let isa = report.isa
        var delimiters = isa.delimiters
        if delimiters.component == nil { delimiters.component = X12Delimiters.standard.component }
        let settings = X12EnvelopeSettings(
            senderQualifier: Self.trimmed(isa.string(7)), senderID: Self.trimmed(isa.string(8)),
            receiverQualifier: Self.trimmed(isa.string(5)), receiverID: Self.trimmed(isa.string(6)),
            interchangeControlNumber: self.interchangeControlNumber, groupControlNumber: self.groupControlNumber,
            date: self.date, time: self.time,
            interchangeVersion: report.version.count == 5 ? report.version : "00401",
            usageIndicator: isa.string(15) == "T" ? "T" : "P")
        let writer = X12InterchangeWriter(settings: settings, delimiters: delimiters, lineBreaks: self.lineBreaks)
        switch kind {
        case .interchangeTA1:
            return try writer.write(interchangeSegments: [self.ta1(for: report)])
        case .functional997, .implementation999:
            let implementation = kind == .implementation999
            var application = (sender: "", receiver: "")
            if let first = report.groups.first { application = (first.applicationReceiver, first.applicationSender) }
            var withApplications = writer
            withApplications.settings.applicationSender = application.sender.isEmpty ? nil : application.sender
            withApplications.settings.applicationReceiver = application.receiver.isEmpty ? nil : application.receiver
            let release = report.groups.first.flatMap { X12Dictionary.release(of: $0.version) } ?? "004010"
            let version = implementation ? "005010X231A1" : release
            let sets = report.groups.map { self.functionalSet(for: $0, implementation: implementation) }
            return try withApplications.write(
                functionalGroup: "FA", version: version, transactionSetID: kind.rawValue, sets: sets,
                implementationReference: implementation ? version : nil)
        }
    }

    // MARK: 997 / 999

    private func functionalSet(for group: X12InterchangeReport.GroupReport, implementation: Bool)
        -> [X12OutputSegment] {
        let release5010 = group.version.hasPrefix("00501") || implementation
        var segments = [X12OutputSegment("AK1", [
            X12Element(group.functionalGroup), X12Element(group.control),
            release5010 ? X12Element(group.version) : .empty,
        ])]
        var accepted = 0
        for set in group.sets {
            segments.append(X12OutputSegment("AK2", [
                X12Element(set.id), X12Element(set.control),
                release5010 ? X12Element(set.implementationReference ?? "") : .empty,
            ]))
            let (body, setCodes) = self.segmentErrors(of: set, version: group.version, implementation: implementation)
            segments += body
            let rejected = !set.diagnostics.isEmpty
            if !rejected { accepted += 1 }
            segments.append(X12OutputSegment(implementation ? "IK5" : "AK5",
                                             [X12Element(rejected ? "R" : "A")] + setCodes.prefix(5).map { X12Element($0) }))
        }
        let groupCodes = Self.unique(group.diagnostics.compactMap { self.codes.group[$0.code.rawValue] })
        let status: String
        if !group.diagnostics.isEmpty || (accepted == 0 && !group.sets.isEmpty) {
            status = "R"
        } else if accepted < group.sets.count {
            status = "P"
        } else {
            status = "A"
        }
        segments.append(X12OutputSegment("AK9", [
            X12Element(status), X12Element(String(group.declaredSetCount ?? group.sets.count)),
            X12Element(String(group.sets.count)), X12Element(String(accepted)),
        ] + groupCodes.prefix(5).map { X12Element($0) }))
        return segments
    }

    /// AK3/AK4 (or IK3/IK4) segments for each segment with problems, and the AK502… codes of the set.
    private func segmentErrors(of set: X12InterchangeReport.TransactionSetReport, version: String,
                               implementation: Bool) -> ([X12OutputSegment], [String]) {
        var setCodes: [String] = []
        var bySegment: [(position: Int, tag: String, loop: String?, diagnostics: [Diagnostic])] = []
        for diagnostic in set.diagnostics {
            if let code = self.codes.transactionSet[diagnostic.code.rawValue] {
                setCodes.append(code)
                continue
            }
            guard case .x12(let location) = diagnostic.location, let position = location.segmentPosition else {
                continue
            }
            if let index = bySegment.firstIndex(where: { $0.position == position }) {
                bySegment[index].diagnostics.append(diagnostic)
            } else {
                bySegment.append((position, location.segment ?? "", location.loop, [diagnostic]))
            }
        }
        if !bySegment.isEmpty { setCodes.append(self.codes.transactionSetHasSegmentErrors) }
        if setCodes.isEmpty, !set.diagnostics.isEmpty { setCodes.append(self.codes.transactionSetHasSegmentErrors) }
        let dictionary = X12Dictionary.forVersion(version)
        var segments: [X12OutputSegment] = []
        for entry in bySegment.sorted(by: { $0.position < $1.position }) {
            let segmentCode = entry.diagnostics.lazy.compactMap { self.codes.segment[$0.code.rawValue] }.first
                ?? self.codes.segmentHasElementErrors
            let tag = X12SegmentReader.isValidTag(Array(entry.tag.utf8), separator: 0) ? entry.tag : ""
            segments.append(X12OutputSegment(implementation ? "IK3" : "AK3", [
                X12Element(tag), X12Element(String(entry.position)), X12Element(entry.loop ?? ""),
                X12Element(segmentCode),
            ]))
            for diagnostic in entry.diagnostics {
                guard let code = self.codes.element[diagnostic.code.rawValue],
                      case .x12(let location) = diagnostic.location, let element = location.element else { continue }
                var position = [String(element)]
                if let component = location.component { position.append(String(component)) }
                if let repetition = location.repetition {
                    if location.component == nil { position.append("") }
                    position.append(String(repetition))
                }
                let reference = Self.elementReference(dictionary?.segment(tag), element: element,
                                                      component: location.component)
                segments.append(X12OutputSegment(implementation ? "IK4" : "AK4", [
                    X12Element(components: position), X12Element(reference), X12Element(code),
                ]))
            }
        }
        return (segments, Self.unique(setCodes))
    }

    /// The data element reference number (AK402/IK402) of a position, from the dictionary.
    private static func elementReference(_ definition: X12SegmentDefinition?, element: Int, component: Int?) -> String {
        guard let definition, element >= 1, element <= definition.elements.count else { return "" }
        switch definition.elements[element - 1].content {
        case .simple(let simple): return simple.id
        case .composite(let composite):
            guard let component, component >= 1, component <= composite.components.count else { return "" }
            return composite.components[component - 1].element.id
        }
    }

    // MARK: TA1

    private func ta1(for report: X12InterchangeReport) -> X12OutputSegment {
        var note = "000"
        for diagnostic in report.diagnostics {
            if let code = self.codes.interchange[diagnostic.code.rawValue] {
                note = code
                break
            }
            if case .x12(let location) = diagnostic.location, location.segment == "ISA", let element = location.element,
               let code = self.codes.isaElement[String(element)] {
                note = code
                break
            }
        }
        let accepted = report.diagnostics.isEmpty
        return X12OutputSegment("TA1", [
            X12Element(report.control), X12Element(report.isa.string(9)), X12Element(report.isa.string(10)),
            X12Element(accepted ? "A" : "R"), X12Element(note),
        ])
    }

    private static func trimmed(_ text: String) -> String {
        String(text.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    }

    private static func unique(_ codes: [String]) -> [String] {
        var seen: Set<String> = []
        return codes.filter { seen.insert($0).inserted }
    }
}
