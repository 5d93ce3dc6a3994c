import Foundation

@testable import Canonical

/// Fully populated sample documents, one per kind, for round-trip tests.
enum CanonicalFixtures {
    /// Exact decimal from text; fixtures only use valid literals.
    static func decimal(_ text: String) -> Decimal {
        DecimalText.parse(text)!
    }

    static func day(_ year: Int, _ month: Int, _ day: Int) throws -> CanonicalDate {
        try CanonicalDate(year: year, month: month, day: day)
    }

    static let buyer = Party(
        role: .buyer,
        name: "Main Hospital",
        identifiers: [
            PartyIdentifier(system: .gln, value: "0614141000012", qualifier: "UL"),
            PartyIdentifier(system: .buyerAssigned, value: "H-01", qualifier: "92"),
        ],
        address: Address(lines: ["100 Main St", "Dock 3"], city: "Springfield", region: "IL",
                         postalCode: "62701", country: "US"),
        contacts: [Contact(function: .buyer, name: "Pat Buyer", phone: "217-555-0100", email: "pat@example.org",
                           fax: "217-555-0101")]
    )

    static let seller = Party(role: .seller, name: "Acme Medical", identifiers: [
        PartyIdentifier(system: .duns, value: "123456789", qualifier: "1"),
    ])

    static let gloves = [
        ItemIdentifier(kind: .vendorPart, value: "AC-100", qualifier: "VC"),
        ItemIdentifier(kind: .gtin, value: "10614141000415", qualifier: "UK"),
    ]

    /// A small order whose exact JSON is pinned by a golden test.
    static func smallOrder() throws -> Order {
        Order(
            orderNumber: "PO-1001",
            orderDate: try day(2024, 3, 5),
            type: .standard,
            currency: .usd,
            parties: [Party(role: .shipTo, name: "Dock 3/West", identifiers: [
                PartyIdentifier(system: .gln, value: "0614141000012", qualifier: "UL"),
            ])],
            lines: [
                OrderLine(
                    lineNumber: "1",
                    itemIdentifiers: [ItemIdentifier(kind: .vendorPart, value: "AC-100", qualifier: "VC")],
                    quantity: Quantity(decimal("10"), .box),
                    price: Price(Money(decimal("45.50")), basis: .contract),
                    dates: [QualifiedDate(kind: .requestedDelivery, date: try day(2024, 3, 8), qualifier: "002")]
                ),
            ]
        )
    }

    static func order() throws -> Order {
        Order(
            orderNumber: "PO-1001",
            orderDate: try day(2024, 3, 5),
            purpose: .original,
            type: .billOnly,
            currency: .usd,
            parties: [buyer, seller],
            references: [Reference(kind: .costCenter, value: "7010", qualifier: "DP", description: "Cath lab")],
            dates: [QualifiedDate(kind: .cancelAfter, date: try day(2024, 4, 1))],
            paymentTerms: [PaymentTerms(type: .basic, basisDate: .invoiceDate, discountPercent: decimal("2"),
                                        discountDays: 10, netDays: 30)],
            allowancesCharges: [AllowanceCharge(indicator: .charge, code: "D240", amount: Money(decimal("12.00")),
                                                description: "Freight")],
            taxes: [Tax(type: .state, sourceCode: "ST", percent: decimal("6.25"), jurisdiction: "IL")],
            totalAmount: Money(decimal("467.00"), .usd),
            notes: [Note("Deliver to dock 3", code: "DEL")],
            lines: [
                OrderLine(lineNumber: "1", itemIdentifiers: gloves, description: "Exam gloves, nitrile, M",
                          quantity: Quantity(decimal("10"), .box),
                          price: Price(Money(decimal("45.5")), per: Quantity(decimal("1"), .box), basis: .contract),
                          references: [Reference(kind: .contract, value: "GPO-2024-118", qualifier: "CT")],
                          parties: [Party(role: .manufacturer, name: "Glove Co")]),
                OrderLine(lineNumber: "2", quantity: Quantity(decimal("0.5"), "CS"),
                          price: Price(decimal("1200"), .usd, per: Quantity(decimal("100"), .each)),
                          dates: [QualifiedDate(kind: .shipNotBefore, date: try day(2024, 3, 6))],
                          allowancesCharges: [AllowanceCharge(indicator: .allowance, percent: decimal("5"))],
                          taxes: [Tax(type: .valueAdded, percent: decimal("20"))],
                          notes: [Note("Latex free")]),
            ]
        )
    }

