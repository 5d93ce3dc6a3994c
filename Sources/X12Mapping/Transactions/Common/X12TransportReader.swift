import Canonical
import Foundation
import X12

/// Reads freight terms and transport segments (FOB, TD1, TD3, TD5, CAD, ISS) into canonical values.
struct X12TransportReader {
    let codes: X12CanonicalCodes

    /// FOB: payment method, location, transportation terms, title location, risk of loss.
    func freightTerms(_ fields: X12Fields) -> FreightTerms {
        let code = fields.text(1)
        return FreightTerms(
            paymentMethod: code.map { FreightPaymentMethod(rawValue: self.codes.freightPaymentMethods[$0] ?? "other") },
            sourceCode: code, locationQualifier: fields.text(2), location: fields.text(3),
            termsQualifier: fields.text(4), terms: fields.text(5), titleLocationQualifier: fields.text(6),
            titleLocation: fields.text(7), riskOfLoss: fields.text(8), riskOfLossDescription: fields.text(9))
    }

    /// TD5: routing sequence, carrier id (qualifier and code), method, routing text, status, service level.
    func carrier(_ fields: X12Fields, into transport: inout ShipmentTransport) {
        transport.routingSequence = fields.text(1)
        transport.carrierQualifier = fields.text(2)
        transport.carrierCode = fields.text(3)
        transport.method = fields.text(4)
        transport.carrierName = fields.text(5)
        transport.statusCode = fields.text(6)
        transport.serviceLevel = fields.text(12)
    }

    /// TD1: packaging code, lading quantity, gross weight, volume.
    func lading(_ fields: X12Fields, into transport: inout ShipmentTransport) {
        transport.packagingCode = fields.text(1)
        transport.packageCount = fields.text(2).flatMap { Int($0) }
        transport.grossWeight = fields.quantity(7, unit: 8, defaultUnit: "LB")
        transport.volume = fields.quantity(9, unit: 10, defaultUnit: "CF")
    }

    /// TD3: equipment type, initial, number, seal number.
    func equipment(_ fields: X12Fields, into transport: inout ShipmentTransport) {
        transport.equipmentType = fields.text(1)
        transport.equipmentInitial = fields.text(2)
        transport.equipmentNumber = fields.text(3)
        transport.sealNumber = fields.text(9)
    }

    /// CAD (810): method, equipment initial and number, SCAC, routing, status, service level.
    func carrierDetail(_ fields: X12Fields) -> ShipmentTransport {
        return ShipmentTransport(
            carrierCode: fields.text(4), carrierName: fields.text(5), method: fields.text(1),
            statusCode: fields.text(6), serviceLevel: fields.text(9), equipmentInitial: fields.text(2),
            equipmentNumber: fields.text(3))
    }

    /// ISS (810): units shipped, weight, volume.
    func shipmentSummary(_ fields: X12Fields) -> ShipmentSummary {
        return ShipmentSummary(units: fields.quantity(1, unit: 2), weight: fields.quantity(3, unit: 4, defaultUnit: "LB"),
                               volume: fields.quantity(5, unit: 6, defaultUnit: "CF"))
    }
}
