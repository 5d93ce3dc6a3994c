import Testing
import WharfCore
@testable import X12

/// The writer: delimiters and line breaks as configured, envelopes with computed counts, no way to smuggle a delimiter.
@Suite struct WriterTests {
    private let settings = X12EnvelopeSettings(
        senderQualifier: "ZZ", senderID: "MERCYHOSP", receiverQualifier: "ZZ", receiverID: "MEDSUPPLYCO",
        interchangeControlNumber: 4713, groupControlNumber: 4713, date: "20261120", time: "0930",
        acknowledgmentRequested: true)

    private func body(of name: String) throws -> [X12OutputSegment] {
        let segments = Fixtures.segments(Fixtures.events(try Fixtures.bytes(name), chunk: 4096))
        let start = segments.firstIndex { $0.tag == "ST" }! + 1
        let end = segments.firstIndex { $0.tag == "SE" }!
        return segments[start..<end].map(X12OutputSegment.init)
    }

    @Test func rewritesTheFixtureByteForByte() throws {
        let bytes = try X12InterchangeWriter(settings: self.settings)
            .write(functionalGroup: "PO", version: "004010", transactionSetID: "850", sets: [self.body(of: "850-hospital-order.edi")])
        #expect(bytes == (try Fixtures.bytes("850-hospital-order.edi")))
    }

    @Test(arguments: [
        (X12Delimiters(element: UInt8(ascii: "|"), component: UInt8(ascii: ":"), repetition: UInt8(ascii: "^"),
                       segment: [UInt8(ascii: "!")]), false),
        (X12Delimiters(element: 0x7F, component: UInt8(ascii: "}"), repetition: nil, segment: [0x15]), true),
    ])
    func otherDelimitersReadBackToTheSameElements(delimiters: X12Delimiters, lineBreaks: Bool) throws {
        let body = try self.body(of: "856-pick-pack.edi")
        var settings = self.settings
        settings.interchangeVersion = delimiters.repetition == nil ? "00401" : "00501"
        let bytes = try X12InterchangeWriter(settings: settings, delimiters: delimiters, lineBreaks: lineBreaks)
            .write(functionalGroup: "SH", version: "004010", transactionSetID: "856", sets: [body, body])
        let events = Fixtures.events(bytes, chunk: 5)
        #expect(Fixtures.errors(events).isEmpty)
        let sets = events.compactMap { if case .transactionSet(let set) = $0 { set } else { nil } }
        #expect(sets.count == 2)
        #expect(sets.map { $0.segments.dropFirst().dropLast().map(X12OutputSegment.init) } == [body, body])
        #expect(sets.map(\.context.transaction) == ["0001", "0002"])
        #expect(Fixtures.segments(events).first?.bytes.count == ISALayout.length - 1)
    }

    @Test func trailingEmptyElementsAndComponentsAreLeftOut() throws {
        var writer = X12Writer()
        try writer.write(X12OutputSegment("PO1", ["1", "2", "EA", "", "", "", "", ""]))
        try writer.write(X12OutputSegment("SLN", ["1", "", "I", "2", X12Element(components: ["EA", "", ""])]))
        try writer.write(X12OutputSegment("REF", ["VN", X12Element(repetitions: [["A"], ["B"], [""]])]))
        #expect(String(decoding: writer.bytes, as: UTF8.self) == "PO1*1*2*EA~SLN*1**I*2*EA~REF*VN*A^B~")
    }

    @Test(arguments: ["GLOVES*LARGE", "A~B", "A>B", "A^B", "LINE\nBREAK"])
    func delimitersInValuesAreRefused(_ value: String) {
        var writer = X12Writer()
        #expect(throws: TranslationError.self) { try writer.write(X12OutputSegment("PID", ["F", "", "", "", X12Element(value)])) }
        do {
            try writer.write(X12OutputSegment("PID", ["F", "", "", "", X12Element(value)]))
        } catch {
            #expect(error.code == .writeDelimiterInValue)
            #expect(error.location == .x12(X12Location(segment: "PID", element: 5)))
            #expect(!error.message.contains(value))
        }
    }

    @Test func envelopeValuesMustFitTheISA() {
        var settings = self.settings
        settings.senderID = "A-SENDER-ID-LONGER-THAN-15"
        #expect(throws: TranslationError.self) {
            try X12InterchangeWriter(settings: settings).write(functionalGroup: "PO", version: "004010",
                                                                transactionSetID: "850", sets: [])
        }
    }
}
