import Canonical
import Foundation
import Testing
import WharfCore
@testable import FlatFile

/// Layout-driven mapping beyond the goldens: decimal comma, grouping, positions, constants, code tables, located
/// problems, rejected documents, and the serializer's checks.
@Suite struct MappingTests {
    private typealias F = FlatFileFixtures

    /// A European partner: semicolons, Latin-1, decimal comma with '.' grouping, day-first dates, header aliases.
    static let european = """
        name: eu-orders
        document: order
        syntax:
          delimiter: ";"
          encoding: latin-1
          decimalSeparator: ","
          groupingSeparator: "."
          dateFormat: dd.MM.yyyy
          lineEnding: lf
          nullValues: [NULL, "-"]
        groupBy: [orderNumber]
        constants:
          currency: EUR
        columns:
          - header: [Bestellnummer, PO Number]
            field: orderNumber
          - header: Datum
            field: orderDate
          - header: Artikel
            field: line.item[vendorPart]
          - header: Bezeichnung
            field: line.description
          - header: Menge
            field: line.quantity
          - header: Einheit
            field: line.unit
            default: ST
            codes: {ST: EA, KAR: CA}
          - header: Preis
            field: line.price
            fractionDigits: 2
        """

    @Test func readsAndWritesADecimalCommaLatin1Layout() throws {
        let layout = try #require(F.layout(Self.european))
        let text = "bestellnummer ;Datum;Artikel;Bezeichnung;Menge;Einheit;Preis;Lager\n"
            + "B-1;05.03.2024;A-1;Tupfer, steril;1.200;KAR;1.234,50;x\n"
            + "B-1;NULL;A-2;Kanüle;2,5;;0,10;y\n"
        let latin1 = text.unicodeScalars.map { UInt8($0.value) }
        let (documents, diagnostics) = try F.parse(latin1, layout: layout)
        #expect(F.codes(diagnostics) == ["csv.layout.unknown-column"])
        #expect(diagnostics.all.first.flatMap(F.csvLocation) == CSVLocation(record: 1, column: 8, header: "Lager"))
        guard case .order(let order) = try #require(documents.first) else {
            Issue.record("not an order")
            return
        }
        #expect(order.orderNumber == "B-1")
        #expect(order.currency == "EUR")
        #expect(order.orderDate == (try CanonicalDate(year: 2024, month: 3, day: 5)))
        #expect(order.lines.map(\.quantity) == [Quantity(1200, "CA"), Quantity(Decimal(string: "2.5")!, "EA")])
        #expect(order.lines.map { $0.price?.amount } == [Decimal(string: "1234.5"), Decimal(string: "0.1")])
        #expect(order.lines[1].description == "Kanüle")
        let (written, writeDiagnostics) = try F.serialize(documents, layout: layout)
        #expect(writeDiagnostics.all.isEmpty)
        let expected = "Bestellnummer;Datum;Artikel;Bezeichnung;Menge;Einheit;Preis\n"
            + "B-1;05.03.2024;A-1;Tupfer, steril;1200;KAR;1234,50\nB-1;05.03.2024;A-2;Kanüle;2,5;ST;0,10\n"
        #expect(written == expected.unicodeScalars.map { UInt8($0.value) })
    }

    @Test func readsAndWritesTabsSingleQuotesAndAmericanDates() throws {
        let layout = try #require(F.layout("""
            name: tabbed-usage
            document: consumption
            syntax:
              delimiter: tab
              quote: "'"
              lineEnding: lf
              dateFormat: MM/dd/yyyy
              nullValues: [NULL]
            groupBy: [transactionNumber]
            constants:
              kind: dispense
            columns:
              - header: Txn
                field: transactionNumber
              - header: When
                field: date
              - header: Item
                field: line.description
              - header: Qty
                field: line.quantity
              - header: UOM
                field: line.unit
              - header: Expires
                field: line.expirationDate
                format: yyyy-MM
            """))
        let text = "Txn\tWhen\tItem\tQty\tUOM\tExpires\nT-9\t03/05/2024\t'Saline\t0.9%'\t-2\tEA\tNULL\n"
            + "T-9\t03/05/2024\tO'Brien tray\t1\tEA\t2026-05\n"
        let (documents, diagnostics) = try F.parse(Array(text.utf8), layout: layout)
        #expect(F.codes(diagnostics) == ["csv.quote.stray"])
        guard case .consumption(let consumption) = try #require(documents.first) else { return }
        #expect(consumption.kind == .dispense)
        #expect(consumption.date?.iso8601 == "2024-03-05")
        #expect(consumption.lines.map(\.description) == ["Saline\t0.9%", "O'Brien tray"])
        #expect(consumption.lines.map(\.quantity.value) == [-2, 1])
        #expect(consumption.lines.map { $0.expirationDate?.iso8601 } == [nil, "2026-05"])
        let (written, _) = try F.serialize(documents, layout: layout)
        #expect(String(decoding: written, as: UTF8.self) == "Txn\tWhen\tItem\tQty\tUOM\tExpires\n"
            + "T-9\t03/05/2024\t'Saline\t0.9%'\t-2\tEA\t\nT-9\t03/05/2024\t'O''Brien tray'\t1\tEA\t2026-05\n")
    }

    @Test func groupsRowsThatAreApartAndKeepsTheFirstDocumentValue() throws {
        let layout = try F.builtIn("order-lines")
        let text = "po_number,po_date,line_number,quantity,unit\n"
            + "P-2,2024-01-02,1,1,EA\nP-1,,1,5,EA\nP-2,2024-01-03,2,2,EA\nP-1,2024-01-01,2,6,EA\n"
        let (documents, diagnostics) = try F.parse(Array(text.utf8), layout: layout)
        let orders = documents.compactMap { document -> Order? in
            if case .order(let order) = document { return order }
            return nil
        }
        #expect(orders.map(\.orderNumber) == ["P-2", "P-1"])
        #expect(orders.map { $0.lines.compactMap(\.lineNumber) } == [["1", "2"], ["1", "2"]])
        #expect(orders.map { $0.orderDate?.iso8601 } == ["2024-01-02", "2024-01-01"])
        #expect(F.codes(diagnostics) == ["csv.document.inconsistent"])
        #expect(diagnostics.all.first.flatMap(F.csvLocation) == CSVLocation(record: 4, column: 2, header: "po_date"))
    }

    @Test func readsByPositionWithoutHeader() throws {
        let layout = try #require(F.layout("""
            name: lines-by-position
            document: invoice
            syntax:
              header: false
              dateFormat: yyyyMMdd
            groupBy: [invoiceNumber]
            constants:
              line.unit: EA
              currency: USD
            columns:
              - position: 1
                field: invoiceNumber
              - position: 2
                field: line.lineNumber
                type: integer
              - position: 3
                field: line.quantity
              - position: 4
                field: line.price
              - position: 5
                field: line.amount
              - position: 7
                field: invoiceDate
            """))
        let text = "900001,10,48.000,7.0254,337.22,ignored,20240918\n900001,20,1.000,0,0,,20240918\n"
            + "900002,10,5000.000,0.3637,1818.50,,20240918\n"
        let (documents, diagnostics) = try F.parse(Array(text.utf8), layout: layout)
        #expect(diagnostics.all.isEmpty)
        #expect(documents.count == 2)
        guard case .invoice(let invoice) = try #require(documents.first) else { return }
        #expect(invoice.lines.map(\.quantity.value) == [48, 1])
        #expect(invoice.lines.first?.price?.amount == Decimal(string: "7.0254"))
        #expect(invoice.lines.first.map { $0.quantity.value * ($0.price?.amount ?? 0) } == Decimal(string: "337.2192"))
        #expect(invoice.currency == "USD")
        let (written, _) = try F.serialize(documents, layout: layout)
        #expect(String(decoding: written, as: UTF8.self)
            == "900001,10,48,7.0254,337.22,,20240918\r\n900001,20,1,0,0,,20240918\r\n"
            + "900002,10,5000,0.3637,1818.5,,20240918\r\n")
    }

    @Test func aBadRowRejectsItsDocumentOnlyWithLocatedValueFreeDiagnostics() throws {
        let layout = try F.builtIn("order-lines")
        let secret = "PATIENT-4711"
        let text = "po_number,po_date,line_number,quantity,unit,unit_price,requested_delivery_date\n"
            + "P-1,2024-01-01,1,5,EA,1.50,2024-01-05\n"
            + "P-2,2024-01-01,1,\(secret),EA,1.50,2024-01-05\n"
            + "P-2,2024-01-01,2,1,EA,x\(secret),2024-02-30\n"
            + "P-3,2024-01-01,1,,EA,,\n"
            + ",2024-01-01,1,1,EA,,\n"
            + "P-4,2024-01-01,1,2,,3,\n"
        let (documents, diagnostics) = try F.parse(Array(text.utf8), layout: layout)
        #expect(documents.count == 1)
        #expect(F.codes(diagnostics) == [
            "csv.value.not-a-number", "csv.value.not-a-number", "csv.value.invalid-date",
            "csv.value.required-missing", "csv.value.required-missing", "csv.value.required-missing",
            "csv.document.rejected", "csv.document.rejected", "csv.document.rejected",
        ])
        #expect(diagnostics.all.prefix(6).map(F.csvLocation) == [
            CSVLocation(record: 3, column: 4, header: "quantity"),
            CSVLocation(record: 4, column: 6, header: "unit_price"),
            CSVLocation(record: 4, column: 7, header: "requested_delivery_date"),
            CSVLocation(record: 5, column: 4, header: "quantity"),
            CSVLocation(record: 6, column: 1, header: "po_number"),
            CSVLocation(record: 7, column: 5, header: "unit"),
        ])
        #expect(diagnostics.all.suffix(3).map { F.csvLocation($0)?.record } == [3, 5, 7])
        #expect(diagnostics.all.allSatisfy { !$0.message.contains(secret) && !$0.text.contains(secret) })
        #expect(diagnostics.all.first?.message.contains("line.quantity") == true)
    }

    @Test func aMissingRequiredColumnStopsTheFile() throws {
        let layout = try F.builtIn("invoice-lines")
        var diagnostics = Diagnostics()
        #expect(throws: TranslationError.self) {
            try CSVCanonicalParser(layout: layout).parse(Payload(bytes: Array("invoice_number,quantity\nI-1,2\n".utf8)),
                                                         layout: layout, diagnostics: &diagnostics)
        }
        #expect(F.codes(diagnostics).filter { $0 == "csv.layout.missing-column" }.count == 1)
        #expect(diagnostics.all.contains { $0.message.contains("line.unit") })
    }

    @Test func constantsDefaultsAndCodeTablesWorkBothWays() throws {
        let layout = try #require(F.layout("""
            name: acks
            document: orderResponse
            unknownColumns: error
            groupBy: [orderNumber]
            constants:
              type: accepted
              line.unit: EA
            columns:
              - header: po
                field: orderNumber
              - header: line
                field: line.lineNumber
              - header: status
                field: line.status
                codes: {IA: accepted, IB: backordered, IR: rejected}
              - header: qty
                field: line.confirmedQuantity
                type: integer
            """))
        let text = "po,line,status,qty,extra\nP-1,1,IA,4,\nP-1,2,IQ,0,\n"
        let (documents, diagnostics) = try F.parse(Array(text.utf8), layout: layout)
        #expect(F.codes(diagnostics) == ["csv.layout.unknown-column", "csv.value.unknown-code"])
        #expect(diagnostics.all.map(\.severity) == [.error, .warning])
        guard case .orderResponse(let response) = try #require(documents.first) else { return }
        #expect(response.type == .accepted)
        #expect(response.lines.map { $0.statuses.first?.status } == [.accepted, "IQ"])
        #expect(response.lines.map(\.confirmedQuantity) == [Quantity(4, "EA"), Quantity(0, "EA")])
        var edited = response
        edited.lines[1].statuses = [LineStatusDetail(status: .backordered)]
        edited.lines[1].confirmedQuantity = Quantity(Decimal(string: "0.5")!, "EA")
        let (written, writeDiagnostics) = try F.serialize([.orderResponse(edited)], layout: layout)
        #expect(String(decoding: written, as: UTF8.self) == "po,line,status,qty\r\nP-1,1,IA,4\r\nP-1,2,IB,0.5\r\n")
        #expect(F.codes(writeDiagnostics) == ["csv.value.unrepresentable"])
        #expect(writeDiagnostics.all.first.flatMap(F.csvLocation) == CSVLocation(record: 3, column: 4, header: "qty"))
    }

    @Test func theSerializerReportsWhatItCannotWrite() throws {
        let layout = try F.builtIn("ship-notice-lines")
        var notice = ShipNotice(shipmentNumber: "S-1", noticeDate: try CanonicalDate(year: 2024, month: 3),
                                dates: [QualifiedDate(kind: .shipped, date: try CanonicalDate(
                                    year: 2024, month: 3, day: 7, hour: 10, minute: 5))])
        notice.levels = []
        let (written, diagnostics) = try F.serialize([.shipNotice(notice)], layout: layout)
        #expect(F.codes(diagnostics) == ["csv.value.unrepresentable", "csv.value.unrepresentable"])
        #expect(diagnostics.all.map { F.csvLocation($0)?.header } == ["notice_date", "ship_date"])
        let lines = String(decoding: written, as: UTF8.self).split(separator: "\r\n")
        #expect(lines.count == 2)
        #expect(lines[1].hasPrefix("S-1,,2024-03-07,"))
        var diagnosticsForOrder = Diagnostics()
        #expect(throws: TranslationError.self) {
            try CSVCanonicalSerializer(layout: layout).serialize([.order(Order(orderNumber: "P"))],
                                                                 context: TranslationContext(),
                                                                 diagnostics: &diagnosticsForOrder)
        }
    }

    @Test func theParserFindsTheLayoutByFormat() throws {
        let parser = CSVCanonicalParser()
        let bytes = Array("transaction_id,quantity,unit\nT-1,2,EA\n".utf8)
        var diagnostics = Diagnostics()
        let envelope = Envelope(format: try FormatID(parsing: "csv:consumption"), sender: nil, receiver: nil,
                                controlNumbers: ControlNumbers())
        let documents = try parser.parse(Payload(bytes: bytes), context: TranslationContext(envelope: envelope),
                                         diagnostics: &diagnostics)
        guard case .consumption(let consumption) = try #require(documents.first) else { return }
        #expect(consumption.kind == .usage)
        #expect(consumption.lines.map(\.quantity) == [Quantity(2, "EA")])
        #expect(throws: TranslationError.self) {
            try parser.parse(Payload(bytes: bytes), context: TranslationContext(), diagnostics: &diagnostics)
        }
        let unknown = Envelope(format: try FormatID(parsing: "csv:nope"), sender: nil, receiver: nil,
                               controlNumbers: ControlNumbers())
        do {
            _ = try parser.parse(Payload(bytes: bytes), context: TranslationContext(envelope: unknown),
                                 diagnostics: &diagnostics)
            Issue.record("an unknown layout must throw")
        } catch {
            #expect(error.code == .csvLayoutUnknown)
        }
    }

    @Test func anEmptyFileGivesNoDocument() throws {
        let (documents, diagnostics) = try F.parse([], layout: try F.builtIn("order-lines"))
        #expect(documents.isEmpty)
        #expect(F.codes(diagnostics) == ["csv.file.empty"])
        let header = Array("po_number,quantity,unit\r\n".utf8)
        let (headerOnly, none) = try F.parse(header, layout: try F.builtIn("order-lines"))
        #expect(headerOnly.isEmpty)
        #expect(none.all.isEmpty)
    }

    @Test func anOrderKeepsQuantitiesUnitsPricesAndIdentifiersThroughCSV() throws {
        let order = Order(
            orderNumber: "PO-88231", orderDate: try CanonicalDate(year: 2026, month: 11, day: 20), type: .standard,
            currency: .usd,
            parties: [
                Party(role: .buyer, name: "Example Hospital",
                      identifiers: [PartyIdentifier(system: .gln, value: "0614141000012")]),
                Party(role: .seller, name: "Acme"),
            ],
            lines: [
                OrderLine(lineNumber: "1", itemIdentifiers: [ItemIdentifier(kind: .vendorPart, value: "AC-100"),
                                                            ItemIdentifier(kind: .buyerPart, value: "H-1"),
                                                            ItemIdentifier(kind: .gtin, value: "10614141000415")],
                          description: "Gauze", quantity: Quantity(10, .box), price: Price(Decimal(string: "45.50")!)),
                OrderLine(lineNumber: "2", itemIdentifiers: [ItemIdentifier(kind: .vendorPart, value: "AC-300"),
                                                            ItemIdentifier(kind: .ndc, value: "0409-4888-01")],
                          quantity: Quantity(Decimal(string: "0.125")!, .each),
                          price: Price(Decimal(string: "310.2500001")!, basis: .contract)),
            ])
        let layout = try F.builtIn("order-lines")
        let (bytes, _) = try F.serialize([.order(order)], layout: layout)
        let (documents, diagnostics) = try F.parse(bytes, layout: layout)
        #expect(diagnostics.all.isEmpty)
        #expect(documents == [.order(order)])
    }
}
