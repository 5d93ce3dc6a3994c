import Canonical
import Foundation
import Testing
import WharfCore
import WharfTestSupport
@testable import FlatFile

/// Canonical ↔ CSV for each built-in layout, against golden files: `Goldens/<layout>.csv` reads into exactly
/// `Goldens/<layout>.json`, and that JSON writes exactly the CSV's bytes back.
@Suite struct MappingGoldenTests {
    private typealias F = FlatFileFixtures

    static let layouts = ["order-lines", "order-response-lines", "ship-notice-lines", "invoice-lines", "item-master",
                          "consumption"]

    @Test(arguments: Self.layouts)
    func csvReadsIntoTheCanonicalGolden(name: String) throws {
        let layout = try F.builtIn(name)
        let bytes = try F.repositoryFile("Tests/FlatFileTests/Goldens/\(name).csv")
        let (documents, diagnostics) = try F.parse(bytes, layout: layout)
        #expect(diagnostics.all.isEmpty, "\(diagnostics.all.map(\.text))")
        #expect(documents.allSatisfy { $0.kind == layout.documentKind })
        let json = String(decoding: try CanonicalJSON.encode(documents), as: UTF8.self)
        let failure = Goldens.check(json, against: "Tests/FlatFileTests/Goldens/\(name).json")
        #expect(failure == nil, "\(failure ?? "")")
    }

    @Test(arguments: Self.layouts)
    func canonicalGoldenWritesTheCSVGolden(name: String) throws {
        let layout = try F.builtIn(name)
        let documents = try CanonicalJSON.decode(F.repositoryFile("Tests/FlatFileTests/Goldens/\(name).json"))
        let (bytes, diagnostics) = try F.serialize(documents, layout: layout)
        #expect(diagnostics.all.isEmpty, "\(diagnostics.all.map(\.text))")
        let failure = F.checkBytes(bytes, against: "Tests/FlatFileTests/Goldens/\(name).csv")
        #expect(failure == nil, "\(failure ?? "")")
    }

    @Test func invoiceMoneyAddsUpExactly() throws {
        let bytes = try F.repositoryFile("Tests/FlatFileTests/Goldens/invoice-lines.csv")
        let (documents, _) = try F.parse(bytes, layout: try F.builtIn("invoice-lines"))
        for document in documents {
            guard case .invoice(let invoice) = document else {
                Issue.record("not an invoice")
                continue
            }
            let lines = invoice.lines.reduce(Decimal(0)) { $0 + ($1.amount?.amount ?? 0) }
            #expect(lines == invoice.totals?.totalAmount.amount)
            for line in invoice.lines {
                #expect(line.quantity.value * (line.price?.amount ?? 0) == line.amount?.amount)
            }
        }
    }

    @Test func shipNoticeRowsMakeTheUsualHierarchy() throws {
        let bytes = try F.repositoryFile("Tests/FlatFileTests/Goldens/ship-notice-lines.csv")
        let (documents, _) = try F.parse(bytes, layout: try F.builtIn("ship-notice-lines"))
        guard case .shipNotice(let notice) = try #require(documents.first) else {
            Issue.record("not a ship notice")
            return
        }
        #expect(notice.levels.map(\.kind) == [.order, .order])
        #expect(notice.levels[0].references.map(\.value) == ["PO-1001"])
        #expect(notice.levels[0].children.map(\.kind) == [.pack, .pack])
        #expect(notice.levels[0].children[0].children.map(\.lot) == ["L2405A", "L2407C"])
        #expect(notice.levels[1].children.map(\.kind) == [.item])
        #expect(notice.levels[1].children[0].serialNumbers == ["SN-0001-A"])
    }
}
