import Canonical
import HL7v2
import WharfCore

/// Reads a material item master file notification (MFN^M16, v2.6 segments) into a canonical ``ItemMaster``: one
/// item per MFE record.
///
/// | HL7 | canonical |
/// |---|---|
/// | MFI-4 | issueDate |
/// | MFE-1 | the item's status when it deletes or deactivates (MDL deleted, MDC inactive) |
/// | ITM-1.1, ITM-2 | a buyer part identifier and the description |
/// | ITM-3.1 | status (table of item status: A active, I inactive, D discontinued, P pending) |
/// | ITM-7.1, ITM-8, ITM-9 | the manufacturer (id, name) and a manufacturer part |
/// | VND-2.1, VND-3, VND-4.1 | the vendor (id, name) and a vendor part |
/// | PKG-2.1, PKG-4, PKG-3, PKG-5.1 | packaging levels: unit, conversion factor, orderable (Y), price |
struct ItemMasterReader {
    let codes: HL7v2CanonicalCodes
    let message: HL7v2Message

    static let statuses = ["A": ItemStatus.active, "I": .inactive, "D": .discontinued, "P": .pending]

    func read(into diagnostics: inout Diagnostics) -> ItemMaster {
        var master = ItemMaster()
        var event: String?
        for segment in self.message.segments {
            switch segment.id {
            case "MFI":
                master.issueDate = HL7v2Values.date(segment.value(field: 4, component: 1))
            case "MFE":
                event = segment.value(field: 1)
            case "ITM":
                var item = ItemMasterItem(description: segment.value(field: 2))
                if let id = segment.value(field: 1, component: 1) {
                    item.identifiers.append(ItemIdentifier(kind: .buyerPart, value: id, qualifier: "ITM-1"))
                }
                item.status = segment.value(field: 3, component: 1).flatMap { Self.statuses[$0] }
                if event == "MDL" { item.status = .deleted } else if event == "MDC" { item.status = .inactive }
                if let id = segment.value(field: 7, component: 1) {
                    item.manufacturer = Party(role: .manufacturer, name: segment.value(field: 8),
                                              identifiers: [PartyIdentifier(system: .other, value: id, qualifier: "ITM-7")])
                }
                if let part = segment.value(field: 9) {
                    item.identifiers.append(ItemIdentifier(kind: .manufacturerPart, value: part, qualifier: "ITM-9"))
                }
                master.items.append(item)
            case "VND" where !master.items.isEmpty:
                let last = master.items.count - 1
                if let id = segment.value(field: 2, component: 1) {
                    master.items[last].vendor = Party(role: .supplier, name: segment.value(field: 3),
                                                      identifiers: [PartyIdentifier(system: .other, value: id, qualifier: "VND-2")])
                }
                if let part = segment.value(field: 4, component: 1) {
                    master.items[last].identifiers.append(ItemIdentifier(kind: .vendorPart, value: part, qualifier: "VND-4"))
                }
            case "PKG" where !master.items.isEmpty:
                guard let unit = segment.value(field: 2, component: 1) else { break }
                var level = PackagingLevel(unit: UnitOfMeasure(rawValue: unit),
                                           conversionFactor: HL7v2Values.decimal(segment.value(field: 4)) ?? 1)
                level.isOrderable = segment.value(field: 3, component: 1).map { $0 == "Y" }
                level.price = HL7v2Values.decimal(segment.value(field: 5, component: 1)).map {
                    Price($0, segment.value(field: 5, component: 2).map(CurrencyCode.init(rawValue:)))
                }
                master.items[master.items.count - 1].packaging.append(level)
            default:
                break
            }
        }
        return master
    }
}
