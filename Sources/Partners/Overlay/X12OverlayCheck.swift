import WharfCore
import X12

/// Checks a partner's X12 overlays against `specs/x12` when the profile loads: an overlay may only narrow the
/// standard. A maximum above the standard's, a code the standard's list lacks, a length beyond the element's, or a
/// segment, loop or element the transaction set does not have is refused, located at the overlay's key.
enum X12OverlayCheck {
    static func problems(_ profile: PartnerProfile, index: (String) -> SourceLocation) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        for overlay in profile.x12Overlays {
            func refuse(_ keyPath: String, _ message: String) {
                problems.append(Diagnostic(.error, .profileOverlayWidens, at: index(keyPath), message))
            }
            let releases = overlay.release.map { [$0] } ?? X12Dictionary.releases
            for release in releases {
                guard let structure = X12TransactionStructure.forSet(overlay.transactionSet, version: release),
                      let dictionary = X12Dictionary.forVersion(release) else {
                    refuse("\(overlay.keyPath).transactionSet",
                           "Wharf has no \(overlay.transactionSet) structure for \(release) to narrow")
                    continue
                }
                let places = Self.segmentPlaces(structure.entries)
                for segment in overlay.segments {
                    guard let maxima = places[segment.tag] else {
                        refuse(segment.keyPath, "\(segment.tag) is not a segment of the \(overlay.transactionSet) in \(release)")
                        continue
                    }
                    if let maxUse = segment.maxUse, maxUse > maxima.min()! {
                        refuse("\(segment.keyPath).maxUse",
                               "maxUse \(maxUse) widens the standard: \(segment.tag) may occur at most \(maxima.min()!) time(s) in \(release)")
                    }
                }
                let topLoops = Dictionary(structure.entries.filter { !$0.children.isEmpty }.map { ($0.tag, $0.maximum) },
                                          uniquingKeysWith: min)
                for loop in overlay.loops {
                    guard let maximum = topLoops[loop.id] else {
                        refuse(loop.keyPath, "\(loop.id) is not a loop at the top of the \(overlay.transactionSet) in \(release); "
                            + "overlays narrow the repeats of top-level loops (\(topLoops.keys.sorted().joined(separator: ", ")))")
                        continue
                    }
                    if loop.maxRepeat > maximum {
                        refuse("\(loop.keyPath).maxRepeat",
                               "maxRepeat \(loop.maxRepeat) widens the standard: the \(loop.id) loop repeats at most \(maximum) times in \(release)")
                    }
                }
                for element in overlay.elements {
                    guard places[element.segment] != nil, let definition = dictionary.segment(element.segment),
                          element.position >= 1, element.position <= definition.elements.count else {
                        refuse(element.keyPath, "\(element.designator) is not an element of the \(overlay.transactionSet) in \(release)")
                        continue
                    }
                    guard case .simple(let simple) = definition.elements[element.position - 1].content else {
                        if element.codes != nil || element.maxLength != nil {
                            refuse(element.keyPath, "\(element.designator) is a composite; overlays narrow codes and lengths of simple elements")
                        }
                        continue
                    }
                    if let codes = element.codes, let standard = simple.codes {
                        let extra = codes.filter { !standard.contains($0) }
                        if !extra.isEmpty {
                            refuse("\(element.keyPath).codes",
                                   "\(extra.joined(separator: ", ")) \(extra.count == 1 ? "is" : "are") not in the standard's code list of \(element.designator) (data element \(simple.id)); an overlay may only remove codes")
                        }
                    }
                    if let maxLength = element.maxLength, maxLength > simple.maxLength || maxLength < simple.minLength {
                        refuse("\(element.keyPath).maxLength",
                               "maxLength \(maxLength) is outside \(element.designator)'s \(simple.minLength)–\(simple.maxLength)")
                    }
                }
                if !overlay.requiredItemQualifiers.isEmpty, let qualifiers = Self.productQualifierCodes(dictionary) {
                    let unknown = overlay.requiredItemQualifiers.filter { !qualifiers.contains($0) }
                    if !unknown.isEmpty {
                        refuse("\(overlay.keyPath).lines.requireItemIdentifier",
                               "\(unknown.joined(separator: ", ")) \(unknown.count == 1 ? "is" : "are") not a product/service id qualifier (data element 235)")
                    }
                }
            }
        }
        return problems
    }

    /// Every segment tag of a structure, with the maximum use at each place it appears.
    private static func segmentPlaces(_ entries: [X12TransactionStructure.Entry]) -> [String: [Int]] {
        var places: [String: [Int]] = [:]
        func visit(_ entries: [X12TransactionStructure.Entry]) {
            for entry in entries {
                if entry.children.isEmpty {
                    places[entry.tag, default: []].append(entry.maximum)
                } else {
                    visit(entry.children)
                }
            }
        }
        visit(entries)
        return places
    }

    private static func productQualifierCodes(_ dictionary: X12Dictionary) -> Set<String>? {
        guard let definition = dictionary.segment("PO1"), definition.elements.count >= 6,
              case .simple(let qualifier) = definition.elements[5].content else { return nil }
        return qualifier.codes
    }
}