    static func orderResponse() throws -> OrderResponse {
        OrderResponse(
            orderNumber: "PO-1001",
            orderDate: try day(2024, 3, 5),
            responseNumber: "SO-88",
            responseDate: try CanonicalDate(year: 2024, month: 3, day: 5, hour: 16, minute: 2),
            purpose: .original,
            type: .acceptedWithChanges,
            sourceCode: "AC",
            currency: .usd,
            parties: [seller],
            references: [Reference(kind: .vendorOrder, value: "SO-88")],
            dates: [QualifiedDate(kind: .promisedDelivery, date: try day(2024, 3, 9))],
            notes: [Note("Partial backorder")],
            lines: [
                OrderResponseLine(
                    lineNumber: "1",
                    itemIdentifiers: gloves,
                    description: "Exam gloves",
                    orderedQuantity: Quantity(decimal("10"), .box),
                    orderedPrice: Price(Money(decimal("45.50"))),
                    statuses: [
                        LineStatusDetail(status: .accepted, sourceCode: "IA", quantity: Quantity(decimal("6"), .box)),
                        LineStatusDetail(
                            status: .backordered, sourceCode: "IB", quantity: Quantity(decimal("4"), .box),
                            date: QualifiedDate(kind: .estimatedDelivery, date: try day(2024, 3, 15), qualifier: "017")
                        ),
                        LineStatusDetail(status: .substituted, itemIdentifiers: [
                            ItemIdentifier(kind: .vendorPart, value: "AC-101"),
                        ]),
                    ],
                    confirmedQuantity: Quantity(decimal("10"), .box),
                    confirmedPrice: Price(Money(decimal("44.75")), basis: .contract),
                    dates: [QualifiedDate(kind: .promisedShip, date: try day(2024, 3, 6))],
                    references: [Reference(kind: .contract, value: "GPO-2024-118")],
                    notes: [Note("Substitute offered")]
                ),
            ]
        )
    }

    static func shipNotice() throws -> ShipNotice {
        let item = PackingLevel(
            kind: .item, lineNumber: "1", itemIdentifiers: gloves, description: "Exam gloves",
            quantityShipped: Quantity(decimal("6"), .box), quantityOrdered: Quantity(decimal("10"), .box),
            lot: "L2405A", serialNumbers: ["SN1", "SN2"], expirationDate: try CanonicalDate(year: 2026, month: 5),
            manufactureDate: try day(2024, 1, 15)
        )
        return ShipNotice(
            shipmentNumber: "SHP-77",
            noticeDate: try CanonicalDate(iso8601: "2024-03-06T08:15:00-06:00"),
            purpose: .original,
            parties: [seller, buyer],
            references: [Reference(kind: .billOfLading, value: "BOL-1", qualifier: "BM")],
            dates: [QualifiedDate(kind: .shipped, date: try day(2024, 3, 6), qualifier: "011")],
            transport: ShipmentTransport(carrierCode: "UPSN", carrierName: "UPS", method: "M", serviceLevel: "ground",
                                         grossWeight: Quantity(decimal("12.5"), "LB"), packageCount: 1),
            notes: [Note("Keep dry", code: "HAN")],
            levels: [
                PackingLevel(kind: .order, references: [Reference(kind: .purchaseOrder, value: "PO-1001")],
                             dates: [QualifiedDate(kind: .other, date: try day(2024, 3, 5), qualifier: "004")],
                             parties: [Party(role: "markFor", name: "Cath lab")],
                             children: [
                                 PackingLevel(kind: .tare, sscc: "006141410000000019", children: [
                                     PackingLevel(kind: .pack, sscc: "106141411234567897", children: [item]),
                                 ]),
                             ]),
            ]
        )
    }

    static func invoice() throws -> Invoice {
        Invoice(
            invoiceNumber: "INV-5001",
            invoiceDate: try day(2024, 3, 7),
            purpose: .original,
            type: .invoice,
            orderNumber: "PO-1001",
            orderDate: try day(2024, 3, 5),
            currency: .usd,
            parties: [Party(role: .remitTo, name: "Acme Medical Lockbox")],
            references: [Reference(kind: .billOfLading, value: "BOL-1")],
            dates: [QualifiedDate(kind: .shipped, date: try day(2024, 3, 6))],
            paymentTerms: [PaymentTerms(type: .basic, sourceCode: "01", discountPercent: decimal("2"),
                                        discountDueDate: try day(2024, 3, 17), discountAmount: Money(decimal("5.37")),
                                        netDueDate: try day(2024, 4, 6), description: "2% 10 Net 30")],
            allowancesCharges: [AllowanceCharge(indicator: .allowance, code: "C310", amount: Money(decimal("5")),
                                                percent: decimal("1.5"), basis: Money(decimal("268.50")))],
            taxes: [Tax(type: .sales, amount: Money(decimal("16.78")), percent: decimal("6.25"),
                        basis: Money(decimal("268.5")))],
            totals: InvoiceTotals(totalAmount: Money(decimal("280.28"), .usd), lineAmount: Money(decimal("268.50")),
                                  allowanceAmount: Money(decimal("5")), chargeAmount: Money(decimal("0")),
                                  taxAmount: Money(decimal("16.78")),
                                  amountSubjectToDiscount: Money(decimal("268.50")),
                                  discountedAmount: Money(decimal("274.91"))),
            notes: [Note("Thank you")],
            lines: [
                InvoiceLine(lineNumber: "1", itemIdentifiers: gloves, quantity: Quantity(decimal("6"), .box),
                            price: Price(Money(decimal("44.75"))), amount: Money(decimal("268.50")),
                            orderedQuantity: Quantity(decimal("10"), .box), orderLineNumber: "1",
                            dates: [QualifiedDate(kind: .delivered, date: try day(2024, 3, 7))],
                            references: [Reference(kind: .shipment, value: "SHP-77")]),
                InvoiceLine(lineNumber: "2", description: "Restocking", quantity: Quantity(decimal("1"), .each),
                            allowancesCharges: [AllowanceCharge(indicator: .charge, amount: Money(decimal("0")))],
                            taxes: [Tax(type: .sales, amount: Money(decimal("0")))], notes: [Note("No charge")]),
            ]
        )
    }

