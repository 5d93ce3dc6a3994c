import Canonical
import Foundation
import X12

/// Writes canonical freight terms and transport details as FOB, TD1, TD3, TD5, CAD and ISS.
struct X12TransportWriter {
    let codes: X12CanonicalCodes

    func freightTerms(_ terms: FreightTerms) -> X12OutputSegment {
        let code = terms.paymentMethod.flatMap {
            X12CanonicalCodes.code(for: $0.rawValue, in: self.codes.freightPaymentMethods, keeping: terms.sourceCode)
        } ?? terms.sourceCode ?? "DF"
        return X12OutputSegment("FOB", X12Elements.trimmed([
            X12Element(code), X12Elements.text(terms.locationQualifier), X12Elements.text(terms.location),
            X12Elements.text(terms.termsQualifier), X12Elements.text(terms.terms),
            X12Elements.text(terms.titleLocationQualifier), X12Elements.text(terms.titleLocation),
            X12Elements.text(terms.riskOfLoss), X12Elements.text(terms.riskOfLossDescription),
        ]))
    }

    /// The TD1, TD5 and TD3 segments of several transports, in the standard's order: every TD1, then every TD5, then
    /// every TD3.
    func transports(_ transports: [ShipmentTransport]) -> [X12OutputSegment] {
        let segments = transports.map(self.transport)
        return ["TD1", "TD5", "TD3"].flatMap { tag in segments.flatMap { $0.filter { $0.tag == tag } } }
    }

    /// The TD1, TD5 and TD3 segments of a transport, each only when it has something to say.
    func transport(_ transport: ShipmentTransport) -> [X12OutputSegment] {
        var segments: [X12OutputSegment] = []
        if transport.packagingCode != nil || transport.packageCount != nil || transport.grossWeight != nil
            || transport.volume != nil {
            segments.append(X12OutputSegment("TD1", X12Elements.trimmed([
                // TD101 and TD102 come as a pair: packages counted without a packaging code are cartons.
                X12Elements.text(transport.packagingCode ?? (transport.packageCount == nil ? nil : "CTN")),
                X12Elements.text(transport.packageCount.map(String.init)),
                "", "", "", transport.grossWeight == nil ? "" : "G", X12Elements.decimal(transport.grossWeight?.value),
                X12Elements.text(transport.grossWeight?.unit.rawValue), X12Elements.decimal(transport.volume?.value),
                X12Elements.text(transport.volume?.unit.rawValue),
            ])))
        }
        if transport.carrierCode != nil || transport.carrierName != nil || transport.method != nil
            || transport.serviceLevel != nil || transport.routingSequence != nil || transport.statusCode != nil {
            let qualifier = transport.carrierQualifier ?? (transport.carrierCode == nil ? nil : "2")
            segments.append(X12OutputSegment("TD5", X12Elements.trimmed([
                X12Elements.text(transport.routingSequence), X12Elements.text(qualifier),
                X12Elements.text(transport.carrierCode), X12Elements.text(transport.method),
                X12Elements.text(transport.carrierName), X12Elements.text(transport.statusCode), "", "", "", "", "",
                X12Elements.text(transport.serviceLevel),
            ])))
        }
        if transport.equipmentType != nil || transport.equipmentInitial != nil || transport.equipmentNumber != nil
            || transport.sealNumber != nil {
            segments.append(X12OutputSegment("TD3", X12Elements.trimmed([
                X12Elements.text(transport.equipmentType), X12Elements.text(transport.equipmentInitial),
                X12Elements.text(transport.equipmentNumber), "", "", "", "", "", X12Elements.text(transport.sealNumber),
            ])))
        }
        return segments
    }

    func carrierDetail(_ transport: ShipmentTransport) -> X12OutputSegment {
        X12OutputSegment("CAD", X12Elements.trimmed([
            X12Elements.text(transport.method), X12Elements.text(transport.equipmentInitial),
            X12Elements.text(transport.equipmentNumber), X12Elements.text(transport.carrierCode),
            X12Elements.text(transport.carrierName), X12Elements.text(transport.statusCode), "", "",
            X12Elements.text(transport.serviceLevel),
        ]))
    }

    func shipmentSummary(_ summary: ShipmentSummary) -> X12OutputSegment {
        X12OutputSegment("ISS", X12Elements.trimmed([
            X12Elements.decimal(summary.units?.value), X12Elements.text(summary.units?.unit.rawValue),
            X12Elements.decimal(summary.weight?.value), X12Elements.text(summary.weight?.unit.rawValue),
            X12Elements.decimal(summary.volume?.value), X12Elements.text(summary.volume?.unit.rawValue),
        ]))
    }
}
