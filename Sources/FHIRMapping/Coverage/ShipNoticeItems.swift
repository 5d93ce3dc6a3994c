import Canonical

/// One shipped item of a ship notice with what FHIR keeps of the packing hierarchy around it: the purchase order
/// number of its order level and the SSCC of its nearest pack (or pallet) level.
struct ShippedItem: Hashable, Sendable {
    /// The PO number of the enclosing order level, if any.
    var orderNumber: String?
    /// The SSCC of the nearest enclosing level that has one.
    var sscc: String?
    /// The item level itself.
    var level: PackingLevel

    /// The item levels of `levels` in document order, each with its order number and SSCC. A level is an item when
    /// its kind is `item` or it names item identifiers or a shipped quantity.
    static func items(in levels: [PackingLevel], orderNumber: String? = nil, sscc: String? = nil) -> [ShippedItem] {
        var items: [ShippedItem] = []
        for level in levels {
            let order = level.kind == .order
                ? (level.references.first { $0.kind == .purchaseOrder }?.value ?? orderNumber) : orderNumber
            let container = level.sscc ?? sscc
            if level.kind == .item || !level.itemIdentifiers.isEmpty || level.quantityShipped != nil {
                items.append(ShippedItem(orderNumber: order, sscc: container, level: level))
            }
            items += Self.items(in: level.children, orderNumber: order, sscc: container)
        }
        return items
    }

    /// Rebuilds a packing hierarchy from items: an order level per run of items with the same PO number, inside it
    /// a pack level per run with the same SSCC, the items inside (items without PO or SSCC sit one level up).
    static func levels(of items: [ShippedItem]) -> [PackingLevel] {
        var levels: [PackingLevel] = []
        var index = items.startIndex
        while index < items.endIndex {
            let order = items[index].orderNumber
            var end = index
            while end < items.endIndex, items[end].orderNumber == order { end += 1 }
            let packed = Self.packs(of: Array(items[index..<end]))
            if let order {
                levels.append(PackingLevel(kind: .order, references: [Reference(kind: .purchaseOrder, value: order)],
                                           children: packed))
            } else {
                levels += packed
            }
            index = end
        }
        return levels
    }

    private static func packs(of items: [ShippedItem]) -> [PackingLevel] {
        var levels: [PackingLevel] = []
        var index = items.startIndex
        while index < items.endIndex {
            let sscc = items[index].sscc
            var end = index
            while end < items.endIndex, items[end].sscc == sscc { end += 1 }
            let levelsOfRun = items[index..<end].map(\.level)
            if let sscc {
                levels.append(PackingLevel(kind: .pack, sscc: sscc, children: levelsOfRun))
            } else {
                levels += levelsOfRun
            }
            index = end
        }
        return levels
    }
}
