import Foundation
import Testing

@testable import Canonical

@Suite("Canonical decimals")
struct CanonicalDecimalTests {
    static func money(_ json: String) throws -> Money {
        try JSONDecoder().decode(Money.self, from: Data(json.utf8))
    }

    static func json(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    @Test("0.1 + 0.2 is exactly 0.3")
    func noBinaryFloatingPoint() throws {
        let sum = try Self.money(#"{"amount": "0.1"}"#).amount + Self.money(#"{"amount": "0.2"}"#).amount
        #expect(sum == DecimalText.parse("0.3"))
        #expect(try Self.json(Money(sum)) == #"{"amount":"0.3"}"#)
    }

    @Test("Long decimals round-trip exactly", arguments: [
        "12345678901234567890.12345",
        "-12345678901234567890.12345",
        "99999999999999999999999999999999999999",
        "0.00000000000000000000000000000000000001",
        "1234567890123456789012345678901234567890",
    ])
    func exactRoundTrip(text: String) throws {
        let quantity = try JSONDecoder().decode(Quantity.self, from: Data(#"{"value": "\#(text)", "unit": "EA"}"#.utf8))
        #expect(quantity.value.description == text)
        #expect(try Self.json(quantity) == #"{"unit":"EA","value":"\#(text)"}"#)
    }

    @Test("Decimal text is written in its shortest form", arguments: [
        ("12.50", "12.5"),
        ("007", "7"),
        ("-0", "0"),
        ("-0.000", "0"),
        ("100", "100"),
        ("0.000001", "0.000001"),
        ("-45.10", "-45.1"),
    ])
    func shortestForm(input: String, written: String) throws {
        let value = try #require(DecimalText.parse(input))
        #expect(DecimalText.format(value) == written)
    }

    @Test("Text that is not exact decimal text is rejected", arguments: [
        "", "-", "abc", "12abc", "12.5O", " 12", "12 ", "1.", ".5", "+1", "--1", "1e5", "1E5", "1,5", "1_000",
        "0x10", "NaN", "Infinity", "١٢", "999999999999999999999999999999999999999",
    ])
    func rejected(text: String) throws {
        #expect(DecimalText.parse(text) == nil)
        let json = #"{"amount": "\#(text)"}"#
        let error = #expect(throws: DecodingError.self) { try Self.money(json) }
        guard case .dataCorrupted(let context) = error else {
            Issue.record("expected dataCorrupted")
            return
        }
        #expect(context.codingPath.map(\.stringValue) == ["amount"])
        #expect(text.count < 3 || !context.debugDescription.contains(text))
    }

    @Test("Percentages and conversion factors are decimal strings too")
    func otherDecimals() throws {
        let charge = AllowanceCharge(indicator: .allowance, percent: DecimalText.parse("2.5"))
        #expect(try Self.json(charge) == #"{"indicator":"allowance","percent":"2.5"}"#)
        let level = PackagingLevel(unit: .case, conversionFactor: DecimalText.parse("0.25")!)
        #expect(try Self.json(level) == #"{"conversionFactor":"0.25","unit":"CA"}"#)
        let terms = PaymentTerms(discountPercent: DecimalText.parse("1.75"), netDays: 30)
        #expect(try Self.json(terms) == #"{"discountPercent":"1.75","netDays":30}"#)
    }
}
