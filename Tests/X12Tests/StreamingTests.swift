import Testing
import WharfCore
@testable import X12

/// Feeding an interchange whole, in 7-byte chunks or byte by byte gives the same segments and diagnostics.
@Suite struct StreamingTests {
    @Test(arguments: Fixtures.names)
    func chunkingDoesNotChangeEvents(_ name: String) throws {
        let bytes = try Fixtures.bytes(name)
        let whole = Fixtures.events(bytes, chunk: bytes.count)
        #expect(!Fixtures.segments(whole).isEmpty)
        #expect(Fixtures.events(bytes, chunk: 7) == whole)
        #expect(Fixtures.events(bytes, chunk: 1) == whole)
    }

    @Test(arguments: [
        "ISA*00*", "GS*PO*A*B~", "garbage\nISA", "", "ISA*00*          *00*          *ZZ*A~", "\u{FEFF}",
    ])
    func truncatedAndOddInputsStreamTheSame(_ text: String) {
        let bytes = Array(text.utf8)
        let whole = Fixtures.events(bytes, chunk: max(1, bytes.count))
        #expect(Fixtures.events(bytes, chunk: 1) == whole)
        #expect(Fixtures.events(bytes, chunk: 7) == whole)
        #expect(Fixtures.diagnostics(whole).contains { $0.severity == .error })
    }

    @Test func transactionSetsAreEmittedWholeAfterSE() throws {
        let events = Fixtures.events(try Fixtures.bytes("mixed-two-interchanges.edi"), chunk: 7)
        let sets = events.compactMap { if case .transactionSet(let set) = $0 { set } else { nil } }
        #expect(sets.map(\.context.transactionSetID) == ["855", "810"])
        #expect(sets.map { $0.segments.first?.tag } == ["ST", "ST"])
        #expect(sets.map { $0.segments.last?.tag } == ["SE", "SE"])
        #expect(sets.map(\.segments.count) == [5, 7])
        #expect(sets.map(\.sender) == ["ZZ:MEDSUPPLYCO", "ZZ:MEDSUPPLYCO"])
    }
}
