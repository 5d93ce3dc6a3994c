import Foundation
import Store
import Testing
import WharfTestSupport
import X12Mapping

/// Expected acknowledgments: an order Wharf sends the vendor owes a 997 within 24 h and an 855 within 48 h (the
/// vendor's profile); what the vendor sends back settles them; what is late is listed.
@Suite struct AcknowledgmentTrackingTests {
    static let erp = "northwind-erp"
    static let vendor = "medsupply-vendor"

    @Test func anOrderSentOwesA997AndAn855UntilTheyArrive() async throws {
        let daemon = try DaemonHarness("ack-tracking")
        defer { daemon.folder.remove() }
        // The ERP's FHIR order (a Bundle of SupplyRequests) is routed to the vendor as an X12 850.
        try daemon.drop(try DaemonHarness.example("Tests/FHIRMappingTests/Goldens/850-hospital-order.R4.json"),
                        as: "order.json", for: Self.erp)
        try await daemon.step()
        let orders = daemon.outbox(Self.vendor).filter { $0.hasSuffix("-850.edi") }
        #expect(orders.count == 1)
        let order = try daemon.read(outbox: Self.vendor, try #require(orders.first))
        let group = try #require(order.split(separator: "~").first { $0.hasPrefix("\nGS*") || $0.hasPrefix("GS*") })
            .split(separator: "*")[6]
        let later = Date().addingTimeInterval(25 * 3600)
        #expect(try await daemon.store.overdueAcknowledgments(now: later).map(\.acknowledgment)
            == [AcknowledgmentKey(kind: "997", key: "GS06 \(Int(group)!)")])
        let muchLater = Date().addingTimeInterval(49 * 3600)
        #expect(try await daemon.store.overdueAcknowledgments(now: muchLater).map(\.acknowledgment.kind) == ["997", "855"])

        // The vendor's 997 for that group settles the first; its 855 for the purchase order settles the second.
        let report = try #require(X12InterchangeReport.reports(for: Array(order.utf8)).first)
        let ack = try X12AcknowledgmentWriter(date: "20261206", time: "1200", interchangeControlNumber: 901,
                                              groupControlNumber: 901).write(.functional997, for: report)
        try daemon.drop(ack, as: "997.edi", for: Self.vendor)
        try await daemon.step()
        #expect(try await daemon.store.overdueAcknowledgments(now: muchLater).map(\.acknowledgment.kind) == ["855"])
        let beginning = try #require(order.range(of: #"BEG\*00\*[A-Z]{2}\*[^*]+"#, options: .regularExpression))
        let number = String(order[beginning].split(separator: "*")[3])
        let response = String(decoding: try DaemonHarness.example("examples/x12/855-order-acknowledgment.edi"),
                              as: UTF8.self).replacingOccurrences(of: "PO-88231", with: number)
        try daemon.drop(Array(response.utf8), as: "855.edi", for: Self.vendor)
        try await daemon.step()
        #expect(try await daemon.store.overdueAcknowledgments(now: muchLater).isEmpty)
        let inbound = try await daemon.store.messages(matching: MessageFilter(direction: .inbound))
        #expect(inbound.first { $0.remote == "997.edi" }?.state == .translated, "a 997 without a route is reconciled")
    }
}
