import Canonical
import Foundation
import PropertyBased
import Testing
import WharfCore
@testable import FlatFile

/// Whatever the bytes, reading and mapping end without a crash, and every problem of a record is located.
@Suite struct BadInputTests {
    private typealias F = FlatFileFixtures

    /// Bytes biased towards what matters to the tokenizer: delimiters, quotes, line breaks, NUL, high bytes.
    static let byte = Gen<UInt8?>.element(of: Array(",;\t|\"\\\r\n\0 aZ09.-".utf8) + [0xC3, 0xA9, 0xFF, 0xFE, 0xEF])
        .map { $0 ?? 0x61 }
    static let input = Self.byte.array(of: 0...200)

    @Test func anyBytesReadThroughEveryBuiltInLayoutWithoutCrashing() async {
        let layouts = CSVLayoutCatalog.builtIn.layouts
        await propertyCheck(count: 300, input: Self.input) { bytes in
            for layout in layouts {
                var diagnostics = Diagnostics()
                do {
                    _ = try CSVCanonicalParser(layout: layout).parse(Payload(bytes: bytes), layout: layout,
                                                                     diagnostics: &diagnostics)
                } catch let error as TranslationError {
                    #expect(error.code == .csvLayoutMissingColumn)
                } catch {
                    Issue.record("unexpected error")
                }
                for diagnostic in diagnostics where diagnostic.code != .csvFileEmpty {
                    #expect(diagnostic.location != nil, "\(diagnostic.text)")
                }
            }
            let whole = F.events(bytes, chunk: bytes.count)
            #expect(F.events(bytes, chunk: 1) == whole)
        }
    }

    @Test func garbageWithAValidHeaderGivesLocatedErrorsOnly() async {
        guard let layout = CSVLayoutCatalog.builtIn.layout(named: "order-lines") else { return }
        await propertyCheck(count: 200, input: Self.input) { bytes in
            let input = Array("po_number,quantity,unit,unit_price,po_date\n".utf8) + bytes
            var diagnostics = Diagnostics()
            let documents = (try? CSVCanonicalParser(layout: layout).parse(Payload(bytes: input), layout: layout,
                                                                           diagnostics: &diagnostics)) ?? []
            for diagnostic in diagnostics {
                #expect(F.csvLocation(diagnostic) != nil, "\(diagnostic.text)")
            }
            for document in documents {
                guard case .order(let order) = document else {
                    Issue.record("not an order")
                    continue
                }
                #expect(!order.orderNumber.isEmpty)
            }
        }
    }

    @Test(arguments: [
        ("quoted header with control characters", "\"\t\n\u{0B}\u{0C}\r start \",b,c\nd,e,f\n", 2, 0),
        ("short row", "a,b,c\n,\n", 2, 1),
        ("null markers", "a,b,c,d,e,f\n,NA,N/A,NONE,NULL,.\n", 2, 0),
        ("locale numbers", "a,b,c\n\"1,7\",\"200.000.000\",\n", 2, 0),
        ("semicolons with quoted decimal commas",
         "\"GTIN\";\"Price\";\"From\"\r\n8712345678906;\"30,00\";\"       30-06-2008\"\r\n", 2, 0),
    ])
    func edgeShapesAreRead(name: String, text: String, records: Int, diagnostics: Int) {
        let result = CSVReader.read(Array(text.utf8))
        #expect(result.records.count == records, "\(name)")
        #expect(result.diagnostics.count == diagnostics, "\(name)")
    }
}
