import Canonical
import FHIR
import FHIRMapping
import FlatFile
import Foundation
import Testing
import WharfCore
import WharfTestSupport
import X12
import X12Mapping

/// The legs of a cross-format trip, each checked for errors: X12 850 ↔ canonical, canonical ↔ FHIR JSON,
/// canonical ↔ CSV (`order-lines`). Every leg returns the orders (or bytes) it produced.
enum CrossFormatFixtures {
    /// The X12 order examples the trips start from (`examples/x12/NAME.edi`).
    static let orderExamples = ["850-complete-order", "850-hospital-order"]

    /// The X12 release every trip writes: the examples' own.
    static let release = "004010"

    /// The bytes of an X12 example.
    static func example(_ name: String) throws -> [UInt8] {
        Array(try Data(contentsOf: WharfProcess.repositoryRoot.appendingPathComponent("examples/x12/\(name).edi")))
    }

    /// The orders of X12 bytes; records an issue for every error diagnostic.
    static func ordersFromX12(_ bytes: [UInt8],
                        sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> [Order] {
        var diagnostics = Diagnostics()
        let documents = try X12CanonicalParser().parse(Payload(bytes: bytes), context: TranslationContext(),
                                                        diagnostics: &diagnostics)
        self.expectNoErrors(diagnostics, "X12 → canonical", sourceLocation)
        return self.orders(documents)
    }

    /// Orders written as an X12 850 interchange with neutral envelope values (fixed date and time).
    static func x12(_ orders: [Order],
                    sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> [UInt8] {
        var diagnostics = Diagnostics()
        let serializer = X12CanonicalSerializer(transactionSet: "850", release: self.release,
                                                settings: .neutral(date: "20261122", time: "1200"))
        let payload = try serializer.serialize(orders.map(CanonicalDocument.order), context: TranslationContext(),
                                               diagnostics: &diagnostics)
        self.expectNoErrors(diagnostics, "canonical → X12", sourceLocation)
        return payload.bytes
    }

    /// Orders written as a FHIR Bundle of `release`.
    static func fhir(_ orders: [Order], _ release: FHIRRelease,
                     sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> [UInt8] {
        var diagnostics = Diagnostics()
        let payload = try FHIRCanonicalSerializer(release: release)
            .serialize(orders.map(CanonicalDocument.order), context: TranslationContext(), diagnostics: &diagnostics)
        self.expectNoErrors(diagnostics, "canonical → FHIR \(release)", sourceLocation)
        return payload.bytes
    }

    /// The orders of FHIR JSON.
    static func ordersFromFHIR(_ bytes: [UInt8],
                               sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> [Order] {
        var diagnostics = Diagnostics()
        let documents = try FHIRCanonicalParser().parse(Payload(bytes: bytes), context: TranslationContext(),
                                                         diagnostics: &diagnostics)
        self.expectNoErrors(diagnostics, "FHIR → canonical", sourceLocation)
        return self.orders(documents)
    }

    /// The built-in CSV layout for order lines.
    static func orderLinesLayout() throws -> CSVLayout {
        try #require(CSVLayoutCatalog.builtIn.layout(named: "order-lines"))
    }

    /// Orders written as CSV in the `order-lines` layout.
    static func csv(_ orders: [Order],
                    sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> [UInt8] {
        var diagnostics = Diagnostics()
        let payload = try CSVCanonicalSerializer(layout: try self.orderLinesLayout())
            .serialize(orders.map(CanonicalDocument.order), context: TranslationContext(), diagnostics: &diagnostics)
        self.expectNoErrors(diagnostics, "canonical → CSV", sourceLocation)
        return payload.bytes
    }

    /// The orders of CSV bytes in the `order-lines` layout.
    static func ordersFromCSV(_ bytes: [UInt8],
                              sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> [Order] {
        var diagnostics = Diagnostics()
        let layout = try self.orderLinesLayout()
        let documents = try CSVCanonicalParser(layout: layout).parse(Payload(bytes: bytes), layout: layout,
                                                                     diagnostics: &diagnostics)
        self.expectNoErrors(diagnostics, "CSV → canonical", sourceLocation)
        return self.orders(documents)
    }

    /// The orders among `documents` (an issue is recorded for any other kind).
    private static func orders(_ documents: [CanonicalDocument]) -> [Order] {
        documents.compactMap { document in
            if case .order(let order) = document { return order }
            Issue.record("unexpected \(document.kind.rawValue) document")
            return nil
        }
    }

    private static func expectNoErrors(_ diagnostics: Diagnostics, _ leg: String,
                                       _ sourceLocation: Testing.SourceLocation) {
        #expect(!diagnostics.hasErrors, "\(leg): \(diagnostics.all.map(\.text))", sourceLocation: sourceLocation)
    }
}
