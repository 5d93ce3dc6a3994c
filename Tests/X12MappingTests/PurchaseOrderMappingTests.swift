import Canonical
import Foundation
import Testing
import WharfCore
import WharfTestSupport
import X12
@testable import X12Mapping

/// 850 → canonical order: golden JSON for the example order, exact decimals, diagnostics for what is not mapped.
@Suite struct PurchaseOrderMappingTests {
    private func parse(_ path: String) throws -> ([CanonicalDocument], Diagnostics) {
        let bytes = Array(try Data(contentsOf: WharfProcess.repositoryRoot.appendingPathComponent(path)))
        var diagnostics = Diagnostics()
        let documents = try X12CanonicalParser().parse(Payload(bytes: bytes), context: TranslationContext(),
                                                        diagnostics: &diagnostics)
        return (documents, diagnostics)
    }

    @Test func hospitalOrderMatchesTheGolden() throws {
        let (documents, diagnostics) = try self.parse("examples/x12/850-hospital-order.edi")
        #expect(!diagnostics.hasErrors)
        let json = String(decoding: try CanonicalJSON.encode(documents), as: UTF8.self)
        let failure = Goldens.check(json, against: "Tests/X12MappingTests/Goldens/850-hospital-order.json")
        #expect(failure == nil, "\(failure ?? "")")
    }

    @Test func linesKeepExactQuantitiesPricesAndIdentifiers() throws {
        let (documents, _) = try self.parse("examples/x12/850-hospital-order.edi")
        guard case .order(let order) = try #require(documents.first) else {
            Issue.record("not an order")
            return
        }
        #expect(order.orderNumber == "PO-88231")
        #expect(order.lines.map(\.quantity) == [
            Quantity(10, "BX"), Quantity(4, "CA"), Quantity(2, "EA"),
        ])
        #expect(order.lines.map { $0.price?.amount } == [Decimal(string: "45.50"), 120, Decimal(string: "310.25")])
        let total = order.lines.reduce(Decimal(0)) { $0 + $1.quantity.value * ($1.price?.amount ?? 0) }
        #expect(total == order.totalAmount?.amount)
        #expect(order.lines[0].itemIdentifiers.map(\.kind) == [.vendorPart, .buyerPart, .gtin])
        #expect(order.lines[2].itemIdentifiers.map(\.kind) == [.vendorPart, .ndc])
        #expect(order.parties.map(\.role) == [.buyer, .shipTo, .seller])
        #expect(order.parties[1].address?.city == "SPRINGFIELD")
    }

    @Test func invalidInputKeepsItsDiagnostics() throws {
        let (_, diagnostics) = try self.parse("examples/x12/850-bad-quantity.edi")
        #expect(diagnostics.all.filter { $0.severity == .error }.map(\.code.rawValue) == [
            "x12.element.not-numeric", "x12.mapping.quantity-missing",
        ])
    }

    @Test func otherSetsAreReportedAsNotYetTranslatable() throws {
        let order = try String(contentsOf: WharfProcess.repositoryRoot.appendingPathComponent("examples/x12/850-hospital-order.edi"),
                               encoding: .utf8)
        let warehouse = order.replacingOccurrences(of: "ST*850", with: "ST*940").replacingOccurrences(of: "GS*PO", with: "GS*OW")
        var diagnostics = Diagnostics()
        let documents = try X12CanonicalParser().parse(Payload(bytes: Array(warehouse.utf8)), context: TranslationContext(),
                                                        diagnostics: &diagnostics)
        #expect(documents.isEmpty)
        #expect(diagnostics.all.filter { $0.severity == .error }.map(\.code) == [.formatUnsupported])
    }
}

/// The 850 serializer writes orders only.
@Suite struct PurchaseOrderSerializerTests {
    @Test func documentsThatAre850sOnly() throws {
        let serializer = X12CanonicalSerializer(transactionSet: "850", release: "004010",
                                                settings: .neutral(date: "20261120", time: "0930"))
        var diagnostics = Diagnostics()
        let invoice = CanonicalDocument.invoice(Invoice(invoiceNumber: "INV-1"))
        #expect(throws: TranslationError.self) {
            try serializer.serialize([invoice], context: TranslationContext(), diagnostics: &diagnostics)
        }
    }
}
