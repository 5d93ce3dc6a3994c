import Canonical
import Foundation
import X12

/// Writes canonical item details of a line as CTP, PO3, MEA, PO4 and SCH.
struct X12ItemDetailWriter {
    let codes: X12CanonicalCodes

    func priceDetail(_ detail: PriceDetail) -> X12OutputSegment {
        X12OutputSegment("CTP", X12Elements.trimmed([
            X12Elements.text(detail.classOfTrade), X12Elements.text(detail.identifier),
            X12Elements.decimal(detail.price?.amount), X12Elements.decimal(detail.price?.per?.value),
            X12Elements.unit(detail.price?.per), X12Elements.text(detail.multiplierQualifier),
            X12Elements.decimal(detail.multiplier), X12Elements.decimal(detail.amount?.amount),
        ]))
    }

    /// CTP segments, each followed by a CUR when its price is in another currency than the line's.
    func priceDetails(_ details: [PriceDetail], lineCurrency: CurrencyCode?) -> [X12OutputSegment] {
        details.flatMap { detail -> [X12OutputSegment] in
            var segments = [self.priceDetail(detail)]
            if let currency = detail.price?.currency ?? detail.amount?.currency, currency != lineCurrency {
                segments.append(X12OutputSegment("CUR", ["BY", X12Element(currency.rawValue)]))
            }
            return segments
        }
    }

    func additionalDetail(_ detail: AdditionalItemDetail) -> X12OutputSegment {
        X12OutputSegment("PO3", X12Elements.trimmed([
            X12Elements.text(detail.changeReason), X12Elements.date(detail.date),
            X12Elements.text(detail.priceIdentifier), X12Elements.decimal(detail.price?.amount),
            X12Elements.text(detail.price?.basis?.rawValue), X12Elements.decimal(detail.quantity?.value),
            X12Elements.text(detail.quantity?.unit.rawValue), X12Elements.text(detail.description),
        ]))
    }

    func measurement(_ measurement: ItemMeasurement) -> X12OutputSegment {
        X12OutputSegment("MEA", X12Elements.trimmed([
            X12Elements.text(measurement.referenceCode), X12Elements.text(measurement.qualifier),
            X12Elements.decimal(measurement.value),
            measurement.unit.map { X12Element(components: [$0.rawValue]) } ?? .empty,
            X12Elements.decimal(measurement.minimum), X12Elements.decimal(measurement.maximum),
        ]))
    }

    func packaging(_ packaging: Packaging) -> X12OutputSegment {
        let dimensionUnit = packaging.length?.unit ?? packaging.width?.unit ?? packaging.height?.unit
        return X12OutputSegment("PO4", X12Elements.trimmed([
            X12Elements.decimal(packaging.pack), X12Elements.decimal(packaging.size?.value),
            X12Elements.text(packaging.size?.unit.rawValue), X12Elements.text(packaging.packagingCode),
            X12Elements.text(packaging.weightQualifier), X12Elements.decimal(packaging.weight?.value),
            X12Elements.text(packaging.weight?.unit.rawValue), X12Elements.decimal(packaging.volume?.value),
            X12Elements.text(packaging.volume?.unit.rawValue), X12Elements.decimal(packaging.length?.value),
            X12Elements.decimal(packaging.width?.value), X12Elements.decimal(packaging.height?.value),
            X12Elements.text(dimensionUnit?.rawValue), X12Elements.decimal(packaging.innerPack),
        ]))
    }

    func schedule(_ schedule: DeliverySchedule, common: X12CommonWriter) -> X12OutputSegment {
        var elements = [
            X12Elements.decimal(schedule.quantity.value), X12Element(schedule.quantity.unit.rawValue),
            X12Elements.text(schedule.entityCode), X12Elements.text(schedule.name),
        ]
        for index in 0..<2 {
            guard index < schedule.dates.count else {
                elements += [.empty, .empty, .empty]
                continue
            }
            let date = schedule.dates[index]
            elements += [X12Element(common.dateQualifier(date)), X12Elements.date(date.date),
                         X12Element(X12Format.time(date.date) ?? "")]
        }
        elements += [X12Elements.text(schedule.requestReference), X12Elements.text(schedule.scheduleID)]
        return X12OutputSegment("SCH", X12Elements.trimmed(elements))
    }
}
