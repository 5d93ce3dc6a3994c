import PropertyBased
import Testing
import WharfCore
@testable import X12

/// Property: whatever the delimiters and element contents, writing an interchange and reading it back gives the same
/// elements, components and repetitions, with no diagnostics — fed whole and in 7-byte chunks.
@Suite struct RoundTripPropertyTests {
    /// Bytes that can serve as delimiters (never inside values).
    static let delimiterPool: [UInt8] = Array("*|~^>:!{}@+`".utf8) + [0x7F, 0x15, 0x1D, 0x1F]
    /// What values are made of.
    static let alphabet: [Character] = Array("ABCDEFXYZ0123456789 .-/,#()&'")

    static let delimiters = Gen<[UInt8]>.shuffled(Self.delimiterPool).map { Array($0.prefix(4)) }
    static let value = Gen<Character?>.element(of: Self.alphabet).map { $0 ?? "A" }.string(of: 0...6)
    static let element = Self.value.array(of: 1...3).array(of: 1...2)
    static let body = Self.element.array(of: 1...6).array(of: 1...5)

    @Test func writeThenReadGivesTheSameElements() async {
        await propertyCheck(count: 300, input: Self.delimiters, Self.body) { chosen, body in
            let delimiters = X12Delimiters(element: chosen[0], component: chosen[1], repetition: chosen[2],
                                           segment: [chosen[3]])
            let tags = ["REF", "N1", "PID", "MSG", "DTM"]
            let segments = body.enumerated().map { index, elements in
                X12OutputSegment(tags[index % tags.count], elements.map { X12Element(repetitions: $0) })
            }
            let settings = X12EnvelopeSettings(
                senderQualifier: "ZZ", senderID: "A", receiverQualifier: "ZZ", receiverID: "B",
                date: "20261122", time: "1200", interchangeVersion: "00501")
            let bytes: [UInt8]
            do {
                bytes = try X12InterchangeWriter(settings: settings, delimiters: delimiters, lineBreaks: body.count.isMultiple(of: 2))
                    .write(functionalGroup: "ZZ", version: "999999", transactionSetID: "900", sets: [segments])
            } catch {
                Issue.record("writing failed: \(error)")
                return
            }
            let whole = Fixtures.events(bytes, chunk: bytes.count)
            #expect(Fixtures.events(bytes, chunk: 7) == whole)
            #expect(Fixtures.diagnostics(whole).filter { $0.severity != .info }.isEmpty)
            let sets = whole.compactMap { if case .transactionSet(let set) = $0 { set } else { nil } }
            let read = sets.first.map { $0.segments.dropFirst().dropLast().map(X12OutputSegment.init) } ?? []
            let expected = segments.map(Self.normalized)
            #expect(read.map(Self.normalized) == expected)
        }
    }

    /// What a reader can see of a written segment: trailing empty elements, repetitions and components dropped.
    static func normalized(_ segment: X12OutputSegment) -> [[[String]]] {
        var elements = segment.elements.map { element -> [[String]] in
            var repetitions = element.repetitions.map { components -> [String] in
                var trimmed = components
                while trimmed.count > 1, trimmed.last!.isEmpty { trimmed.removeLast() }
                return trimmed
            }
            while repetitions.count > 1, repetitions.last! == [""] { repetitions.removeLast() }
            return repetitions
        }
        while let last = elements.last, last == [[""]] { elements.removeLast() }
        return elements
    }
}
