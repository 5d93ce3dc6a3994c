import WharfCore
import X12

/// What an acknowledgment needs to know about one inbound interchange: its envelope values and every problem found,
/// attributed to the interchange, a group or a transaction set.
public struct X12InterchangeReport: Sendable {
    /// One transaction set: its ids and its problems.
    public struct TransactionSetReport: Sendable {
        /// ST01.
        public var id: String
        /// ST02.
        public var control: String
        /// ST03 (005010), when present.
        public var implementationReference: String?
        /// Problems located in this set.
        public var diagnostics: [Diagnostic] = []
    }

    /// One functional group.
    public struct GroupReport: Sendable {
        /// GS01.
        public var functionalGroup: String
        /// GS02.
        public var applicationSender: String
        /// GS03.
        public var applicationReceiver: String
        /// GS06.
        public var control: String
        /// GS08.
        public var version: String
        /// GE01 as received, when GE was present.
        public var declaredSetCount: Int?
        /// The sets in order.
        public var sets: [TransactionSetReport] = []
        /// Problems of the group itself (GE, GS values, segments outside sets).
        public var diagnostics: [Diagnostic] = []
    }

    /// The ISA as received.
    public var isa: X12Segment
    /// The groups in order.
    public var groups: [GroupReport] = []
    /// Problems of the interchange itself (ISA, IEA, counts, data outside groups).
    public var diagnostics: [Diagnostic] = []

    /// ISA13.
    public var control: String { self.isa.string(13) }
    /// ISA12.
    public var version: String { self.isa.string(12) }
    /// True when ISA14 asks for a TA1.
    public var acknowledgmentRequested: Bool { self.isa.string(14) == "1" }

    /// Reads `bytes` (one or more interchanges) with full validation and reports each interchange.
    public static func reports(for bytes: [UInt8]) -> [X12InterchangeReport] {
        var validator = X12Validator()
        validator.append(bytes)
        validator.finish()
        var collector = Collector()
        while let event = validator.next() { collector.add(event) }
        return collector.reports
    }

    /// Attributes events to interchanges, groups and sets as they stream by.
    struct Collector {
        var reports: [X12InterchangeReport] = []
        private var orphans: [Diagnostic] = []

        mutating func add(_ event: X12Reader.Event) {
            switch event {
            case .segment(let segment, _):
                self.add(segment)
            case .diagnostic(let diagnostic):
                self.add(diagnostic)
            case .transactionSet:
                break
            }
        }

        private mutating func add(_ segment: X12Segment) {
            switch segment.tagCode {
            case X12TagCode.isa:
                self.reports.append(X12InterchangeReport(isa: segment, diagnostics: self.orphans))
                self.orphans = []
            case X12TagCode.gs:
                guard !self.reports.isEmpty else { return }
                self.reports[self.reports.count - 1].groups.append(GroupReport(
                    functionalGroup: segment.string(1), applicationSender: segment.string(2),
                    applicationReceiver: segment.string(3), control: segment.string(6), version: segment.string(8)))
            case X12TagCode.ge:
                self.updateLastGroup { $0.declaredSetCount = Int(segment.string(1)) }
            case X12TagCode.st:
                let reference = segment.string(3)
                self.updateLastGroup {
                    $0.sets.append(TransactionSetReport(id: segment.string(1), control: segment.string(2),
                                                        implementationReference: reference.isEmpty ? nil : reference))
                }
            default:
                break
            }
        }

        private mutating func add(_ diagnostic: Diagnostic) {
            guard diagnostic.severity == .error else { return }
            guard !self.reports.isEmpty else {
                self.orphans.append(diagnostic)
                return
            }
            let last = self.reports.count - 1
            guard case .x12(let location) = diagnostic.location, let group = location.group,
                  var groupIndex = self.reports[last].groups.lastIndex(where: { $0.control == group })
            else {
                self.reports[last].diagnostics.append(diagnostic)
                return
            }
            if groupIndex != self.reports[last].groups.count - 1, location.interchange == nil {
                groupIndex = self.reports[last].groups.count - 1
            }
            if let transaction = location.transaction,
               let setIndex = self.reports[last].groups[groupIndex].sets.lastIndex(where: { $0.control == transaction }) {
                self.reports[last].groups[groupIndex].sets[setIndex].diagnostics.append(diagnostic)
            } else {
                self.reports[last].groups[groupIndex].diagnostics.append(diagnostic)
            }
        }

        private mutating func updateLastGroup(_ update: (inout GroupReport) -> Void) {
            guard let last = self.reports.indices.last, !self.reports[last].groups.isEmpty else { return }
            update(&self.reports[last].groups[self.reports[last].groups.count - 1])
        }
    }
}
