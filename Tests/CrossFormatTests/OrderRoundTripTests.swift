import Canonical
import FHIR
import Testing

@testable import FHIRMapping

/// An X12 850 taken to FHIR (R4 and R5) or to CSV and back to X12 keeps every line's number, quantity and unit,
/// unit price (amount, currency, basis) and item identifiers (kind and value), compared with the first reading of
/// the X12; and the X12 written after the FHIR trip is byte for byte the X12 written straight from the first
/// reading.
@Suite struct OrderRoundTripTests {
    private typealias F = CrossFormatFixtures

    @Test(arguments: F.orderExamples, FHIRRelease.allCases)
    func x12ThroughFHIRKeepsEveryLine(example: String, release: FHIRRelease) throws {
        let first = try F.ordersFromX12(try F.example(example))
        #expect(first.count == 1)
        #expect(!OrderLineFacts.of(first).isEmpty)
        let viaFHIR = try F.ordersFromFHIR(try F.fhir(first, release))
        let again = try F.ordersFromX12(try F.x12(viaFHIR))
        #expect(again.map(\.orderNumber) == first.map(\.orderNumber))
        #expect(OrderLineFacts.of(again) == OrderLineFacts.of(first))
    }

    /// The golden of the FHIR trip: its X12 is byte for byte the X12 written straight from the first reading,
    /// cut to what FHIR carries (`FHIRCarriedFields`, the list in specs/mappings/fhir.md). Against the uncut
    /// reading the bytes differ by design: FHIR has no element for order references (REF), totalAmount (AMT),
    /// terms, transport, notes, line price details, measurements, packaging, schedules…, nor R4 Location contacts.
    @Test(arguments: F.orderExamples, FHIRRelease.allCases)
    func x12AfterFHIRIsTheDirectX12OfWhatFHIRCarries(example: String, release: FHIRRelease) throws {
        let first = try F.ordersFromX12(try F.example(example))
        let carried = first.map { order -> Order in
            let kept = FHIRCarriedFields.carried(.order(order), release: release)
            guard case .order(let keptOrder) = kept else { return order }
            return keptOrder
        }
        let direct = String(decoding: try F.x12(carried), as: UTF8.self)
        let afterFHIR = String(decoding: try F.x12(try F.ordersFromFHIR(try F.fhir(first, release))), as: UTF8.self)
        #expect(afterFHIR == direct, "\n\(X12SegmentDifference(expected: direct, actual: afterFHIR))")
    }

    /// Through CSV every line keeps its number, quantity, unit, price (amount, basis and its own currency: line 2
    /// of 850-complete-order is priced in CAD in a USD order) and identifiers.
    @Test(arguments: F.orderExamples)
    func x12ThroughCSVKeepsEveryLine(example: String) throws {
        let first = try F.ordersFromX12(try F.example(example))
        let again = try F.ordersFromX12(try F.x12(try F.ordersFromCSV(try F.csv(first))))
        #expect(again.map(\.orderNumber) == first.map(\.orderNumber))
        #expect(OrderLineFacts.of(again) == OrderLineFacts.of(first))
        if example == "850-complete-order" {
            #expect(OrderLineFacts.of(first).contains { $0.priceCurrency != nil }, "the example has a line currency")
        }
    }
}
