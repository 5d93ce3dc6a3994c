import Canonical
import Foundation

/// What an order line must keep when it crosses formats: its number, quantity and unit, unit price (amount,
/// currency, basis) and every item identifier by kind and value. The X12 qualifier of an identifier is left out on
/// purpose: a writer derives it from the kind.
struct OrderLineFacts: Equatable, CustomStringConvertible {
    /// One item identifier by scheme and value.
    struct Identifier: Equatable, CustomStringConvertible {
        var kind: ItemIdentifierKind
        var value: String

        var description: String { "\(self.kind.rawValue)=\(self.value)" }
    }

    var lineNumber: String?
    var quantity: Decimal
    var unit: UnitOfMeasure
    var priceAmount: Decimal?
    var priceCurrency: CurrencyCode?
    var priceBasis: PriceBasis?
    var identifiers: [Identifier]

    /// The facts of a line.
    init(_ line: OrderLine) {
        self.lineNumber = line.lineNumber
        self.quantity = line.quantity.value
        self.unit = line.quantity.unit
        self.priceAmount = line.price?.amount
        self.priceCurrency = line.price?.currency
        self.priceBasis = line.price?.basis
        self.identifiers = line.itemIdentifiers.map { Identifier(kind: $0.kind, value: $0.value) }
    }

    /// The facts of every line of every order, in order.
    static func of(_ orders: [Order]) -> [OrderLineFacts] {
        orders.flatMap { $0.lines.map(OrderLineFacts.init) }
    }

    var description: String {
        let price = self.priceAmount.map {
            "\($0) \(self.priceCurrency?.rawValue ?? "-") \(self.priceBasis?.rawValue ?? "-")"
        }
        return "line \(self.lineNumber ?? "-"): \(self.quantity) \(self.unit.rawValue) at \(price ?? "no price") "
            + "\(self.identifiers)"
    }
}
