import Canonical
import FHIR
import WharfCore

/// Reads ChargeItems that share a group identifier (the transaction number) as one consumption of kind `charge`:
/// a line per ChargeItem with its line number, item (`code`), quantity, date (`occurrenceDateTime`), unit price,
/// amount (R4 `priceOverride`, R5 `totalPriceComponent`, else the `line-amount` extension), lot, expiration and
/// serial numbers; the consumption's date (`enteredDate`), patient (with account), location, department and
/// parties from the first ChargeItem.
struct ChargeItemReader {
    let values: FHIRValueReader
    let index: FHIRResourceIndex

    /// The consumption of `items` (one group, in document order).
    func consumption(_ items: [JSONNode], number: String?, diagnostics: inout Diagnostics) -> Consumption {
        let common = ConsumptionResourceReader(values: self.values, index: self.index)
        let first = items[0]
        var consumption = common.header(kind: .charge, first: first, number: number, account: true,
                                        diagnostics: &diagnostics)
        consumption.date = self.values.date(first, "enteredDate", &diagnostics)
        for item in items {
            let concept = item["code"]
            if concept == nil { common.reportMissingItem(item, element: "code", type: "ChargeItem", &diagnostics) }
            guard let quantity = common.quantity(item, type: "ChargeItem", &diagnostics) else { continue }
            var line = common.line(item, concept: concept, quantity: quantity, &diagnostics)
            line.date = self.values.date(item, "occurrenceDateTime", &diagnostics)
            let component = item["totalPriceComponent"].flatMap { $0.kind == .array ? $0[0] : $0 }
            if let amount = self.values.money(item["priceOverride"] ?? component?["amount"], &diagnostics) {
                line.amount = amount
            }
            consumption.lines.append(line)
        }
        return consumption
    }
}
