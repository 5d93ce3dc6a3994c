import Canonical
import Foundation
import HL7v2
import Testing
import WharfCore
import WharfTestSupport

@testable import HL7v2Mapping

/// HL7 v2 ↔ canonical: goldens per message, round trips, X12-shaped orders written as OMS^O05.
@Suite struct HL7v2MappingTests {
    /// Every supply message type, with the type the serializer is asked for when the document kind has several.
    static let writable: [(String, String?)] = [
        ("oms-o05-supply-requisition", nil), ("omn-o07-nonstock-requisition", "OMN^O07"),
        ("ors-o06-requisition-response", nil), ("orn-o08-nonstock-response", "ORN^O08"),
        ("dft-p03-supply-charge", nil), ("rds-o13-dispense", nil), ("rde-o11-pharmacy-order", "RDE^O11"),
        ("mfn-m16-item-master", nil),
    ]
    static let examples = Self.writable.map(\.0)

    static func example(_ name: String) throws -> [UInt8] {
        Array(try Data(contentsOf: WharfProcess.repositoryRoot.appendingPathComponent("examples/hl7v2/\(name).hl7")))
    }

    static func parse(_ bytes: [UInt8]) throws -> ([CanonicalDocument], Diagnostics) {
        var diagnostics = Diagnostics()
        let documents = try HL7v2CanonicalParser().parse(Payload(bytes: bytes), context: TranslationContext(),
                                                          diagnostics: &diagnostics)
        return (documents, diagnostics)
    }

    static let header = HL7v2MessageHeader(sendingApplication: "WHARF", sendingFacility: "MERCY",
                                           receivingApplication: "MMIS", receivingFacility: "MERCY",
                                           timestamp: "20261122120000", controlID: "WH1")

    @Test(arguments: Self.examples)
    func canonicalGolden(name: String) throws {
        let (documents, diagnostics) = try Self.parse(try Self.example(name))
        #expect(diagnostics.all.map(\.text) == [])
        let json = String(decoding: try CanonicalJSON.encode(documents), as: UTF8.self)
        let failure = Goldens.check(json, against: "Tests/HL7v2MappingTests/Goldens/\(name).json")
        #expect(failure == nil, "\(failure ?? "")")
    }

    @Test(arguments: Self.writable)
    func roundTrip(name: String, messageType: String?) throws {
        let (documents, _) = try Self.parse(try Self.example(name))
        var diagnostics = Diagnostics()
        let written = try HL7v2CanonicalSerializer(header: Self.header, messageType: messageType)
            .serialize(documents, context: TranslationContext(), diagnostics: &diagnostics)
        let failure = Goldens.check(String(decoding: written.bytes, as: UTF8.self).replacingOccurrences(of: "\r", with: "\n"),
                                    against: "Tests/HL7v2MappingTests/Goldens/\(name).written.hl7")
        #expect(failure == nil, "\(failure ?? "")")
        let (again, problems) = try Self.parse(written.bytes)
        #expect(problems.all.filter { $0.severity == .error }.map(\.text) == [])
        // MSH-10 is the writer's own control id, not business content.
        #expect(again.map(Self.withoutControlID) == documents.map(Self.withoutControlID))
    }

    static func withoutControlID(_ document: CanonicalDocument) -> CanonicalDocument {
        guard case .consumption(var consumption) = document else { return document }
        consumption.transactionNumber = nil
        return .consumption(consumption)
    }

    @Test func aChargeKeepsPatientAndAmountsExactly() throws {
        let (documents, _) = try Self.parse(try Self.example("dft-p03-supply-charge"))
        guard case .consumption(let charge) = documents.first else {
            Issue.record("not a consumption")
            return
        }
        #expect(charge.kind == .charge)
        #expect(charge.patient == PatientReference(patientID: "MRN0001", assigningAuthority: "MERCY", visitID: "V0001"))
        #expect(charge.lines.map(\.amount) == [Money(Decimal(string: "45.50")!, "USD"), Money(Decimal(string: "120.00")!, "USD")])
        #expect(charge.department == "OR-1")
    }

    @Test func aCreditIsANegativeQuantity() throws {
        var text = String(decoding: try Self.example("dft-p03-supply-charge"), as: UTF8.self)
        text = text.replacingOccurrences(of: "|CG|100877", with: "|CR|100877")
        let (documents, _) = try Self.parse(Array(text.utf8))
        guard case .consumption(let charge) = documents.first else { return }
        #expect(charge.lines.map(\.quantity.value) == [2, -1])
    }

    @Test func anX12ShapedOrderBecomesAnOMS() throws {
        let order = Order(orderNumber: "PO-88231", orderDate: try CanonicalDate(year: 2026, month: 11, day: 20), lines: [
            OrderLine(lineNumber: "1", itemIdentifiers: [
                ItemIdentifier(kind: .vendorPart, value: "GLV-NTR-M", qualifier: "VN"),
                ItemIdentifier(kind: .buyerPart, value: "100234", qualifier: "IN"),
                ItemIdentifier(kind: .gtin, value: "00614141000418", qualifier: "UK"),
            ], description: "NITRILE EXAM GLOVES MEDIUM", quantity: Quantity(10, .box), price: Price(Decimal(string: "45.50")!)),
        ])
        var diagnostics = Diagnostics()
        let written = try HL7v2CanonicalSerializer(header: Self.header)
            .serialize([.order(order)], context: TranslationContext(), diagnostics: &diagnostics)
        let text = String(decoding: written.bytes, as: UTF8.self).split(separator: "\r").map(String.init)
        #expect(text == [
            "MSH|^~\\&|WHARF|MERCY|MMIS|MERCY|20261122120000||OMS^O05^OMS_O05|WH1|P|2.5.1",
            "ORC|NW|PO-88231||PO-88231|||||20261120",
            "RQD|1|100234^NITRILE EXAM GLOVES MEDIUM^L|GLV-NTR-M^^VN|00614141000418^^GS1|10|BX",
            "RQ1|45.5",
        ])
    }

    @Test func otherMessageTypesAreReportedNotDropped() throws {
        let text = "MSH|^~\\&|A|B|C|D|20261122||ADT^A01^ADT_A01|X1|P|2.5.1\rEVN|A01|20261122\r"
        let (documents, diagnostics) = try Self.parse(Array(text.utf8))
        #expect(documents.isEmpty)
        #expect(diagnostics.all.map(\.code) == [.hl7MessageUnsupportedType, .formatUnsupported])
    }
}
