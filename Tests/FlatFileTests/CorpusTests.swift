import Canonical
import Foundation
import Testing
import WharfCore
import WharfTestSupport
@testable import FlatFile

/// The shared corpus of public CSV files (`../shared/corpus/csv`, or `$WHARF_CORPUS/csv`), read in place when
/// present: ordinary and `edge-` files read without errors, `bad-` files with at least one located error.
@Suite struct CorpusTests {
    static let folder: URL = {
        if let path = ProcessInfo.processInfo.environment["WHARF_CORPUS"] {
            return URL(fileURLWithPath: path).appendingPathComponent("csv")
        }
        return WharfProcess.repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared/corpus/csv")
    }()

    static let files: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: Self.folder.path)) ?? []
        if names.isEmpty { print("flatfile: \(Self.folder.path) not found; corpus tests skipped") }
        return names.filter { $0.hasSuffix(".csv") }.sorted()
    }()

    private func bytes(_ name: String) throws -> [UInt8] {
        Array(try Data(contentsOf: Self.folder.appendingPathComponent(name)))
    }

    @Test(arguments: Self.files)
    func corpusFileReads(name: String) throws {
        let bytes = try self.bytes(name)
        let result = CSVReader.read(bytes)
        if name.hasPrefix("bad-") {
            #expect(result.hasErrors, "\(name) should have a located error")
            #expect(result.diagnostics.filter { $0.severity == .error }.allSatisfy { $0.location != nil })
        } else {
            #expect(!result.hasErrors, "\(name): \(result.diagnostics.map(\.text))")
            #expect(!result.records.isEmpty)
        }
        #expect(FlatFileFixtures.events(bytes, chunk: 1) == FlatFileFixtures.events(bytes, chunk: bytes.count))
    }

    @Test func headerlessInvoiceLinesMapByPosition() throws {
        let name = "invoice-lines-no-header-bots.csv"
        guard Self.files.contains(name) else { return }
        let layout = try #require(FlatFileFixtures.layout("""
            name: positional-invoice-lines
            document: invoice
            syntax:
              header: false
            groupBy: [invoiceNumber]
            constants:
              line.unit: EA
            columns:
              - position: 1
                field: invoiceNumber
              - position: 2
                field: line.lineNumber
              - position: 3
                field: line.quantity
              - position: 4
                field: line.price
              - position: 5
                field: line.amount
              - position: 6
                field: line.item[vendorPart]
            """))
        let (documents, diagnostics) = try FlatFileFixtures.parse(try self.bytes(name), layout: layout)
        #expect(diagnostics.all.isEmpty)
        #expect(documents.count == 4)
        for document in documents {
            guard case .invoice(let invoice) = document else { continue }
            #expect(!invoice.lines.isEmpty)
            #expect(invoice.lines.allSatisfy { $0.amount != nil && $0.price != nil })
        }
    }

    @Test func semicolonArticleMasterMapsWithDecimalComma() throws {
        let name = "article-master-gtin-semicolon-bots.csv"
        guard Self.files.contains(name) else { return }
        let layout = try #require(FlatFileFixtures.layout("""
            name: article-master
            document: itemMaster
            syntax:
              delimiter: detect
              decimalSeparator: ","
              dateFormat: dd-MM-yyyy
            unknownColumns: ignore
            columns:
              - header: GTIN/EAN
                field: line.item[gtin]
              - header: ArticleNumber
                field: line.item[vendorPart]
              - header: Description
                field: line.description
              - header: RetailPrice
                field: line.price
              - header: DateFrom
                field: line.date[effective]
              - header: DateUntill
                field: line.date[expiration]
            """))
        let (documents, diagnostics) = try FlatFileFixtures.parse(try self.bytes(name), layout: layout)
        #expect(diagnostics.all.isEmpty, "\(diagnostics.all.map(\.text))")
        guard case .itemMaster(let master) = try #require(documents.first) else { return }
        #expect(master.items.count == 3)
        #expect(master.items.allSatisfy { $0.prices.first?.amount == 40 && $0.dates.count == 2 })
    }
}
