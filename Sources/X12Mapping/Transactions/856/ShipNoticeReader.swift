import Canonical
import Foundation
import WharfCore
import X12

/// Reads an 856 ship notice into a canonical ``ShipNotice``: BSN, DTM, and the HL hierarchy in any valid order and
/// depth (S–O–P–I, S–O–I, S–T–P–I …). The shipment level (S) fills the document (TD1, TD5, TD3, REF, DTM, N1 loop); every
/// other level becomes a ``PackingLevel`` under its HL02 parent: orders (PRF), tares and packs (MAN SSCC), items
/// (LIN ids with lot and serial numbers, SN1 quantities, PO4 packaging, PID, MEA, DTM expiration and manufacture dates).
struct ShipNoticeReader {
    let codes: X12CanonicalCodes
    let set: X12TransactionSet

    /// One HL level while reading: its id, parent id and content.
    private struct Level {
        var id: String
        var parent: String?
        var level: PackingLevel?
    }

    func read(into diagnostics: inout Diagnostics) -> ShipNotice {
        let common = X12CommonReader(codes: self.codes)
        let details = self.codes.itemDetailQualifiers
        let transports = X12TransportReader(codes: self.codes)
        let itemDetails = X12ItemDetailReader(codes: self.codes)
        var notice = ShipNotice(shipmentNumber: "")
        var levels: [Level] = []
        var shipmentID: String?
        var party: Party?
        var notMapped: Set<String> = []

        func closeParty() {
            guard let finished = party.take() else { return }
            if levels.last?.level != nil { levels[levels.count - 1].level?.parties.append(finished) } else {
                notice.parties.append(finished)
            }
        }

        for (index, segment) in self.set.segments.enumerated() {
            let fields = X12Fields(segment)
            if party != nil {
                if common.addToParty(fields, &party!) { continue }
                closeParty()
            }
            let inLevel = levels.last?.level != nil
            switch segment.tagCode {
            case X12Tag.st, X12Tag.se, X12Tag.ctt:
                break
            case X12Tag.bsn:
                notice.purpose = fields.text(1).map {
                    DocumentPurpose(rawValue: self.codes.purposeCodes[$0] ?? "x12:\($0)")
                }
                notice.shipmentNumber = fields.text(2) ?? ""
                notice.noticeDate = fields.date(3, time: 4)
                if let structure = fields.text(5) {
                    notice.references.append(Reference(kind: .other, value: structure, qualifier: "BSN05"))
                }
            case X12Tag.hl:
                let id = fields.text(1) ?? String(levels.count + 1)
                let code = fields.text(3) ?? ""
                if code == "S" {
                    shipmentID = id
                    levels.append(Level(id: id, parent: nil, level: nil))
                } else {
                    let kind = PackingLevelKind(rawValue: self.codes.hierarchicalLevels[code] ?? "x12:\(code)")
                    levels.append(Level(id: id, parent: fields.text(2), level: PackingLevel(kind: kind)))
                }
            case X12Tag.dtm:
                guard let date = common.date(fields) else { break }
                if inLevel {
                    switch date.qualifier {
                    case details.expirationDate: levels[levels.count - 1].level?.expirationDate = date.date
                    case details.manufactureDate: levels[levels.count - 1].level?.manufactureDate = date.date
                    default: levels[levels.count - 1].level?.dates.append(date)
                    }
                } else {
                    notice.dates.append(date)
                }
            case X12Tag.ref:
                guard let reference = common.reference(fields) else { break }
                if inLevel { levels[levels.count - 1].level?.references.append(reference) } else {
                    notice.references.append(reference)
                }
            case X12Tag.n1:
                party = common.party(fields)
            case X12Tag.td1 where !inLevel:
                var transport = notice.transport ?? ShipmentTransport()
                transports.lading(fields, into: &transport)
                notice.transport = transport
            case X12Tag.td5 where !inLevel:
                var transport = notice.transport ?? ShipmentTransport()
                transports.carrier(fields, into: &transport)
                notice.transport = transport
            case X12Tag.td3 where !inLevel:
                var transport = notice.transport ?? ShipmentTransport()
                transports.equipment(fields, into: &transport)
                notice.transport = transport
            case X12Tag.po4 where inLevel:
                levels[levels.count - 1].level?.packaging.append(itemDetails.packaging(fields))
            case X12Tag.mea where inLevel:
                levels[levels.count - 1].level?.measurements.append(itemDetails.measurement(fields))
            case X12Tag.prf:
                if let number = fields.text(1) {
                    levels[levels.count - 1].level?.references.append(
                        Reference(kind: .purchaseOrder, value: number, qualifier: "PRF01"))
                }
                if let date = fields.date(4) {
                    levels[levels.count - 1].level?.dates.append(QualifiedDate(kind: "orderDate", date: date, qualifier: "PRF04"))
                }
            case X12Tag.man:
                if fields.text(1) == "GM" { levels[levels.count - 1].level?.sscc = fields.text(2) }
            case X12Tag.lin:
                guard inLevel else { break }
                levels[levels.count - 1].level?.lineNumber = fields.text(1)
                for identifier in common.itemIdentifiers(fields, from: 2, through: 31) {
                    switch identifier.qualifier {
                    case details.lot: levels[levels.count - 1].level?.lot = identifier.value
                    case details.serialNumber: levels[levels.count - 1].level?.serialNumbers.append(identifier.value)
                    default: levels[levels.count - 1].level?.itemIdentifiers.append(identifier)
                    }
                }
            case X12Tag.sn1:
                if let shipped = fields.decimal(2) {
                    levels[levels.count - 1].level?.quantityShipped =
                        Quantity(shipped, UnitOfMeasure(rawValue: fields.text(3) ?? "EA"))
                }
                if let ordered = fields.decimal(5) {
                    levels[levels.count - 1].level?.quantityOrdered =
                        Quantity(ordered, UnitOfMeasure(rawValue: fields.text(6) ?? "EA"))
                }
            case X12Tag.pid:
                if inLevel, levels[levels.count - 1].level?.description == nil, fields.text(1) == "F" {
                    levels[levels.count - 1].level?.description = fields.text(5)
                }
            default:
                if let tag = segment.validTag { notMapped.insert(tag) }
            }
            _ = index
        }
        closeParty()
        notice.levels = Self.tree(levels, root: shipmentID, set: self.set, into: &diagnostics)
        X12CommonReader.reportNotMapped(notMapped, in: self.set, document: "ship notice", into: &diagnostics)
        return notice
    }

