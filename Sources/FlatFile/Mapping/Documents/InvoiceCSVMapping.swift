import Canonical

/// Rows ↔ ``Invoice``: one invoice line per row.
enum InvoiceCSVMapping: CSVDocumentMapping {
    static func line(_ cells: [CSVCell]) -> InvoiceLine? {
        let common = CSVLineCommon(cells)
        guard let quantity = common.quantity(cells.value(.line(.quantity))) else { return nil }
        var price = cells.value(.line(.price))?.decimal.map { Price($0) }
        if let basis = cells.value(.line(.priceBasis))?.text { price?.basis = PriceBasis(rawValue: basis) }
        if let currency = cells.value(.line(.priceCurrency))?.text { price?.currency = CurrencyCode(rawValue: currency) }
        return InvoiceLine(lineNumber: common.lineNumber, itemIdentifiers: common.identifiers,
                           description: common.description, quantity: quantity, price: price,
                           amount: cells.value(.line(.amount))?.decimal.map { Money($0) },
                           orderedQuantity: common.quantity(cells.value(.line(.orderedQuantity))),
                           orderLineNumber: cells.value(.line(.orderLineNumber))?.text, dates: common.dates,
                           references: common.references, notes: common.notes)
    }

    static func document(_ cells: [CSVCell], lines: [InvoiceLine]) -> Invoice? {
        var common = CSVDocumentCommon()
        var invoice = Invoice(invoiceNumber: "", lines: lines)
        var totals: [CSVField.TotalsMember: Money] = [:]
        for cell in cells {
            guard case .document(let field) = cell.field, !common.apply(field, cell.value) else { continue }
            switch field {
            case .invoiceNumber: invoice.invoiceNumber = cell.value.text ?? ""
            case .invoiceDate: invoice.invoiceDate = cell.value.date
            case .purpose: invoice.purpose = cell.value.text.map { DocumentPurpose(rawValue: $0) }
            case .type: invoice.type = cell.value.text.map { InvoiceType(rawValue: $0) }
            case .orderNumber: invoice.orderNumber = cell.value.text
            case .orderDate: invoice.orderDate = cell.value.date
            case .currency: invoice.currency = cell.value.text.map { CurrencyCode(rawValue: $0) }
            case .totals(let member): totals[member] = cell.value.decimal.map { Money($0) }
            default: break
            }
        }
        guard !invoice.invoiceNumber.isEmpty else { return nil }
        if let total = totals[.totalAmount] {
            invoice.totals = InvoiceTotals(totalAmount: total, lineAmount: totals[.lineAmount],
                                           allowanceAmount: totals[.allowanceAmount],
                                           chargeAmount: totals[.chargeAmount], taxAmount: totals[.taxAmount])
        } else if !totals.isEmpty {
            return nil
        }
        invoice.parties = common.parties.all
        invoice.references = common.references
        invoice.dates = common.dates
        invoice.notes = common.notes
        invoice.paymentTerms = common.paymentTerms.map { [$0] } ?? []
        invoice.transport = common.transport
        return invoice
    }

    static func wrap(_ document: Invoice) -> CanonicalDocument { .invoice(document) }

    static func unwrap(_ document: CanonicalDocument) -> Invoice? {
        if case .invoice(let invoice) = document { return invoice }
        return nil
    }

    static func lines(of document: Invoice) -> [InvoiceLine] { document.lines }

    static func value(_ field: CSVField.Document, of invoice: Invoice) -> CSVValue? {
        switch field {
        case .invoiceNumber: return .text(invoice.invoiceNumber)
        case .invoiceDate: return invoice.invoiceDate.map(CSVValue.date)
        case .purpose: return invoice.purpose.map { .text($0.rawValue) }
        case .type: return invoice.type.map { .text($0.rawValue) }
        case .orderNumber: return invoice.orderNumber.map(CSVValue.text)
        case .orderDate: return invoice.orderDate.map(CSVValue.date)
        case .currency: return invoice.currency.map { .text($0.rawValue) }
        case .totals(let member):
            guard let totals = invoice.totals else { return nil }
            let money: Money? = switch member {
            case .totalAmount: totals.totalAmount
            case .lineAmount: totals.lineAmount
            case .allowanceAmount: totals.allowanceAmount
            case .chargeAmount: totals.chargeAmount
            case .taxAmount: totals.taxAmount
            }
            return money.map { .decimal($0.amount) }
        default:
            return CSVDocumentCommon.value(field, parties: invoice.parties, references: invoice.references,
                                           dates: invoice.dates, notes: invoice.notes,
                                           paymentTerms: invoice.paymentTerms.first, transport: invoice.transport)
        }
    }

    static func value(_ field: CSVField.Line, of line: InvoiceLine) -> CSVValue? {
        switch field {
        case .quantity: .decimal(line.quantity.value)
        case .unit: .text(line.quantity.unit.rawValue)
        case .price: line.price.map { .decimal($0.amount) }
        case .priceBasis: line.price?.basis.map { .text($0.rawValue) }
        case .priceCurrency: line.price?.currency.map { .text($0.rawValue) }
        case .amount: line.amount.map { .decimal($0.amount) }
        case .orderedQuantity: line.orderedQuantity.map { .decimal($0.value) }
        case .orderLineNumber: line.orderLineNumber.map(CSVValue.text)
        default:
            CSVLineCommon.value(field, lineNumber: line.lineNumber, identifiers: line.itemIdentifiers,
                                description: line.description, references: line.references, dates: line.dates,
                                notes: line.notes)
        }
    }
}
