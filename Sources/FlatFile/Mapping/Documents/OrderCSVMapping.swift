import Canonical

/// Rows ↔ ``Order``: one order line per row.
enum OrderCSVMapping: CSVDocumentMapping {
    static func line(_ cells: [CSVCell]) -> OrderLine? {
        let common = CSVLineCommon(cells)
        guard let quantity = common.quantity(cells.value(.line(.quantity))) else { return nil }
        var parties = CSVPartyDrafts()
        var price: Price?
        for cell in cells {
            switch cell.field {
            case .line(.price): price = cell.value.decimal.map { Price($0) }
            case .line(.party(let role, let member)): parties.set(member, role: role, to: cell.value)
            default: break
            }
        }
        if let basis = cells.value(.line(.priceBasis))?.text { price?.basis = PriceBasis(rawValue: basis) }
        if let currency = cells.value(.line(.priceCurrency))?.text { price?.currency = CurrencyCode(rawValue: currency) }
        return OrderLine(lineNumber: common.lineNumber, itemIdentifiers: common.identifiers,
                         description: common.description, quantity: quantity, price: price, dates: common.dates,
                         references: common.references, parties: parties.all, notes: common.notes)
    }

    static func document(_ cells: [CSVCell], lines: [OrderLine]) -> Order? {
        var common = CSVDocumentCommon()
        var order = Order(orderNumber: "", lines: lines)
        for cell in cells {
            guard case .document(let field) = cell.field, !common.apply(field, cell.value) else { continue }
            switch field {
            case .orderNumber: order.orderNumber = cell.value.text ?? ""
            case .orderDate: order.orderDate = cell.value.date
            case .purpose: order.purpose = cell.value.text.map { DocumentPurpose(rawValue: $0) }
            case .type: order.type = cell.value.text.map { OrderType(rawValue: $0) }
            case .currency: order.currency = cell.value.text.map { CurrencyCode(rawValue: $0) }
            case .totalAmount: order.totalAmount = cell.value.decimal.map { Money($0) }
            default: break
            }
        }
        guard !order.orderNumber.isEmpty else { return nil }
        order.parties = common.parties.all
        order.references = common.references
        order.dates = common.dates
        order.notes = common.notes
        order.paymentTerms = common.paymentTerms.map { [$0] } ?? []
        order.transports = common.transport.map { [$0] } ?? []
        return order
    }

    static func wrap(_ document: Order) -> CanonicalDocument { .order(document) }

    static func unwrap(_ document: CanonicalDocument) -> Order? {
        if case .order(let order) = document { return order }
        return nil
    }

    static func lines(of document: Order) -> [OrderLine] { document.lines }

    static func value(_ field: CSVField.Document, of order: Order) -> CSVValue? {
        switch field {
        case .orderNumber: .text(order.orderNumber)
        case .orderDate: order.orderDate.map(CSVValue.date)
        case .purpose: order.purpose.map { .text($0.rawValue) }
        case .type: order.type.map { .text($0.rawValue) }
        case .currency: order.currency.map { .text($0.rawValue) }
        case .totalAmount: order.totalAmount.map { .decimal($0.amount) }
        default:
            CSVDocumentCommon.value(field, parties: order.parties, references: order.references, dates: order.dates,
                                    notes: order.notes, paymentTerms: order.paymentTerms.first,
                                    transport: order.transports.first)
        }
    }

    static func value(_ field: CSVField.Line, of line: OrderLine) -> CSVValue? {
        switch field {
        case .quantity: .decimal(line.quantity.value)
        case .unit: .text(line.quantity.unit.rawValue)
        case .price: line.price.map { .decimal($0.amount) }
        case .priceBasis: line.price?.basis.map { .text($0.rawValue) }
        case .priceCurrency: line.price?.currency.map { .text($0.rawValue) }
        case .party(let role, let member): CSVPartyDrafts.value(member, role: role, in: line.parties)
        default:
            CSVLineCommon.value(field, lineNumber: line.lineNumber, identifiers: line.itemIdentifiers,
                                description: line.description, references: line.references, dates: line.dates,
                                notes: line.notes)
        }
    }
}
