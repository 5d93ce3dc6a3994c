import Canonical
import Foundation
import Testing
import WharfCore
import WharfTestSupport
@testable import FlatFile

/// Layout files: the built-in ones, the checks of the loader, folders of partner layouts, field paths.
@Suite struct LayoutTests {
    private typealias F = FlatFileFixtures

    @Test func builtInLayoutsAreTheSpecFilesAndDefaultForTheirKinds() throws {
        let folder = WharfProcess.repositoryRoot.appendingPathComponent("specs/csv")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".yaml") }
        #expect(Set(files) == Set(EmbeddedCSVLayouts.files.keys), "run scripts/embed-specs.sh after editing specs/csv")
        for file in files {
            let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            #expect(EmbeddedCSVLayouts.files[file] == text, "\(file) differs from its embedded copy")
        }
        let catalog = CSVLayoutCatalog.builtIn
        #expect(catalog.layouts.map(\.name) == ["consumption", "invoice-lines", "item-master", "order-lines",
                                                "order-response-lines", "ship-notice-lines"])
        let kinds: [CanonicalDocument.Kind: String] = [
            .order: "order-lines", .orderResponse: "order-response-lines", .shipNotice: "ship-notice-lines",
            .invoice: "invoice-lines", .itemMaster: "item-master", .consumption: "consumption",
        ]
        for (kind, name) in kinds { #expect(catalog.defaultLayout(for: kind)?.name == name) }
        #expect(catalog.layout(for: try FormatID(parsing: "csv:order-lines@1"))?.name == "order-lines")
        #expect(catalog.layout(for: try FormatID(parsing: "csv:order-lines@2")) == nil)
        #expect(CSVCanonicalParser().formats.contains(try FormatID(parsing: "csv:invoice-lines@1")))
    }

    @Test func everyFieldPathReadsBackAsWritten() {
        let paths = [
            "orderNumber", "orderDate", "responseNumber", "responseDate", "shipmentNumber", "noticeDate",
            "invoiceNumber", "invoiceDate", "catalogNumber", "issueDate", "transactionNumber", "date", "kind",
            "location", "department", "patient.patientID", "patient.assigningAuthority", "patient.visitID",
            "patient.accountNumber", "purpose", "type", "sourceCode", "currency", "totalAmount", "totals.totalAmount",
            "totals.lineAmount", "totals.allowanceAmount", "totals.chargeAmount", "totals.taxAmount",
            "paymentTerms.netDays", "paymentTerms.discountDays", "paymentTerms.discountPercent",
            "paymentTerms.description", "transport.carrierCode", "transport.carrierName", "transport.method",
            "transport.packageCount", "party[shipTo].name", "party[buyer].id[gln]", "party[billTo].address.line1",
            "party[billTo].address.line2", "party[billTo].address.city", "party[billTo].address.region",
            "party[billTo].address.postalCode", "party[billTo].address.country", "reference[contract]",
            "date[requestedDelivery]", "note", "note[GEN]",
            "line.lineNumber", "line.item[gtin]", "line.description", "line.unit", "line.quantity", "line.price",
            "line.price.basis", "line.amount", "line.orderedQuantity", "line.orderedPrice", "line.confirmedQuantity",
            "line.confirmedPrice", "line.status", "line.status.sourceCode", "line.status.quantity",
            "line.orderLineNumber", "line.quantityShipped", "line.quantityOrdered", "line.sscc", "line.orderNumber",
            "line.lot", "line.serialNumber", "line.expirationDate", "line.manufactureDate", "line.date",
            "line.date[expiration]", "line.reference[costCenter]", "line.note", "line.note[PRT]",
            "line.packaging[CA]", "line.vendor.name", "line.vendor.id[duns]", "line.manufacturer.name",
            "line.manufacturer.id[gln]", "line.party[shipTo].name", "line.party[shipTo].id[gln]",
        ]
        for path in paths {
            #expect(CSVField(path: path)?.description == path)
        }
        for bad in ["", "line", "line.", "party.name", "party[buyer]", "party[buyer].id", "item[gtin]", "line.item",
                    "orderNumber.x", "totals.nope", "note[]", "line.price.nope", "reference[a", "line..lot"] {
            #expect(CSVField(path: bad) == nil, "\(bad)")
        }
    }

    @Test func aLayoutWithProblemsReportsThemAllWithTheirPlace() {
        let yaml = """
            name: Bad_Name
            document: order
            colour: blue
            syntax:
              delimiter: "ab"
              decimalSeparator: ";"
              header: false
            groupBy: [line.lot]
            constants:
              line.nope: x
            columns:
              - header: po
                field: orderNumber
              - position: 2
                field: line.quantity
                type: date
              - position: 3
                field: line.lot
              - position: 0
                field: line.price
                format: yyyyMMdd
              - position: 5
                field: orderNumber
            """
        var diagnostics = Diagnostics()
        let layout = CSVLayoutLoader().load(yaml: yaml, path: "partners/x/layouts/bad.yaml", into: &diagnostics)
        #expect(layout == nil)
        #expect(diagnostics.all.allSatisfy { $0.code == .csvLayoutInvalid && $0.severity == .error })
        let keyPaths = diagnostics.all.compactMap { diagnostic -> String? in
            if case .profile(let location) = diagnostic.location { return location.keyPath }
            return nil
        }
        for expected in ["name", "colour", "syntax.delimiter", "syntax.decimalSeparator", "columns[0]",
                         "columns[1].type", "columns[2].field", "columns[3].position", "columns[3].format",
                         "columns[4].field", "constants.line.nope", "groupBy[0]", "columns"] {
            #expect(keyPaths.contains(expected), "no problem reported at \(expected): \(keyPaths)")
        }
        let lines = diagnostics.all.compactMap { diagnostic -> Int? in
            if case .profile(let location) = diagnostic.location { return location.line }
            return nil
        }
        #expect(lines.contains(3))
    }

    @Test func notYAMLAndEmptyAreReported() {
        var diagnostics = Diagnostics()
        #expect(CSVLayoutLoader().load(yaml: "name: [unclosed", path: "x.yaml", into: &diagnostics) == nil)
        #expect(CSVLayoutLoader().load(yaml: "", path: "y.yaml", into: &diagnostics) == nil)
        #expect(CSVLayoutLoader().load(yaml: "- a\n- b\n", path: "z.yaml", into: &diagnostics) == nil)
        #expect(F.codes(diagnostics) == ["csv.layout.invalid", "csv.layout.invalid", "csv.layout.invalid"])
    }

    @Test func aLayoutNeedsWhatItsDocumentNeeds() {
        var diagnostics = Diagnostics()
        let yaml = """
            name: thin
            document: consumption
            columns:
              - header: qty
                field: line.quantity
            """
        #expect(CSVLayoutLoader().load(yaml: yaml, path: "thin.yaml", into: &diagnostics) == nil)
        let messages = diagnostics.all.map(\.message)
        #expect(messages.contains { $0.contains("needs kind") })
        #expect(messages.contains { $0.contains("needs line.unit") })
    }

    @Test func partnerLayoutsLoadFromAFolder() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("flatfile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let good = """
            name: acme-orders
            document: order
            syntax:
              delimiter: ";"
            groupBy: [orderNumber]
            constants:
              line.unit: EA
            columns:
              - header: [Bestellnummer, PO]
                field: orderNumber
              - header: Menge
                field: line.quantity
            """
        try good.write(to: folder.appendingPathComponent("acme-orders.yaml"), atomically: true, encoding: .utf8)
        try good.replacingOccurrences(of: "acme-orders", with: "other")
            .write(to: folder.appendingPathComponent("misnamed.yaml"), atomically: true, encoding: .utf8)
        try good.replacingOccurrences(of: "acme-orders", with: "order-lines")
            .write(to: folder.appendingPathComponent("order-lines.yml"), atomically: true, encoding: .utf8)
        try "not a layout".write(to: folder.appendingPathComponent("readme.txt"), atomically: true, encoding: .utf8)
        var diagnostics = Diagnostics()
        let catalog = CSVLayoutCatalog.builtIn.adding(folder: folder, into: &diagnostics)
        #expect(catalog.layout(named: "acme-orders")?.dialect.delimiter == UInt8(ascii: ";"))
        #expect(catalog.layout(named: "other") == nil)
        #expect(catalog.defaultLayout(for: .order)?.name == "order-lines")
        #expect(catalog.layout(named: "order-lines")?.dialect.delimiter == UInt8(ascii: ","))
        #expect(F.codes(diagnostics) == ["csv.layout.invalid", "csv.layout.invalid"])
        var missing = Diagnostics()
        _ = CSVLayoutCatalog.builtIn.adding(folder: folder.appendingPathComponent("none"), into: &missing)
        #expect(F.codes(missing) == ["csv.layout.invalid"])
    }
}
