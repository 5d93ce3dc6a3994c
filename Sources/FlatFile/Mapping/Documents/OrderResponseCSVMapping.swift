import Canonical

/// Rows ↔ ``OrderResponse``: one response line per row, with at most one line status.
enum OrderResponseCSVMapping: CSVDocumentMapping {
    static func line(_ cells: [CSVCell]) -> OrderResponseLine? {
        let common = CSVLineCommon(cells)
        var line = OrderResponseLine(lineNumber: common.lineNumber, itemIdentifiers: common.identifiers,
                                     description: common.description, dates: common.dates,
                                     references: common.references, notes: common.notes)
        line.orderedQuantity = common.quantity(cells.value(.line(.orderedQuantity)))
        line.confirmedQuantity = common.quantity(cells.value(.line(.confirmedQuantity)))
        line.orderedPrice = cells.value(.line(.orderedPrice))?.decimal.map { Price($0) }
        line.confirmedPrice = cells.value(.line(.confirmedPrice))?.decimal.map { Price($0) }
        let status = cells.value(.line(.status))?.text
        let sourceCode = cells.value(.line(.statusSourceCode))?.text
        let quantity = common.quantity(cells.value(.line(.statusQuantity)))
        if status != nil || sourceCode != nil || quantity != nil {
            line.statuses = [LineStatusDetail(status: status.map { LineStatus(rawValue: $0) } ?? .other,
                                              sourceCode: sourceCode, quantity: quantity)]
        }
        return line
    }

    static func document(_ cells: [CSVCell], lines: [OrderResponseLine]) -> OrderResponse? {
        var common = CSVDocumentCommon()
        var response = OrderResponse(orderNumber: "", type: "", lines: lines)
        for cell in cells {
            guard case .document(let field) = cell.field, !common.apply(field, cell.value) else { continue }
            switch field {
            case .orderNumber: response.orderNumber = cell.value.text ?? ""
            case .orderDate: response.orderDate = cell.value.date
            case .responseNumber: response.responseNumber = cell.value.text
            case .responseDate: response.responseDate = cell.value.date
            case .purpose: response.purpose = cell.value.text.map { DocumentPurpose(rawValue: $0) }
            case .type: response.type = OrderResponseType(rawValue: cell.value.text ?? "")
            case .sourceCode: response.sourceCode = cell.value.text
            case .currency: response.currency = cell.value.text.map { CurrencyCode(rawValue: $0) }
            default: break
            }
        }
        guard !response.orderNumber.isEmpty, !response.type.rawValue.isEmpty else { return nil }
        response.parties = common.parties.all
        response.references = common.references
        response.dates = common.dates
        response.notes = common.notes
        return response
    }

    static func wrap(_ document: OrderResponse) -> CanonicalDocument { .orderResponse(document) }

    static func unwrap(_ document: CanonicalDocument) -> OrderResponse? {
        if case .orderResponse(let response) = document { return response }
        return nil
    }

    static func lines(of document: OrderResponse) -> [OrderResponseLine] { document.lines }

    static func value(_ field: CSVField.Document, of response: OrderResponse) -> CSVValue? {
        switch field {
        case .orderNumber: .text(response.orderNumber)
        case .orderDate: response.orderDate.map(CSVValue.date)
        case .responseNumber: response.responseNumber.map(CSVValue.text)
        case .responseDate: response.responseDate.map(CSVValue.date)
        case .purpose: response.purpose.map { .text($0.rawValue) }
        case .type: .text(response.type.rawValue)
        case .sourceCode: response.sourceCode.map(CSVValue.text)
        case .currency: response.currency.map { .text($0.rawValue) }
        default:
            CSVDocumentCommon.value(field, parties: response.parties, references: response.references,
                                    dates: response.dates, notes: response.notes)
        }
    }

    static func value(_ field: CSVField.Line, of line: OrderResponseLine) -> CSVValue? {
        let status = line.statuses.first
        switch field {
        case .orderedQuantity: return line.orderedQuantity.map { .decimal($0.value) }
        case .confirmedQuantity: return line.confirmedQuantity.map { .decimal($0.value) }
        case .orderedPrice: return line.orderedPrice.map { .decimal($0.amount) }
        case .confirmedPrice: return line.confirmedPrice.map { .decimal($0.amount) }
        case .status: return status.map { .text($0.status.rawValue) }
        case .statusSourceCode: return status?.sourceCode.map(CSVValue.text)
        case .statusQuantity: return status?.quantity.map { .decimal($0.value) }
        case .unit:
            let unit = line.orderedQuantity?.unit ?? line.confirmedQuantity?.unit ?? status?.quantity?.unit
            return unit.map { .text($0.rawValue) }
        default:
            return CSVLineCommon.value(field, lineNumber: line.lineNumber, identifiers: line.itemIdentifiers,
                                       description: line.description, references: line.references,
                                       dates: line.dates, notes: line.notes)
        }
    }
}