    static func itemMaster() throws -> ItemMaster {
        ItemMaster(
            catalogNumber: "ACME-2024-Q1",
            issueDate: try CanonicalDate(year: 2024),
            purpose: .replace,
            currency: .usd,
            parties: [seller],
            references: [Reference(kind: .contract, value: "GPO-2024-118")],
            dates: [QualifiedDate(kind: .effective, date: try day(2024, 1, 1))],
            notes: [Note("Quarterly update")],
            items: [
                ItemMasterItem(
                    identifiers: gloves,
                    description: "Exam gloves, nitrile, M",
                    status: .active,
                    baseUnit: .each,
                    packaging: [
                        PackagingLevel(unit: .each, conversionFactor: decimal("1")),
                        PackagingLevel(unit: .box, conversionFactor: decimal("100"), identifiers: [gloves[1]],
                                       price: Price(Money(decimal("45.50"))), isOrderable: true),
                        PackagingLevel(unit: .case, conversionFactor: decimal("1000"), isOrderable: false),
                    ],
                    prices: [Price(Money(decimal("0.455")), per: Quantity(decimal("1"), .each), basis: .list)],
                    vendor: seller,
                    manufacturer: Party(role: .manufacturer, name: "Glove Co"),
                    dates: [QualifiedDate(kind: .expiration, date: try day(2024, 12, 31))],
                    references: [Reference(kind: .contract, value: "GPO-2024-118")],
                    notes: [Note("Powder free")]
                ),
                ItemMasterItem(identifiers: [ItemIdentifier(kind: .udiDI, value: "00614141999996")],
                               status: "recalled"),
            ]
        )
    }

    static func consumption() throws -> Consumption {
        Consumption(
            kind: .charge,
            transactionNumber: "T-42",
            date: try CanonicalDate(year: 2024, month: 3, day: 5, hour: 9, minute: 41, second: 7,
                                    fractionDigits: "250", utcOffsetMinutes: 0),
            location: "OR-CAB-2",
            department: "Surgery",
            patient: PatientReference(patientID: "MRN0001", assigningAuthority: "MAIN", visitID: "V123",
                                      accountNumber: "A999"),
            parties: [Party(role: .requester, name: "Dr. Surgeon")],
            references: [Reference(kind: .costCenter, value: "7010")],
            notes: [Note("Case 17")],
            lines: [
                ConsumptionLine(
                    lineNumber: "1",
                    itemIdentifiers: [ItemIdentifier(kind: .chargeCode, value: "2720001")],
                    description: "Stent, coronary",
                    quantity: Quantity(decimal("1"), .each),
                    price: Price(Money(decimal("1250.00"))),
                    amount: Money(decimal("1250")),
                    lot: "LOT9",
                    serialNumbers: ["S-1"],
                    expirationDate: try day(2027, 1, 31),
                    references: [Reference(kind: .other, value: "PROC-9", qualifier: "ZZ")],
                    notes: [Note("Implant")]
                ),
                ConsumptionLine(itemIdentifiers: gloves, quantity: Quantity(decimal("-2"), .each),
                                date: try CanonicalDate(year: 2024, month: 3, day: 5, hour: 11)),
            ]
        )
    }

    /// One document of each kind.
    static func allKinds() throws -> [CanonicalDocument] {
        [
            .order(try orderWithLogistics()),
            .orderResponse(try orderResponseWithSchedules()),
            .shipNotice(try shipNoticeWithPackaging()),
            .invoice(try invoiceWithLogistics()),
            .itemMaster(try itemMaster()),
            .consumption(try consumption()),
            .functionalAcknowledgment(try functionalAcknowledgment()),
        ]
    }
}
