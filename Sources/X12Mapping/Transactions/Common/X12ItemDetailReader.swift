import Canonical
import Foundation
import X12

/// Reads the item detail segments of a line (CTP, PO3, MEA, PO4, SCH) into canonical values.
struct X12ItemDetailReader {
    let codes: X12CanonicalCodes

    /// CTP: class of trade, price identifier, unit price per quantity (CTP04, CTP05-1), multiplier, amount.
    func priceDetail(_ fields: X12Fields, currency: CurrencyCode?) -> PriceDetail {
        return PriceDetail(
            classOfTrade: fields.text(1), identifier: fields.text(2),
            price: fields.decimal(3).map { Price($0, currency, per: fields.quantity(4, unit: 5)) },
            multiplierQualifier: fields.text(6), multiplier: fields.decimal(7),
            amount: fields.decimal(8).map { Money($0, currency) })
    }

    /// PO3: change reason, date, price identifier, unit price and basis, quantity and unit, description.
    func additionalDetail(_ fields: X12Fields, currency: CurrencyCode?) -> AdditionalItemDetail {
        return AdditionalItemDetail(
            changeReason: fields.text(1), date: fields.date(2), priceIdentifier: fields.text(3),
            price: fields.decimal(4).map { Price($0, currency, basis: fields.text(5).map { PriceBasis(rawValue: $0) }) },
            quantity: fields.quantity(6, unit: 7), description: fields.text(8))
    }

    /// MEA: reference code, qualifier, value, unit (MEA04-1), range.
    func measurement(_ fields: X12Fields) -> ItemMeasurement {
        return ItemMeasurement(
            referenceCode: fields.text(1), qualifier: fields.text(2), value: fields.decimal(3),
            unit: fields.text(4, component: 1).map { UnitOfMeasure(rawValue: $0) },
            minimum: fields.decimal(5), maximum: fields.decimal(6))
    }

    /// PO4: pack, size and unit, packaging code, weight, volume, dimensions, inner pack.
    func packaging(_ fields: X12Fields) -> Packaging {
        return Packaging(
            pack: fields.decimal(1), size: fields.quantity(2, unit: 3), packagingCode: fields.text(4),
            weightQualifier: fields.text(5), weight: fields.quantity(6, unit: 7), volume: fields.quantity(8, unit: 9),
            length: fields.quantity(10, unit: 13), width: fields.quantity(11, unit: 13),
            height: fields.quantity(12, unit: 13), innerPack: fields.decimal(14))
    }

    /// SCH: quantity and unit, entity and name, one or two qualified dates, request reference, schedule id.
    func schedule(_ fields: X12Fields, common: X12CommonReader) -> DeliverySchedule {
        var schedule = DeliverySchedule(
            quantity: fields.quantity(1, unit: 2) ?? Quantity(0, UnitOfMeasure(rawValue: fields.text(2) ?? "EA")),
            entityCode: fields.text(3), name: fields.text(4), requestReference: fields.text(11),
            scheduleID: fields.text(12))
        for position in [5, 8] {
            if let qualifier = fields.text(position), let date = fields.date(position + 1, time: position + 2) {
                schedule.dates.append(common.qualifiedDate(qualifier, date))
            }
        }
        return schedule
    }
}
