import Testing
import WharfCore
@testable import X12

/// Delimiters come from each ISA; odd but meaningful layouts are read.
@Suite struct DelimiterTests {
    private func firstDelimiters(_ bytes: [UInt8]) -> [X12Delimiters] {
        var seen: [X12Delimiters] = []
        for segment in Fixtures.segments(Fixtures.events(bytes, chunk: bytes.count)) where segment.tag == "ISA" {
            seen.append(segment.delimiters)
        }
        return seen
    }

    @Test func eachInterchangeHasItsOwnDelimiters() throws {
        let delimiters = self.firstDelimiters(try Fixtures.bytes("mixed-two-interchanges.edi"))
        #expect(delimiters == [
            X12Delimiters(element: UInt8(ascii: "*"), component: UInt8(ascii: ">"), repetition: nil,
                          segment: [UInt8(ascii: "~")]),
            X12Delimiters(element: UInt8(ascii: "|"), component: UInt8(ascii: ":"), repetition: UInt8(ascii: "^"),
                          segment: [UInt8(ascii: "!")]),
        ])
    }

    @Test func repetitionSeparatorOnlyFromVersion00402() throws {
        let text = try String(decoding: Fixtures.bytes("850-hospital-order.edi"), as: UTF8.self)
        let old = text.replacingOccurrences(of: "*U*00401*", with: "*^*00401*")
        #expect(self.firstDelimiters(Array(old.utf8)).first?.repetition == nil)
        let new = text.replacingOccurrences(of: "*U*00401*", with: "*^*00403*")
        #expect(self.firstDelimiters(Array(new.utf8)).first?.repetition == UInt8(ascii: "^"))
    }

    @Test func multiByteTerminatorIsOneCharacter() throws {
        let text = try String(decoding: Fixtures.bytes("850-hospital-order.edi"), as: UTF8.self)
            .replacingOccurrences(of: "~\n", with: "\u{2026}\n")
        let events = Fixtures.events(Array(text.utf8), chunk: 1)
        #expect(Fixtures.segments(events).count == 24)
        #expect(Fixtures.errors(events).isEmpty)
        #expect(Fixtures.segments(events).first?.delimiters.segment == Array("\u{2026}".utf8))
    }

    @Test func newlineOnlyTerminatorsAndIndentation() throws {
        let text = try String(decoding: Fixtures.bytes("850-hospital-order.edi"), as: UTF8.self)
            .replacingOccurrences(of: "~\n", with: "\n\t")
        let events = Fixtures.events(Array(text.utf8), chunk: 3)
        #expect(Fixtures.segments(events).map(\.tag).prefix(4) == ["ISA", "GS", "ST", "BEG"])
        #expect(Fixtures.errors(events).isEmpty)
    }

    @Test func missingISA16IsReadWithTheNextLineAsGuide() throws {
        // The author dropped ISA16: the byte after the last separator is the terminator, then a line break.
        let text = try String(decoding: Fixtures.bytes("850-hospital-order.edi"), as: UTF8.self)
            .replacingOccurrences(of: "*P*>~\n", with: "*P*~\n")
        let events = Fixtures.events(Array(text.utf8), chunk: 5)
        let isa = try #require(Fixtures.segments(events).first)
        #expect(isa.delimiters.segment == [UInt8(ascii: "~")])
        #expect(isa.delimiters.component == nil)
        #expect(Fixtures.diagnostics(events).map(\.code).contains(.isaComponentSeparatorMissing))
        #expect(Fixtures.segments(events).count == 24)
    }

    @Test func ebcdicInterchangeIsTranslated() throws {
        let ascii = try Fixtures.bytes("850-hospital-order.edi")
        var toEBCDIC = [UInt8](repeating: 0, count: 256)
        for (ebcdic, latin1) in EBCDIC037.toLatin1.enumerated() { toEBCDIC[Int(latin1)] = UInt8(ebcdic) }
        let ebcdic = ascii.map { toEBCDIC[Int($0)] }
        let events = Fixtures.events(ebcdic, chunk: 11)
        #expect(Fixtures.segments(events).map(\.bytes) == Fixtures.segments(Fixtures.events(ascii, chunk: 64)).map(\.bytes))
        #expect(Fixtures.diagnostics(events).first?.code == .encodingEBCDIC)
    }

    @Test func byteOrderMarkAndDOSEndOfFileAreTolerated() throws {
        let bytes = [0xEF, 0xBB, 0xBF] + (try Fixtures.bytes("850-hospital-order.edi")) + [0x1A]
        let events = Fixtures.events(bytes, chunk: 2)
        #expect(Fixtures.errors(events).isEmpty)
        #expect(Fixtures.segments(events).first?.byteOffset == 3)
    }
}

/// A lost terminator in a one-segment-per-line interchange is recovered at the line break, whatever the chunking.
@Suite struct LostTerminatorTests {
    @Test func lineBreakEndsASegmentThatLostItsTerminator() throws {
        let text = String(decoding: try Fixtures.bytes("850-hospital-order.edi"), as: UTF8.self)
            .replacingOccurrences(of: "DTM*002*20261124~\n", with: "DTM*002*20261124\n")
        let bytes = Array(text.utf8)
        let whole = Fixtures.events(bytes, chunk: bytes.count)
        for chunk in [1, 2, 3, 7, 64] { #expect(Fixtures.events(bytes, chunk: chunk) == whole, "chunk \(chunk)") }
        #expect(Fixtures.segments(whole).count == 24)
        #expect(Fixtures.errors(whole).isEmpty)
        #expect(Fixtures.diagnostics(whole).map(Fixtures.summary) == ["x12.segment.terminator-missing@-#6"])
    }

    @Test func wrappedLinesAreNotCut() throws {
        // Not one segment per line: the line break inside BEG is only removed.
        let text = String(decoding: try Fixtures.bytes("850-hospital-order.edi"), as: UTF8.self)
            .replacingOccurrences(of: "~\n", with: "~").replacingOccurrences(of: "BEG*00*SA*", with: "BEG*00*\nSA*")
        let events = Fixtures.events(Array(text.utf8), chunk: 5)
        #expect(Fixtures.segments(events).count == 24)
        #expect(Fixtures.diagnostics(events).map(\.code) == [.lineBreakInSegment])
    }
}
