import Canonical

/// Rows ↔ ``ShipNotice``: one item level per row. Items with the same `line.orderNumber` go under one order level
/// (with the purchase order as a `purchaseOrder` reference), and inside it items with the same `line.sscc` under
/// one pack level; writing walks the hierarchy back, one row per item level, with its order and pack.
enum ShipNoticeCSVMapping: CSVDocumentMapping {
    /// An item level and where it sits.
    struct Item {
        /// The item level.
        var level: PackingLevel
        /// The purchase order of the enclosing order level.
        var orderNumber: String?
        /// The SSCC of the nearest enclosing level that has one.
        var sscc: String?
    }

    static func line(_ cells: [CSVCell]) -> Item? {
        let common = CSVLineCommon(cells)
        let level = PackingLevel(
            kind: .item, references: common.references, dates: common.dates, lineNumber: common.lineNumber,
            itemIdentifiers: common.identifiers, description: common.description,
            quantityShipped: common.quantity(cells.value(.line(.quantityShipped))),
            quantityOrdered: common.quantity(cells.value(.line(.quantityOrdered))),
            lot: cells.value(.line(.lot))?.text,
            serialNumbers: cells.value(.line(.serialNumber))?.text.map { [$0] } ?? [],
            expirationDate: cells.value(.line(.expirationDate))?.date,
            manufactureDate: cells.value(.line(.manufactureDate))?.date)
        return Item(level: level, orderNumber: cells.value(.line(.orderNumber))?.text,
                    sscc: cells.value(.line(.sscc))?.text)
    }

    static func document(_ cells: [CSVCell], lines: [Item]) -> ShipNotice? {
        var common = CSVDocumentCommon()
        var notice = ShipNotice(shipmentNumber: "")
        for cell in cells {
            guard case .document(let field) = cell.field, !common.apply(field, cell.value) else { continue }
            switch field {
            case .shipmentNumber: notice.shipmentNumber = cell.value.text ?? ""
            case .noticeDate: notice.noticeDate = cell.value.date
            case .purpose: notice.purpose = cell.value.text.map { DocumentPurpose(rawValue: $0) }
            default: break
            }
        }
        guard !notice.shipmentNumber.isEmpty else { return nil }
        notice.parties = common.parties.all
        notice.references = common.references
        notice.dates = common.dates
        notice.notes = common.notes
        notice.transport = common.transport
        notice.levels = Self.hierarchy(lines)
        return notice
    }

    /// Order levels (or the top) holding pack levels (by SSCC) and items, in the order they first appear.
    private static func hierarchy(_ items: [Item]) -> [PackingLevel] {
        var top: [PackingLevel] = []
        var orderIndex: [String: Int] = [:]
        for item in items {
            if let orderNumber = item.orderNumber {
                let index: Int
                if let known = orderIndex[orderNumber] {
                    index = known
                } else {
                    index = top.count
                    orderIndex[orderNumber] = index
                    top.append(PackingLevel(kind: .order,
                                            references: [Reference(kind: .purchaseOrder, value: orderNumber)]))
                }
                Self.place(item, in: &top[index].children)
            } else {
                Self.place(item, in: &top)
            }
        }
        return top
    }

    private static func place(_ item: Item, in levels: inout [PackingLevel]) {
        guard let sscc = item.sscc else {
            levels.append(item.level)
            return
        }
        if let index = levels.firstIndex(where: { $0.kind == .pack && $0.sscc == sscc }) {
            levels[index].children.append(item.level)
        } else {
            levels.append(PackingLevel(kind: .pack, sscc: sscc, children: [item.level]))
        }
    }

    static func wrap(_ document: ShipNotice) -> CanonicalDocument { .shipNotice(document) }

    static func unwrap(_ document: CanonicalDocument) -> ShipNotice? {
        if case .shipNotice(let notice) = document { return notice }
        return nil
    }

    static func lines(of document: ShipNotice) -> [Item] {
        var items: [Item] = []
        Self.collect(document.levels, orderNumber: nil, sscc: nil, into: &items)
        return items
    }

    private static func collect(_ levels: [PackingLevel], orderNumber: String?, sscc: String?,
                                into items: inout [Item]) {
        for level in levels {
            let order = level.kind == .order
                ? level.references.first { $0.kind == .purchaseOrder }?.value ?? orderNumber : orderNumber
            let pack = level.sscc ?? sscc
            if level.kind == .item {
                items.append(Item(level: level, orderNumber: order, sscc: pack))
            }
            Self.collect(level.children, orderNumber: order, sscc: pack, into: &items)
        }
    }

    static func value(_ field: CSVField.Document, of notice: ShipNotice) -> CSVValue? {
        switch field {
        case .shipmentNumber: .text(notice.shipmentNumber)
        case .noticeDate: notice.noticeDate.map(CSVValue.date)
        case .purpose: notice.purpose.map { .text($0.rawValue) }
        default:
            CSVDocumentCommon.value(field, parties: notice.parties, references: notice.references,
                                    dates: notice.dates, notes: notice.notes, transport: notice.transport)
        }
    }

    static func value(_ field: CSVField.Line, of item: Item) -> CSVValue? {
        let level = item.level
        switch field {
        case .quantityShipped: return level.quantityShipped.map { .decimal($0.value) }
        case .quantityOrdered: return level.quantityOrdered.map { .decimal($0.value) }
        case .unit: return (level.quantityShipped?.unit ?? level.quantityOrdered?.unit).map { .text($0.rawValue) }
        case .lot: return level.lot.map(CSVValue.text)
        case .serialNumber: return level.serialNumbers.first.map(CSVValue.text)
        case .expirationDate: return level.expirationDate.map(CSVValue.date)
        case .manufactureDate: return level.manufactureDate.map(CSVValue.date)
        case .orderNumber: return item.orderNumber.map(CSVValue.text)
        case .sscc: return item.sscc.map(CSVValue.text)
        default:
            return CSVLineCommon.value(field, lineNumber: level.lineNumber, identifiers: level.itemIdentifiers,
                                       description: level.description, references: level.references,
                                       dates: level.dates, notes: [])
        }
    }
}
