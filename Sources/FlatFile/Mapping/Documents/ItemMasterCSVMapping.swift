import Canonical

/// Rows ↔ ``ItemMaster``: one item per row.
enum ItemMasterCSVMapping: CSVDocumentMapping {
    static func line(_ cells: [CSVCell]) -> ItemMasterItem? {
        let common = CSVLineCommon(cells)
        var item = ItemMasterItem(identifiers: common.identifiers, description: common.description,
                                  baseUnit: common.unit, dates: common.dates, references: common.references,
                                  notes: common.notes)
        var vendor = CSVPartyDrafts()
        var manufacturer = CSVPartyDrafts()
        for cell in cells {
            switch cell.field {
            case .line(.status): item.status = cell.value.text.map { ItemStatus(rawValue: $0) }
            case .line(.packaging(let unit)):
                if let factor = cell.value.decimal {
                    item.packaging.append(PackagingLevel(unit: unit, conversionFactor: factor))
                }
            case .line(.vendor(let member)): vendor.set(member, role: .supplier, to: cell.value)
            case .line(.manufacturer(let member)): manufacturer.set(member, role: .manufacturer, to: cell.value)
            default: break
            }
        }
        if let amount = cells.value(.line(.price))?.decimal {
            let basis = cells.value(.line(.priceBasis))?.text.map { PriceBasis(rawValue: $0) }
            item.prices = [Price(amount, basis: basis)]
        }
        item.vendor = vendor.single
        item.manufacturer = manufacturer.single
        return item
    }

    static func document(_ cells: [CSVCell], lines: [ItemMasterItem]) -> ItemMaster? {
        var common = CSVDocumentCommon()
        var master = ItemMaster(items: lines)
        for cell in cells {
            guard case .document(let field) = cell.field, !common.apply(field, cell.value) else { continue }
            switch field {
            case .catalogNumber: master.catalogNumber = cell.value.text
            case .issueDate: master.issueDate = cell.value.date
            case .purpose: master.purpose = cell.value.text.map { DocumentPurpose(rawValue: $0) }
            case .currency: master.currency = cell.value.text.map { CurrencyCode(rawValue: $0) }
            default: break
            }
        }
        master.parties = common.parties.all
        master.references = common.references
        master.dates = common.dates
        master.notes = common.notes
        return master
    }

    static func wrap(_ document: ItemMaster) -> CanonicalDocument { .itemMaster(document) }

    static func unwrap(_ document: CanonicalDocument) -> ItemMaster? {
        if case .itemMaster(let master) = document { return master }
        return nil
    }

    static func lines(of document: ItemMaster) -> [ItemMasterItem] { document.items }

    static func value(_ field: CSVField.Document, of master: ItemMaster) -> CSVValue? {
        switch field {
        case .catalogNumber: master.catalogNumber.map(CSVValue.text)
        case .issueDate: master.issueDate.map(CSVValue.date)
        case .purpose: master.purpose.map { .text($0.rawValue) }
        case .currency: master.currency.map { .text($0.rawValue) }
        default:
            CSVDocumentCommon.value(field, parties: master.parties, references: master.references,
                                    dates: master.dates, notes: master.notes)
        }
    }

    static func value(_ field: CSVField.Line, of item: ItemMasterItem) -> CSVValue? {
        switch field {
        case .unit: item.baseUnit.map { .text($0.rawValue) }
        case .status: item.status.map { .text($0.rawValue) }
        case .price: item.prices.first.map { .decimal($0.amount) }
        case .priceBasis: item.prices.first?.basis.map { .text($0.rawValue) }
        case .packaging(let unit): item.packaging.first { $0.unit == unit }.map { .decimal($0.conversionFactor) }
        case .vendor(let member): item.vendor.flatMap { CSVPartyDrafts.value(member, of: $0) }
        case .manufacturer(let member): item.manufacturer.flatMap { CSVPartyDrafts.value(member, of: $0) }
        default:
            CSVLineCommon.value(field, lineNumber: nil, identifiers: item.identifiers, description: item.description,
                                references: item.references, dates: item.dates, notes: item.notes)
        }
    }
}
