import Foundation
import Testing
import WharfCore
import WharfTestSupport
import X12
@testable import X12Mapping

/// 997, 999 and TA1 from inbound interchanges: exact bytes, and counts that add up.
@Suite struct AcknowledgmentTests {
    private let writer = X12AcknowledgmentWriter(date: "20261122", time: "1200", interchangeControlNumber: 778,
                                                 groupControlNumber: 778)

    private func report(_ path: String) throws -> X12InterchangeReport {
        let bytes = Array(try Data(contentsOf: WharfProcess.repositoryRoot.appendingPathComponent(path)))
        return try #require(X12InterchangeReport.reports(for: bytes).first)
    }

    private func text(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }

    @Test func nonNumericQuantityIsRejectedAtItsPosition() throws {
        let report = try self.report("examples/x12/850-bad-quantity.edi")
        #expect(X12AcknowledgmentKind.preferred(for: report) == .functional997)
        let ack = self.text(try self.writer.write(.functional997, for: report))
        #expect(ack == """
            ISA*00*          *00*          *ZZ*MEDSUPPLYCO    *ZZ*MERCYHOSP      *261122*1200*U*00401*000000778*0*P*>~
            GS*FA*MEDSUPPLYCO*MERCYHOSP*20261122*1200*778*X*004010~
            ST*997*0001~
            AK1*PO*4713~
            AK2*850*0001~
            AK3*PO1*14*PO1*8~
            AK4*2*330*6~
            AK5*R*5~
            AK9*R*1*1*0~
            SE*8*0001~
            GE*1*778~
            IEA*1*000000778~

            """)
    }

    @Test func validOrderIsAccepted() throws {
        let ack = self.text(try self.writer.write(.functional997, for: try self.report("examples/x12/850-hospital-order.edi")))
        #expect(ack.contains("AK2*850*0001~\nAK5*A~\nAK9*A*1*1*1~\nSE*6*0001~"))
    }

    @Test func implementationAcknowledgmentUsesIKSegments() throws {
        let report = try self.report("examples/x12/850-bad-quantity.edi")
        let ack = self.text(try self.writer.write(.implementation999, for: report))
        #expect(ack.contains("GS*FA*MEDSUPPLYCO*MERCYHOSP*20261122*1200*778*X*005010X231A1~"))
        #expect(ack.contains("ST*999*0001*005010X231A1~\nAK1*PO*4713*004010~\nAK2*850*0001~\nIK3*PO1*14*PO1*8~\n"
            + "IK4*2*330*6~\nIK5*R*5~\nAK9*R*1*1*0~\nSE*8*0001~"))
        let reread = X12InterchangeReport.reports(for: Array(ack.utf8))
        #expect(reread.first?.groups.first?.sets.first?.diagnostics.isEmpty == true, "the 999 itself must be valid")
    }

    @Test func partiallyAcceptedGroup() throws {
        let good = try String(contentsOf: WharfProcess.repositoryRoot.appendingPathComponent("examples/x12/850-hospital-order.edi"), encoding: .utf8)
        let set = String(good[good.range(of: "ST*850")!.lowerBound..<good.range(of: "GE*1")!.lowerBound])
        let bad = set.replacingOccurrences(of: "ST*850*0001", with: "ST*850*0002")
            .replacingOccurrences(of: "SE*20*0001", with: "SE*20*0002").replacingOccurrences(of: "PO1*3*2*", with: "PO1*3*X*")
        let text = good.replacingOccurrences(of: set, with: set + bad).replacingOccurrences(of: "GE*1*", with: "GE*2*")
        let report = try #require(X12InterchangeReport.reports(for: Array(text.utf8)).first)
        let ack = self.text(try self.writer.write(.functional997, for: report))
        #expect(ack.contains("AK2*850*0001~\nAK5*A~\nAK2*850*0002~\nAK3*PO1*16*PO1*8~\nAK4*2*330*6~\nAK5*R*5~\nAK9*P*2*2*1~"))
    }

    @Test func brokenEnvelopeGetsATA1() throws {
        let report = try self.report("Tests/X12Tests/Fixtures/850-envelope-errors.edi")
        #expect(X12AcknowledgmentKind.preferred(for: report) == .interchangeTA1)
        let ack = self.text(try self.writer.write(.interchangeTA1, for: report))
        #expect(ack == """
            ISA*00*          *00*          *ZZ*MEDSUPPLYCO    *ZZ*MERCYHOSP      *261122*1200*U*00401*000000778*0*P*>~
            TA1*000004713*261120*0930*R*001~
            IEA*0*000000778~

            """)
        let group = self.text(try self.writer.write(.functional997, for: report))
        #expect(group.contains("AK2*850*0001~\nAK5*R*4~\nAK9*R*2*1*0*5*4~"))
    }

    @Test func acceptedInterchangeTA1() throws {
        let ack = self.text(try self.writer.write(.interchangeTA1, for: try self.report("examples/x12/850-hospital-order.edi")))
        #expect(ack.contains("TA1*000004713*261120*0930*A*000~"))
    }
}
