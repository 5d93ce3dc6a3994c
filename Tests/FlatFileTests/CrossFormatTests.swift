import Canonical
import Foundation
import Testing
import WharfCore
import WharfTestSupport
@testable import FlatFile

/// Documents that came from X12 (the X12 mapping's canonical goldens) keep every line's quantity, unit, price and
/// identifiers when they go through CSV with the built-in layout of their kind and back.
@Suite struct CrossFormatTests {
    private typealias F = FlatFileFixtures

    static let goldens = ["850-hospital-order.json", "850-complete-order.json", "810-invoice.json",
                          "810-complete-invoice.json"]

    /// What a line must keep: quantity, price and the identifiers of the kinds the layout has columns for.
    private struct Kept: Equatable {
        var quantity: Quantity
        var price: Decimal?
        var identifiers: [ItemIdentifier]
    }

    private func kept(_ document: CanonicalDocument, kinds: Set<ItemIdentifierKind>) -> [Kept] {
        func identifiers(_ all: [ItemIdentifier]) -> [ItemIdentifier] {
            all.filter { kinds.contains($0.kind) }.map { ItemIdentifier(kind: $0.kind, value: $0.value) }
        }
        switch document {
        case .order(let order):
            return order.lines.map { Kept(quantity: $0.quantity, price: $0.price?.amount,
                                          identifiers: identifiers($0.itemIdentifiers)) }
        case .invoice(let invoice):
            return invoice.lines.map { Kept(quantity: $0.quantity, price: $0.price?.amount,
                                            identifiers: identifiers($0.itemIdentifiers)) }
        default:
            return []
        }
    }

    @Test(arguments: Self.goldens)
    func x12DocumentsKeepTheirLinesThroughCSV(name: String) throws {
        let path = "Tests/X12MappingTests/Goldens/\(name)"
        guard FileManager.default.fileExists(atPath: WharfProcess.repositoryRoot.appendingPathComponent(path).path)
        else { return }
        let documents = try CanonicalJSON.decode(F.repositoryFile(path))
        let kind = try #require(documents.first?.kind)
        let layout = try #require(CSVLayoutCatalog.builtIn.defaultLayout(for: kind))
        let kinds = Set(layout.columns.compactMap { column -> ItemIdentifierKind? in
            if case .line(.item(let kind)) = column.field { return kind }
            return nil
        })
        let (bytes, _) = try F.serialize(documents, layout: layout)
        let (back, diagnostics) = try F.parse(bytes, layout: layout)
        #expect(!diagnostics.hasErrors, "\(diagnostics.all.map(\.text))")
        #expect(back.count == documents.count)
        for (original, copy) in zip(documents, back) {
            #expect(self.kept(copy, kinds: kinds) == self.kept(original, kinds: kinds))
            #expect(!self.kept(original, kinds: kinds).isEmpty)
        }
    }
}
