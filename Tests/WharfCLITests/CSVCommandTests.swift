import Foundation
import Testing
import WharfTestSupport

/// CSV input named with `--from csv:LAYOUT`.
@Suite struct CSVCommandTests {
    static let confirmation = "examples/csv/lakeside-order-confirmation.csv"

    @Test func aCSVConfirmationBecomesAnX12OrderResponse() throws {
        let result = try WharfProcess.run(["translate", Self.confirmation, "--from", "csv:order-response-lines",
                                           "--to", "x12:855", "--at", "202612061200"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(Goldens.check(result.stdout, against: "Tests/WharfCLITests/Goldens/csv-order-response-lines.855.edi") == nil)
    }

    @Test func validateLocatesABadCellByRecordAndColumn() throws {
        let folder = try TemporaryFolder("csv-validate")
        defer { folder.remove() }
        let text = try String(contentsOfFile: WharfProcess.repositoryRoot.path + "/" + Self.confirmation, encoding: .utf8)
        let bad = try folder.write(text.replacingOccurrences(of: ",10,10,BX,", with: ",10,ten,BX,"), to: "bad.csv")
        let result = try WharfProcess.run(["validate", bad.path, "--from", "csv:order-response-lines"])
        #expect(result.status == 1)
        #expect(result.stdout.contains("error csv.value.not-a-number record 2, column 14 (confirmed_quantity): "
            + "line.confirmedQuantity must be a decimal number"), "\(result.stdout)")
        #expect(!result.stdout.contains("ten"))
    }

    @Test func theLayoutMustBeNamed() throws {
        let result = try WharfProcess.run(["validate", Self.confirmation, "--from", "csv"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("name the CSV layout: --from csv:LAYOUT (built in: consumption, invoice-lines"))
    }
}
