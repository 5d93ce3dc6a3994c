import Testing
import WharfCore
@testable import X12

/// Envelope checks: control numbers, counts, segments out of place, ISA fields — exact codes and positions.
@Suite struct EnvelopeTests {
    private func text(_ name: String) throws -> String {
        String(decoding: try Fixtures.bytes(name), as: UTF8.self)
    }

    @Test func countsAndControlNumbersAreChecked() throws {
        let events = Fixtures.events(try Fixtures.bytes("850-envelope-errors.edi"), chunk: 13)
        #expect(Fixtures.errors(events) == [
            "x12.transaction.segment-count@SE01#20",
            "x12.group.transaction-count@GE01",
            "x12.group.control-number-mismatch@GE02",
            "x12.interchange.control-number-mismatch@IEA02",
        ])
        let seCount = try #require(Fixtures.diagnostics(events).first { $0.code == .transactionSegmentCount })
        #expect(seCount.location == .x12(X12Location(
            interchange: "000004713", group: "4713", transaction: "0001", segment: "SE", segmentPosition: 20,
            element: 1, line: 22, byteOffset: 787)))
        #expect(seCount.text == "error x12.transaction.segment-count SE01 (segment 20, set 0001): "
            + "SE01 does not match the 20 segments from ST to SE")
    }

    @Test func missingTrailersAreReportedAtTheEnd() throws {
        let text = try self.text("850-hospital-order.edi")
        let cut = String(text[..<text.range(of: "SE*20")!.lowerBound])
        let events = Fixtures.events(Array(cut.utf8), chunk: 9)
        #expect(Fixtures.errors(events) == ["x12.transaction.se-missing@SE", "x12.group.ge-missing@GE",
                                            "x12.interchange.iea-missing@IEA"])
    }

    @Test func segmentsOutsideSetsAndGroups() throws {
        let text = try self.text("850-hospital-order.edi")
            .replacingOccurrences(of: "ST*850*0001~", with: "REF*DP*X~\nST*850*0001~")
            .replacingOccurrences(of: "GS*PO", with: "N1*BY*X~\nGS*PO")
        let events = Fixtures.events(Array(text.utf8), chunk: 64)
        #expect(Fixtures.errors(events) == ["x12.segment.outside-group@N1", "x12.segment.outside-transaction@REF"])
    }

    @Test func functionalGroupMustMatchTheSet() throws {
        let text = try self.text("850-hospital-order.edi").replacingOccurrences(of: "GS*PO*", with: "GS*IN*")
        #expect(Fixtures.errors(Fixtures.events(Array(text.utf8), chunk: 64)) == [
            "x12.group.functional-id-mismatch@ST01#1",
        ])
    }

    @Test func interchangeAndGroupFieldsAreChecked() throws {
        let text = try self.text("850-hospital-order.edi")
            .replacingOccurrences(of: "*261120*0930*", with: "*261131*0960*")
            .replacingOccurrences(of: "*20261120*0930*4713*", with: "*20260230*2400*4713*")
            .replacingOccurrences(of: "*1*P*>", with: "*2*X*>")
        #expect(Fixtures.errors(Fixtures.events(Array(text.utf8), chunk: 64)) == [
            "x12.isa.element-invalid@ISA09", "x12.isa.element-invalid@ISA10", "x12.isa.element-invalid@ISA14",
            "x12.isa.element-invalid@ISA15", "x12.group.element-invalid@GS04", "x12.group.element-invalid@GS05",
        ])
    }

    @Test func shortISAIsReadWithAWarningAndFieldErrors() throws {
        let text = try self.text("850-hospital-order.edi").replacingOccurrences(of: "*00*          *00*          *", with: "*00* *00* *")
        let events = Fixtures.events(Array(text.utf8), chunk: 64)
        #expect(Fixtures.segments(events).count == 24)
        #expect(Fixtures.errors(events) == ["x12.isa.element-invalid@ISA02", "x12.isa.element-invalid@ISA04"])
        #expect(Fixtures.diagnostics(events).contains { $0.code == .isaLength && $0.severity == .warning })
    }

    @Test func junkAndMissingISAAreLocated() {
        let events = Fixtures.events(Array("GS*PO*A*B*20261120*0930*1*X*004010~\nST*850*1~".utf8), chunk: 4)
        let diagnostics = Fixtures.diagnostics(events)
        #expect(diagnostics.map(\.code) == [.isaMissing])
        #expect(diagnostics.first?.location == .x12(X12Location(line: 1, byteOffset: 0)))
        #expect(Fixtures.segments(events).isEmpty)
    }

    @Test func invalidSegmentTagsAreReportedWithoutTheirText() throws {
        let text = try self.text("850-hospital-order.edi").replacingOccurrences(of: "CUR*BY*USD", with: "cur*BY*USD")
        let events = Fixtures.events(Array(text.utf8), chunk: 64)
        let invalid = try #require(Fixtures.diagnostics(events).first { $0.code == .segmentInvalidTag })
        for diagnostic in Fixtures.diagnostics(events) {
            #expect(!diagnostic.text.contains("cur"), "\(diagnostic.code) prints the invalid identifier")
            if case .x12(let location) = diagnostic.location { #expect(location.segment != "cur") }
        }
        guard case .x12(let location) = invalid.location else { Issue.record("not an X12 location"); return }
        #expect(location.segmentPosition == 3)
        #expect(location.line == 5)
    }

    @Test func duplicateTransactionControlNumbersInAGroup() throws {
        let text = try self.text("850-hospital-order.edi")
        let set = String(text[text.range(of: "ST*850")!.lowerBound..<text.range(of: "GE*1")!.lowerBound])
        let doubled = text.replacingOccurrences(of: set, with: set + set).replacingOccurrences(of: "GE*1*", with: "GE*2*")
        #expect(Fixtures.errors(Fixtures.events(Array(doubled.utf8), chunk: 64)) == [
            "x12.transaction.control-number-duplicate@ST02#1",
        ])
    }
}
