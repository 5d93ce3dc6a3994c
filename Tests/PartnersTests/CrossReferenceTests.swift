import Canonical
import Foundation
import Testing
import WharfCore
import WharfTestSupport

@testable import Partners

/// Cross-reference tables applied to canonical documents, with each unmapped-value policy.
@Suite struct CrossReferenceTests {
    static func profile(items policy: String = "fail") throws -> PartnerProfile {
        let (profile, diagnostics) = try ProfileLoadingTests.load(
            ProfileLoadingTests.minimal + """
                crossReferences:
                  items: {file: items.csv, onUnmapped: \(policy)}
                  units: {file: units.csv, onUnmapped: fail}
                  costCenters: {file: centers.csv, onUnmapped: warn}

                """,
            files: [
                "items.csv": "buyerPart,vendorPart,gtin\n100234,GLV-NTR-M,00614141000418\n\"100,877\",SYR-10ML,\n",
                "units.csv": "partner,canonical\nCT,CA\nEA,EA\n",
                "centers.csv": "location,costCenter\nOR-1,CC-7010\n",
            ])
        #expect(diagnostics.map(\.text) == [])
        return try #require(profile)
    }

    static func order(_ lines: [OrderLine]) -> CanonicalDocument {
        .order(Order(orderNumber: "PO-1", references: [Reference(kind: .department, value: "OR-1")], lines: lines))
    }

    static func line(_ kind: ItemIdentifierKind, _ value: String, unit: UnitOfMeasure = "CT") -> OrderLine {
        OrderLine(lineNumber: "1", itemIdentifiers: [ItemIdentifier(kind: kind, value: value)],
                  quantity: Quantity(Decimal(1), unit))
    }

    @Test func inboundCompletesItemsTranslatesUnitsAndAddsCostCenters() throws {
        var diagnostics = Diagnostics()
        let result = CrossReferenceApplier(profile: try Self.profile(), direction: .inbound)
            .apply([Self.order([Self.line(.vendorPart, "GLV-NTR-M"), Self.line(.buyerPart, "100,877", unit: "EA")])],
                   into: &diagnostics)
        #expect(diagnostics.all.isEmpty)
        guard case .order(let order) = result.first else {
            Issue.record("not an order")
            return
        }
        #expect(order.lines[0].itemIdentifiers.map(\.kind) == [.vendorPart, .buyerPart, .gtin])
        #expect(order.lines[0].itemIdentifiers.map(\.value) == ["GLV-NTR-M", "100234", "00614141000418"])
        #expect(order.lines[0].quantity.unit == "CA")
        #expect(order.lines[1].itemIdentifiers.map(\.value) == ["100,877", "SYR-10ML"])
        #expect(order.references.last == Reference(kind: .costCenter, value: "CC-7010"))
    }

    @Test func outboundTranslatesUnitsTheOtherWay() throws {
        var diagnostics = Diagnostics()
        let result = CrossReferenceApplier(profile: try Self.profile(), direction: .outbound)
            .apply([Self.order([Self.line(.gtin, "00614141000418", unit: "CA")])], into: &diagnostics)
        guard case .order(let order) = result.first else { return }
        #expect(order.lines[0].quantity.unit == "CT")
        #expect(order.lines[0].itemIdentifiers.map(\.kind) == [.gtin, .buyerPart, .vendorPart])
    }

    @Test("An unmapped item follows the table's policy", arguments: [
        ("fail", DiagnosticSeverity.error as DiagnosticSeverity?), ("warn", .warning), ("passThrough", nil),
    ])
    func unmappedItem(policy: String, severity: DiagnosticSeverity?) throws {
        var diagnostics = Diagnostics()
        _ = CrossReferenceApplier(profile: try Self.profile(items: policy), direction: .inbound)
            .apply([Self.order([Self.line(.vendorPart, "GLV-NTR-M"), Self.line(.vendorPart, "UNKNOWN-9")])],
                   into: &diagnostics)
        let problems = diagnostics.all.filter { $0.code == .crossReferenceUnmapped }
        #expect(problems.map(\.severity) == (severity.map { [$0] } ?? []))
        if let problem = problems.first {
            #expect(problem.location == .jsonPointer("/documents/0/document/lines/1/itemIdentifiers"))
            #expect(problem.message.contains("partner acme: the item (vendorPart) is not in the items table items.csv"))
            #expect(!problem.message.contains("UNKNOWN-9"))
        }
    }

    @Test func anUnmappedUnitAndCostCenterAreLocated() throws {
        var diagnostics = Diagnostics()
        var order = Order(orderNumber: "PO-2", references: [Reference(kind: .department, value: "ICU")],
                          lines: [Self.line(.vendorPart, "GLV-NTR-M", unit: "DZ")])
        order.lines[0].lineNumber = "1"
        _ = CrossReferenceApplier(profile: try Self.profile(), direction: .inbound).apply([.order(order)],
                                                                                          into: &diagnostics)
        #expect(diagnostics.all.map(\.severity) == [.error, .warning])
        #expect(diagnostics.all.map(\.location) == [.jsonPointer("/documents/0/document/lines/0/quantity/unit"),
                                                    .jsonPointer("/documents/0/document/references/0/value")])
    }

    @Test func quotedFieldsAndBrokenQuotesInCSV() throws {
        let records = try CrossReferenceCSV.records("\u{FEFF}a,b\r\n\"x,\"\"y\"\"\",z\r\n\r\n")
        #expect(records.map(\.fields) == [["a", "b"], ["x,\"y\"", "z"]])
        #expect(records.map(\.line) == [1, 2])
        #expect(throws: CrossReferenceCSV.Problem.self) { try CrossReferenceCSV.records("a,b\n\"open,c\n") }
        #expect(throws: CrossReferenceCSV.Problem.self) { try CrossReferenceCSV.records("a,b\nx\"y,c\n") }
    }
}
