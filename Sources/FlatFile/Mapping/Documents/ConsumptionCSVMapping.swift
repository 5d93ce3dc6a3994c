import Canonical

/// Rows ↔ ``Consumption``: one line per row (a negative quantity is a return or credit).
enum ConsumptionCSVMapping: CSVDocumentMapping {
    static func line(_ cells: [CSVCell]) -> ConsumptionLine? {
        let common = CSVLineCommon(cells)
        guard let quantity = common.quantity(cells.value(.line(.quantity))) else { return nil }
        var price = cells.value(.line(.price))?.decimal.map { Price($0) }
        if let basis = cells.value(.line(.priceBasis))?.text { price?.basis = PriceBasis(rawValue: basis) }
        if let currency = cells.value(.line(.priceCurrency))?.text { price?.currency = CurrencyCode(rawValue: currency) }
        return ConsumptionLine(lineNumber: common.lineNumber, itemIdentifiers: common.identifiers,
                               description: common.description, quantity: quantity, price: price,
                               amount: cells.value(.line(.amount))?.decimal.map { Money($0) },
                               date: cells.value(.line(.transactionDate))?.date,
                               lot: cells.value(.line(.lot))?.text,
                               serialNumbers: cells.value(.line(.serialNumber))?.text.map { [$0] } ?? [],
                               expirationDate: cells.value(.line(.expirationDate))?.date,
                               references: common.references, notes: common.notes)
    }

    static func document(_ cells: [CSVCell], lines: [ConsumptionLine]) -> Consumption? {
        var common = CSVDocumentCommon()
        var consumption = Consumption(kind: "", lines: lines)
        var patient = PatientReference()
        var hasPatient = false
        for cell in cells {
            guard case .document(let field) = cell.field, !common.apply(field, cell.value) else { continue }
            switch field {
            case .kind: consumption.kind = ConsumptionKind(rawValue: cell.value.text ?? "")
            case .transactionNumber: consumption.transactionNumber = cell.value.text
            case .transactionDate: consumption.date = cell.value.date
            case .location: consumption.location = cell.value.text
            case .department: consumption.department = cell.value.text
            case .patient(let member):
                hasPatient = true
                switch member {
                case .patientID: patient.patientID = cell.value.text
                case .assigningAuthority: patient.assigningAuthority = cell.value.text
                case .visitID: patient.visitID = cell.value.text
                case .accountNumber: patient.accountNumber = cell.value.text
                }
            default: break
            }
        }
        guard !consumption.kind.rawValue.isEmpty else { return nil }
        consumption.patient = hasPatient ? patient : nil
        consumption.parties = common.parties.all
        consumption.references = common.references
        consumption.notes = common.notes
        return consumption
    }

    static func wrap(_ document: Consumption) -> CanonicalDocument { .consumption(document) }

    static func unwrap(_ document: CanonicalDocument) -> Consumption? {
        if case .consumption(let consumption) = document { return consumption }
        return nil
    }

    static func lines(of document: Consumption) -> [ConsumptionLine] { document.lines }

    static func value(_ field: CSVField.Document, of consumption: Consumption) -> CSVValue? {
        switch field {
        case .kind: return .text(consumption.kind.rawValue)
        case .transactionNumber: return consumption.transactionNumber.map(CSVValue.text)
        case .transactionDate: return consumption.date.map(CSVValue.date)
        case .location: return consumption.location.map(CSVValue.text)
        case .department: return consumption.department.map(CSVValue.text)
        case .patient(let member):
            guard let patient = consumption.patient else { return nil }
            let text: String? = switch member {
            case .patientID: patient.patientID
            case .assigningAuthority: patient.assigningAuthority
            case .visitID: patient.visitID
            case .accountNumber: patient.accountNumber
            }
            return text.map(CSVValue.text)
        default:
            return CSVDocumentCommon.value(field, parties: consumption.parties, references: consumption.references,
                                           dates: [], notes: consumption.notes)
        }
    }

    static func value(_ field: CSVField.Line, of line: ConsumptionLine) -> CSVValue? {
        switch field {
        case .quantity: .decimal(line.quantity.value)
        case .unit: .text(line.quantity.unit.rawValue)
        case .price: line.price.map { .decimal($0.amount) }
        case .priceBasis: line.price?.basis.map { .text($0.rawValue) }
        case .priceCurrency: line.price?.currency.map { .text($0.rawValue) }
        case .amount: line.amount.map { .decimal($0.amount) }
        case .transactionDate: line.date.map(CSVValue.date)
        case .lot: line.lot.map(CSVValue.text)
        case .serialNumber: line.serialNumbers.first.map(CSVValue.text)
        case .expirationDate: line.expirationDate.map(CSVValue.date)
        default:
            CSVLineCommon.value(field, lineNumber: line.lineNumber, identifiers: line.itemIdentifiers,
                                description: line.description, references: line.references, dates: [],
                                notes: line.notes)
        }
    }
}