    /// Assembles the levels under their HL02 parents; levels whose parent is the shipment (or absent) are top level.
    private static func tree(_ levels: [Level], root: String?, set: X12TransactionSet,
                             into diagnostics: inout Diagnostics) -> [PackingLevel] {
        var children: [String: [Int]] = [:]
        var top: [Int] = []
        let known = Set(levels.map(\.id))
        for (index, level) in levels.enumerated() where level.level != nil {
            if let parent = level.parent, parent != root, known.contains(parent) {
                children[parent, default: []].append(index)
            } else {
                if let parent = level.parent, parent != root {
                    diagnostics.append(Diagnostic(
                        .warning, DiagnosticCode("x12.mapping.hl-parent-unknown"),
                        at: .x12(X12Location(interchange: set.context.interchange, group: set.context.group,
                                             transaction: set.context.transaction, segment: "HL", element: 2)),
                        "an HL level names a parent that does not exist; it was placed under the shipment"))
                }
                top.append(index)
            }
        }
        func build(_ index: Int, depth: Int) -> PackingLevel {
            var level = levels[index].level!
            if depth < 64 { level.children = (children[levels[index].id] ?? []).map { build($0, depth: depth + 1) } }
            return level
        }
        return top.map { build($0, depth: 0) }
    }
}
