import Foundation

@testable import Canonical

/// Freight terms, transports, packaging, measurements, further prices and schedules, added to the fixtures so that
/// every member of those values is written by some fixture (the schema test checks it).
extension CanonicalFixtures {
    static func freightTerms() -> FreightTerms {
        FreightTerms(paymentMethod: .prepaid, sourceCode: "PP", locationQualifier: "DE", location: "Dock 3",
                     termsQualifier: "01", terms: "DDP", titleLocationQualifier: "DE", titleLocation: "Dock 3",
                     riskOfLoss: "DE", riskOfLossDescription: "At the dock")
    }

    static func transport() -> ShipmentTransport {
        ShipmentTransport(routingSequence: "B", carrierQualifier: "2", carrierCode: "UPSN", carrierName: "UPS Ground",
                          method: "M", statusCode: "CC", serviceLevel: "ND", equipmentType: "TL",
                          equipmentInitial: "UPSN", equipmentNumber: "554433", sealNumber: "SEAL-1",
                          packagingCode: "CTN25", grossWeight: Quantity(decimal("42.5"), "LB"),
                          volume: Quantity(decimal("3.2"), "CF"), packageCount: 3)
    }

    static func packaging() -> Packaging {
        Packaging(pack: decimal("10"), size: Quantity(decimal("100"), .each), packagingCode: "CTN25",
                  weightQualifier: "G", weight: Quantity(decimal("1.2"), "LB"), volume: Quantity(decimal("0.4"), "CF"),
                  length: Quantity(decimal("12"), "IN"), width: Quantity(decimal("8"), "IN"),
                  height: Quantity(decimal("6.5"), "IN"), innerPack: decimal("5"))
    }

    static func measurement() -> ItemMeasurement {
        ItemMeasurement(referenceCode: "PD", qualifier: "WT", value: decimal("1.25"), unit: "LB",
                        minimum: decimal("1.2"), maximum: decimal("1.3"))
    }

    static func priceDetail() -> PriceDetail {
        PriceDetail(classOfTrade: "WS", identifier: "CON",
                    price: Price(decimal("45.50"), "USD", per: Quantity(decimal("1"), .box)),
                    multiplierQualifier: "DIS", multiplier: decimal("0.95"), amount: Money(decimal("455"), "USD"))
    }

    static func schedule() throws -> DeliverySchedule {
        DeliverySchedule(quantity: Quantity(decimal("6"), .box), entityCode: "ST", name: "Dock 3",
                         dates: [QualifiedDate(kind: .requestedDelivery, date: try day(2024, 3, 12), qualifier: "002")],
                         requestReference: "REQ-9", scheduleID: "1")
    }

    /// The order with every logistics value on the header and its first line.
    static func orderWithLogistics() throws -> Order {
        var order = try order()
        order.freightTerms = freightTerms()
        order.transports = [transport()]
        order.parties[0].references = [Reference(kind: .other, value: "ACCT-4410", qualifier: "11")]
        order.lines[0].priceDetails = [priceDetail()]
        order.lines[0].additionalDetails = [AdditionalItemDetail(
            changeReason: "PC", date: try day(2024, 3, 1), priceIdentifier: "CAT",
            price: Price(decimal("47"), "USD", basis: "PE"), quantity: Quantity(decimal("10"), .box),
            description: "Catalog price before the contract")]
        order.lines[0].measurements = [measurement()]
        order.lines[0].packaging = [packaging()]
        order.lines[0].schedules = [try schedule()]
        return order
    }

    static func orderResponseWithSchedules() throws -> OrderResponse {
        var response = try orderResponse()
        response.lines[0].schedules = [try schedule()]
        return response
    }

    static func shipNoticeWithPackaging() throws -> ShipNotice {
        var notice = try shipNotice()
        notice.transport = transport()
        notice.levels[0].packaging = [packaging()]
        notice.levels[0].measurements = [measurement()]
        return notice
    }

    static func invoiceWithLogistics() throws -> Invoice {
        var invoice = try invoice()
        invoice.freightTerms = freightTerms()
        invoice.transport = transport()
        invoice.shipmentSummaries = [ShipmentSummary(units: Quantity(decimal("2"), "CT"),
                                                     weight: Quantity(decimal("18.5"), "LB"),
                                                     volume: Quantity(decimal("1.5"), "CF"))]
        invoice.lines[0].priceDetails = [priceDetail()]
        return invoice
    }
}
