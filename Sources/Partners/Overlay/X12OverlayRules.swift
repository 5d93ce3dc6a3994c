import WharfCore
import X12

/// A partner's X12 overlays enforced while validating: segment maximum use (per occurrence of the loop that holds
/// the segment) and required segments, top-level loop repeats, element usage, codes and lengths, and the item
/// identifiers every line must carry. Problems use the standard's diagnostic codes, so 997/999 acknowledgments
/// report them.
public struct X12OverlayRules: X12GuideRules {
    private let overlays: [X12Overlay]
    private var active: X12Overlay?
    /// For each loop of the active set's structure, the loops that may hold it (`""` for the set itself).
    private var parents: [String: Set<String>] = [:]
    /// How many times each loop has started in the set, and at which segment it last did.
    private var starts: [String: Int] = [:]
    private var lastStart: [String: Int] = [:]
    private var segmentUses: [String: Int] = [:]
    private var seen: Set<String> = []

    /// Rules for `overlays` (those of one partner).
    public init(_ overlays: [X12Overlay]) { self.overlays = overlays }

    public mutating func check(_ segment: X12Segment, in context: X12SegmentContext, into problems: inout [Diagnostic]) {
        guard let tag = segment.validTag else { return }
        if tag == "ST" { self.start(context) }
        guard let overlay = self.active, let position = context.position else { return }
        func report(_ code: DiagnosticCode, element: Int? = nil, _ message: String) {
            var location = context.location(of: segment)
            location.element = element
            problems.append(Diagnostic(.error, code, at: .x12(location), message))
        }
        self.seen.insert(tag)
        var owner = context.loop ?? ""
        if let loop = context.loop, loop == tag {
            // A loop's trigger belongs to the loop that holds the loop: the most recently started of its parents.
            owner = (self.parents[loop] ?? [""]).max { (self.lastStart[$0] ?? -1) < (self.lastStart[$1] ?? -1) } ?? ""
            self.starts[loop, default: 0] += 1
            self.lastStart[loop] = position
            if self.parents[loop]?.contains("") == true, let rule = overlay.loops.first(where: { $0.id == loop }),
               self.starts[loop]! == rule.maxRepeat + 1 {
                report(.segmentLoopExceedsMaximum,
                       "the \(loop) loop repeats more than the \(rule.maxRepeat) times this partner's guide allows")
            }
        }
        let useKey = "\(owner)#\(self.starts[owner] ?? 0)/\(tag)"
        self.segmentUses[useKey, default: 0] += 1
        if let rule = overlay.segments.first(where: { $0.tag == tag }), let maxUse = rule.maxUse,
           self.segmentUses[useKey]! == maxUse + 1 {
            report(.segmentExceedsMaximumUse, "\(tag) occurs more than the \(maxUse) time(s) this partner's guide allows")
        }
        for rule in overlay.elements where rule.segment == tag {
            var value = segment.element(rule.position)
            while value.last == 0x20 { value = value.dropLast() }
            if value.isEmpty {
                if rule.mandatory {
                    report(.elementMandatoryMissing, element: rule.position,
                           "\(rule.designator) is required by this partner's guide but missing")
                }
                continue
            }
            if let codes = rule.codes, !codes.contains(String(decoding: value, as: UTF8.self)) {
                report(.elementInvalidCode, element: rule.position,
                       "\(rule.designator) is not one of the codes this partner's guide allows (\(codes.joined(separator: ", ")))")
            }
            if let maxLength = rule.maxLength, value.count > maxLength {
                report(.elementTooLong, element: rule.position,
                       "\(rule.designator) is longer than the \(maxLength) characters this partner's guide allows")
            }
        }
        if !overlay.requiredItemQualifiers.isEmpty, let pairs = Self.identifierPairs[tag] {
            let qualifiers = Set(stride(from: pairs.lowerBound, to: pairs.upperBound, by: 2).map {
                String(decoding: segment.element($0), as: UTF8.self)
            })
            if qualifiers.isDisjoint(with: overlay.requiredItemQualifiers) {
                report(.elementMandatoryMissing, element: pairs.lowerBound,
                       "this partner's guide requires every line to carry an item id qualified "
                        + overlay.requiredItemQualifiers.joined(separator: " or "))
            }
        }
        if tag == "SE" {
            for rule in overlay.segments where rule.mandatory && !self.seen.contains(rule.tag) {
                report(.segmentMandatoryMissing, "\(rule.tag) is required by this partner's guide but the set has none")
            }
            self.active = nil
        }
    }

    /// A transaction set begins: picks the overlay for its id and release and learns its loops' nesting.
    private mutating func start(_ context: X12SegmentContext) {
        let release = context.version.flatMap { X12Dictionary.release(of: $0) }
        self.active = self.overlays.first {
            $0.transactionSet == context.transactionSetID && ($0.release == nil || $0.release == release)
        }
        self.starts = [:]
        self.lastStart = [:]
        self.segmentUses = [:]
        self.seen = []
        self.parents = [:]
        guard self.active != nil, let id = context.transactionSetID, let version = context.version,
              let structure = X12TransactionStructure.forSet(id, version: version) else { return }
        func visit(_ entries: [X12TransactionStructure.Entry], parent: String) {
            for entry in entries where !entry.children.isEmpty {
                self.parents[entry.tag, default: []].insert(parent)
                visit(entry.children, parent: entry.tag)
            }
        }
        visit(structure.entries, parent: "")
    }

    /// Where the product id pairs of a line segment are (first qualifier … last value).
    private static let identifierPairs: [String: Range<Int>] = ["PO1": 6..<26, "IT1": 6..<26, "LIN": 2..<32]
}
