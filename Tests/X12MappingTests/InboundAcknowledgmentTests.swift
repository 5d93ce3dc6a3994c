import Canonical
import Foundation
import Testing
import WharfCore
import WharfTestSupport
import X12
@testable import X12Mapping

/// Inbound 997/999/TA1 become canonical functional acknowledgments — including Wharf's own, read back.
@Suite struct InboundAcknowledgmentTests {
    private func read(_ bytes: [UInt8]) throws -> [CanonicalDocument] {
        var diagnostics = Diagnostics()
        let documents = try X12CanonicalParser().parse(Payload(bytes: bytes), context: TranslationContext(),
                                                        diagnostics: &diagnostics)
        #expect(!diagnostics.hasErrors, "\(diagnostics.all.map(\.text))")
        return documents
    }

    private func ownAcknowledgment(_ kind: X12AcknowledgmentKind) throws -> [UInt8] {
        let bytes = Array(try Data(contentsOf: WharfProcess.repositoryRoot.appendingPathComponent("examples/x12/850-bad-quantity.edi")))
        let report = try #require(X12InterchangeReport.reports(for: bytes).first)
        return try X12AcknowledgmentWriter(date: "20261122", time: "1200").write(kind, for: report)
    }

    @Test(arguments: [X12AcknowledgmentKind.functional997, .implementation999])
    func ownRejectionReadsBack(kind: X12AcknowledgmentKind) throws {
        let documents = try self.read(try self.ownAcknowledgment(kind))
        guard case .functionalAcknowledgment(let ack) = try #require(documents.first) else {
            Issue.record("not an acknowledgment")
            return
        }
        #expect(ack.acknowledgmentType == kind.rawValue)
        let group = try #require(ack.groups.first)
        #expect(group.functionalGroup == "PO")
        #expect(group.controlNumber == "4713")
        #expect(group.status == .rejected)
        #expect([group.transactionSetsIncluded, group.transactionSetsReceived, group.transactionSetsAccepted] == [1, 1, 0])
        let set = try #require(group.transactionSets.first)
        #expect(set.transactionSetID == "850")
        #expect(set.status == .rejected)
        #expect(set.errorCodes == ["5"])
        #expect(set.segmentErrors == [SegmentError(
            segmentID: "PO1", position: 14, loop: "PO1", errorCode: "8",
            elementErrors: [ElementError(position: 2, elementReference: "330", errorCode: "6")])])
    }

    @Test func interchangeAcknowledgment() throws {
        let documents = try self.read(try self.ownAcknowledgment(.interchangeTA1))
        guard case .functionalAcknowledgment(let ack) = try #require(documents.first) else {
            Issue.record("not an acknowledgment")
            return
        }
        #expect(ack.acknowledgmentType == "TA1")
        #expect(ack.interchange == InterchangeAcknowledgment(
            controlNumber: "000004713", date: try CanonicalDate(year: 2026, month: 11, day: 20, hour: 9, minute: 30),
            status: .accepted, sourceCode: "A", noteCode: "000"))
    }

    @Test func exampleGolden() throws {
        let bytes = Array(try Data(contentsOf: WharfProcess.repositoryRoot.appendingPathComponent("examples/x12/997-005010-rejection.edi")))
        let json = String(decoding: try CanonicalJSON.encode(try self.read(bytes)), as: UTF8.self)
        let failure = Goldens.check(json, against: "Tests/X12MappingTests/Goldens/997-005010-rejection.json")
        #expect(failure == nil, "\(failure ?? "")")
    }
}
