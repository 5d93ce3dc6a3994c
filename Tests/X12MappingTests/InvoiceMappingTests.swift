import Canonical
import Foundation
import Testing
import WharfCore
import WharfTestSupport
import X12
@testable import X12Mapping

/// 810 invoices: implied decimals converted exactly, and the money adds up with no floating point on the path.
@Suite struct InvoiceMappingTests {
    private func invoice() throws -> Invoice {
        let bytes = Array(try Data(contentsOf: WharfProcess.repositoryRoot.appendingPathComponent("examples/x12/810-invoice.edi")))
        var diagnostics = Diagnostics()
        let documents = try X12CanonicalParser().parse(Payload(bytes: bytes), context: TranslationContext(),
                                                        diagnostics: &diagnostics)
        guard case .invoice(let invoice) = try #require(documents.first) else { throw CancellationError() }
        return invoice
    }

    @Test func moneyAddsUpExactly() throws {
        let invoice = try self.invoice()
        let lines = invoice.lines.reduce(Decimal(0)) { $0 + $1.quantity.value * ($1.price?.amount ?? 0) }
        let charges = invoice.allowancesCharges.reduce(Decimal(0)) {
            $0 + ($1.indicator == .charge ? 1 : -1) * ($1.amount?.amount ?? 0)
        }
        let taxes = invoice.taxes.reduce(Decimal(0)) { $0 + ($1.amount?.amount ?? 0) }
        #expect(lines == Decimal(string: "815"))
        #expect(charges == 15)
        #expect(taxes == Decimal(string: "67.24"))
        #expect(lines + charges + taxes == invoice.totals?.totalAmount.amount)
    }

    @Test func impliedDecimalsAndTerms() throws {
        let invoice = try self.invoice()
        #expect(invoice.totals?.totalAmount == Money(Decimal(string: "897.24")!, "USD"))
        #expect(invoice.allowancesCharges.first?.amount == Money(15, "USD"))
        #expect(invoice.paymentTerms.first?.discountPercent == 2)
        #expect(invoice.paymentTerms.first?.netDays == 30)
        #expect(invoice.type == .invoice)
        #expect(invoice.orderNumber == "PO-88231")
    }

    @Test(arguments: [("0", "0"), ("1", "0.01"), ("89724", "897.24"), ("-150", "-1.5"), ("123456789012", "1234567890.12")])
    func impliedTwoDecimalsBothWays(text: String, value: String) throws {
        let segment = X12Segment(bytes: Array("TDS*\(text)".utf8), delimiters: .standard)
        #expect(X12Values.implied(segment, 1, decimals: 2) == Decimal(string: value))
        #expect(X12Format.implied(Decimal(string: value)!, decimals: 2) == text)
    }
}
