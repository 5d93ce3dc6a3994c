import HL7v2
import PropertyBased
import Testing
import WharfCore

/// Property: whatever the separators and whatever text the values hold — separators, escape characters, line breaks,
/// quotes, non-ASCII — writing a message and reading it back gives the same text in every subcomponent, with no
/// diagnostics, fed whole and byte by byte.
@Suite struct RoundTripPropertyTests {
    /// Bytes that can serve as separators.
    static let separatorPool: [Character] = Array("|^~\\&#$%@!*+?:;{}<>")
    /// What values are made of: letters, the whole separator pool, line breaks, quotes, spaces, non-ASCII.
    static let alphabet: [Character] = Array("AZaz09 .-/\"é€") + Self.separatorPool + ["\n", "\r\n", "\r"]

    static let separators = Gen<[Character]>.shuffled(Self.separatorPool).map { Array($0.prefix(6)) }
    static let text = Gen<Character?>.element(of: Self.alphabet).map { $0 ?? "A" }.string(of: 0...8)
    /// Repetitions of components of subcomponents.
    static let field = Self.text.array(of: 1...3).array(of: 1...3).array(of: 1...2)
    static let body = Self.field.array(of: 1...5).array(of: 1...4)

    @Test func writeThenReadGivesTheSameText() async {
        await propertyCheck(count: 300, input: Self.separators, Self.body) { chosen, body in
            let scalars = chosen.map { $0.unicodeScalars.first! }
            guard let separators = try? HL7v2Separators(
                field: scalars[0], component: scalars[1], repetition: scalars[2], escape: scalars[3],
                subcomponent: scalars[4], truncation: body.count.isMultiple(of: 2) ? scalars[5] : nil)
            else {
                Issue.record("the pool holds only valid separators")
                return
            }
            var header = HL7v2OutputSegment("MSH")
            header[9] = HL7v2OutputField(components: ["OMS", "O05"])
            header[10] = "C1"
            header[11] = "P"
            header[12] = "2.7"
            let segments = [header] + body.map { HL7v2OutputSegment("ZZZ", $0.map { HL7v2OutputField(nested: $0) }) }
            let bytes: [UInt8]
            do {
                bytes = try HL7v2Writer.message(segments, separators: separators,
                                                terminator: HL7v2SegmentTerminator.allCases[body.count % 3])
            } catch {
                Issue.record("writing failed: \(error)")
                return
            }
            let whole = HL7v2Fixtures.events(bytes, chunk: bytes.count)
            #expect(HL7v2Fixtures.events(bytes, chunk: 1) == whole)
            let result = HL7v2Reader.read(bytes)
            #expect(result.diagnostics.isEmpty)
            #expect(result.messages.count == 1)
            guard let message = result.messages.first else { return }
            #expect(message.separators == separators)
            #expect(message.segments.dropFirst().map(Self.texts) == body.map(Self.normalized))
        }
    }

    /// Property: a message read with one set of separators and written with another reads back to the same text.
    @Test func rewritingWithOtherSeparatorsKeepsTheText() async {
        await propertyCheck(count: 200, input: Self.separators, Self.separators, Self.body) { first, second, body in
            func separators(_ chosen: [Character]) -> HL7v2Separators? {
                let scalars = chosen.map { $0.unicodeScalars.first! }
                return try? HL7v2Separators(field: scalars[0], component: scalars[1], repetition: scalars[2],
                                            escape: scalars[3], subcomponent: scalars[4], truncation: scalars[5])
            }
            guard let source = separators(first), let target = separators(second) else {
                Issue.record("the pool holds only valid separators")
                return
            }
            var header = HL7v2OutputSegment("MSH")
            header[9] = "ZZZ"
            header[10] = "C1"
            header[11] = "P"
            header[12] = "2.7"
            let segments = [header] + body.map { HL7v2OutputSegment("ZZZ", $0.map { HL7v2OutputField(nested: $0) }) }
            do {
                let original = try HL7v2Writer.message(segments, separators: source)
                let read = try #require(HL7v2Reader.read(original).messages.first)
                let rewritten = try HL7v2Writer.message(read.segments.map(HL7v2OutputSegment.init), separators: target)
                let reread = try #require(HL7v2Reader.read(rewritten).messages.first)
                #expect(reread.diagnostics.isEmpty)
                #expect(reread.separators == target)
                #expect(reread.segments.dropFirst().map(Self.texts) == body.map(Self.normalized))
            } catch {
                Issue.record("failed: \(error)")
            }
        }
    }

    /// The subcomponent texts of a read segment, trailing empties dropped at every level.
    static func texts(_ segment: HL7v2Segment) -> [[[[String]]]] {
        Self.trimmed(segment.fields.map { field in
            field.repetitions.map { repetition in
                repetition.components.map { component in component.subcomponents.map(\.text) }
            }
        })
    }

    /// What a reader can see of written text: line breaks as `\n`, trailing empties dropped at every level.
    static func normalized(_ fields: [[[[String]]]]) -> [[[[String]]]] {
        Self.trimmed(fields.map { field in
            field.map { repetition in
                repetition.map { component in
                    component.map(Self.lineFeeds)
                }
            }
        })
    }

    /// `text` with each CR, LF or CRLF as one LF (on scalars: as characters, a CR and an LF join into one).
    static func lineFeeds(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        var afterCarriageReturn = false
        for scalar in text.unicodeScalars {
            if scalar == "\r" {
                scalars.append("\n")
            } else if !(scalar == "\n" && afterCarriageReturn) {
                scalars.append(scalar)
            }
            afterCarriageReturn = scalar == "\r"
        }
        return String(scalars)
    }

    /// `fields` with trailing empty fields, repetitions, components and subcomponents dropped.
    static func trimmed(_ fields: [[[[String]]]]) -> [[[[String]]]] {
        func dropEmpty<T>(_ list: [T], _ isEmpty: (T) -> Bool) -> [T] {
            var list = list
            while let last = list.last, isEmpty(last) { list.removeLast() }
            return list
        }
        let trimmed = fields.map { field in
            dropEmpty(field.map { repetition in
                dropEmpty(repetition.map { dropEmpty($0, \.isEmpty) }, \.isEmpty)
            }, \.isEmpty)
        }
        return dropEmpty(trimmed, \.isEmpty)
    }
}
