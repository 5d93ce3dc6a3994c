import Canonical
import HL7v2

/// Writes a canonical ``ItemMaster`` as an MFN^M16 (v2.6; the inverse of ``ItemMasterReader``): MFI, then per item
/// MFE, ITM, VND and PKG.
struct ItemMasterWriter {
    let codes: HL7v2CanonicalCodes

    func segments(for master: ItemMaster, header: HL7v2MessageHeader) -> [HL7v2OutputSegment] {
        var header = header
        header.version = "2.6"
        var segments = [header.segment("MFN", "M16", "MFN_M16")]
        var mfi = HL7v2OutputSegment("MFI")
        mfi[1] = HL7v2OutputField(components: ["INV", "Inventory master file", "HL70175"])
        mfi[3] = "UPD"
        if let date = master.issueDate { mfi[4] = HL7v2OutputField(HL7v2Values.text(date)) }
        mfi[6] = "NE"
        segments.append(mfi)
        for (index, item) in master.items.enumerated() {
            let id = item.identifiers.first { $0.kind == .buyerPart }?.value ?? item.identifiers.first?.value ?? String(index + 1)
            let event = item.status == .deleted ? "MDL" : item.status == .inactive ? "MDC" : "MUP"
            segments.append(HL7v2OutputSegment("MFE", [HL7v2OutputField(event), "", "", HL7v2OutputField(id), "CWE"]))
            var itm = HL7v2OutputSegment("ITM")
            itm[1] = HL7v2OutputField(id)
            if let description = item.description { itm[2] = HL7v2OutputField(description) }
            if let status = item.status, let code = ItemMasterReader.statuses.first(where: { $0.value == status })?.key {
                itm[3] = HL7v2OutputField(code)
            }
            if let manufacturer = item.manufacturer, let id = manufacturer.identifiers.first?.value {
                itm[7] = HL7v2OutputField(id)
                if let name = manufacturer.name { itm[8] = HL7v2OutputField(name) }
            }
            if let part = item.identifiers.first(where: { $0.kind == .manufacturerPart }) { itm[9] = HL7v2OutputField(part.value) }
            segments.append(itm)
            if let vendor = item.vendor, let id = vendor.identifiers.first?.value {
                var vnd = HL7v2OutputSegment("VND")
                vnd[1] = "1"
                vnd[2] = HL7v2OutputField(id)
                if let name = vendor.name { vnd[3] = HL7v2OutputField(name) }
                if let part = item.identifiers.first(where: { $0.kind == .vendorPart }) { vnd[4] = HL7v2OutputField(part.value) }
                segments.append(vnd)
                for (offset, level) in item.packaging.enumerated() {
                    var pkg = HL7v2OutputSegment("PKG")
                    pkg[1] = HL7v2OutputField(String(offset + 1))
                    pkg[2] = HL7v2OutputField(level.unit.rawValue)
                    if let orderable = level.isOrderable { pkg[3] = HL7v2OutputField(orderable ? "Y" : "N") }
                    pkg[4] = HL7v2OutputField(HL7v2Values.text(level.conversionFactor))
                    if let price = level.price {
                        pkg[5] = HL7v2OutputField(components: [HL7v2Values.text(price.amount), price.currency?.rawValue ?? ""])
                    }
                    segments.append(pkg)
                }
            }
        }
        return segments
    }
}
