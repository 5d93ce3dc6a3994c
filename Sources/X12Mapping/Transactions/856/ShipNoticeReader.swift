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

    /// One HL level while reading: its id and parent id (its content is kept apart, see `contents`: a small
    /// record is cheap to append, a packing level is not).
    private struct Level {
        var id: String
        var parent: String?
        /// False for the shipment's HL.
        var packing: Bool
        /// Where its HL segment is in the set (0-based), for diagnostics.
        var segment: Int
    }

    func read(into diagnostics: inout Diagnostics) -> ShipNotice {
        let common = X12CommonReader(codes: self.codes)
        let details = self.codes.itemDetailQualifiers
        let transports = X12TransportReader(codes: self.codes)
        let itemDetails = X12ItemDetailReader(codes: self.codes)
        var notice = ShipNotice(shipmentNumber: "")
        var levels: [Level] = []
        let count = self.set.segments.records.count { $0.tagCode == X12Tag.hl }
        levels.reserveCapacity(count)
        /// The packing level read for each of `levels` (none for the shipment's), filled in place.
        let contents = PackingLevelSlots(capacity: count)
        /// True while the last HL read is a packing level (not the shipment): `contents[current]` is being filled.
        var inLevel = false
        var current = 0
        var party: Party?
        var notMapped: Set<String> = []

        func closeParty() {
            guard let finished = party.take() else { return }
            if inLevel { contents[current].parties.append(finished) } else {
                notice.parties.append(finished)
            }
        }

        let segments = self.set.segments
        for index in segments.indices {
            let fields = X12Fields(segments, at: index)
            if party.isPresent {
                if common.addToParty(fields, &party!) { continue }
                closeParty()
            }
            switch fields.tagCode {
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
                    levels.append(Level(id: id, parent: nil, packing: false, segment: index))
                    inLevel = false
                } else {
                    let kind = PackingLevelKind(rawValue: self.codes.hierarchicalLevels[code] ?? "x12:\(code)")
                    current = levels.count
                    levels.append(Level(id: id, parent: fields.text(2), packing: true, segment: index))
                    contents.start(current, kind: kind)
                    inLevel = true
                }
            case X12Tag.dtm:
                guard let date = common.date(fields) else { break }
                if inLevel {
                    switch date.qualifier {
                    case details.expirationDate: contents[current].expirationDate = date.date
                    case details.manufactureDate: contents[current].manufactureDate = date.date
                    default: contents[current].dates.append(date)
                    }
                } else {
                    notice.dates.append(date)
                }
            case X12Tag.ref:
                guard let reference = common.reference(fields) else { break }
                if inLevel { contents[current].references.append(reference) } else {
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
                contents[current].packaging.append(itemDetails.packaging(fields))
            case X12Tag.mea where inLevel:
                contents[current].measurements.append(itemDetails.measurement(fields))
            case X12Tag.prf:
                guard inLevel else { break }
                if let number = fields.text(1) {
                    contents[current].references.append(
                        Reference(kind: .purchaseOrder, value: number, qualifier: "PRF01"))
                }
                if let date = fields.date(4) {
                    contents[current].dates.append(QualifiedDate(kind: "orderDate", date: date, qualifier: "PRF04"))
                }
            case X12Tag.man:
                guard inLevel else { break }
                if fields.text(1) == "GM" { contents[current].sscc = fields.text(2) }
            case X12Tag.lin:
                guard inLevel else { break }
                contents[current].lineNumber = fields.text(1)
                for identifier in common.itemIdentifiers(fields, from: 2, through: 31) {
                    switch identifier.qualifier {
                    case details.lot: contents[current].lot = identifier.value
                    case details.serialNumber: contents[current].serialNumbers.append(identifier.value)
                    default: contents[current].itemIdentifiers.append(identifier)
                    }
                }
            case X12Tag.sn1:
                guard inLevel else { break }
                if let shipped = fields.decimal(2) {
                    contents[current].quantityShipped =
                        Quantity(shipped, UnitOfMeasure(rawValue: fields.text(3) ?? "EA"))
                }
                if let ordered = fields.decimal(5) {
                    contents[current].quantityOrdered =
                        Quantity(ordered, UnitOfMeasure(rawValue: fields.text(6) ?? "EA"))
                }
            case X12Tag.pid:
                if inLevel, contents[current].description == nil, fields.text(1) == "F" {
                    contents[current].description = fields.text(5)
                }
            default:
                if let tag = fields.segment.validTag { notMapped.insert(tag) }
            }
        }
        closeParty()
        notice.levels = Self.tree(levels, contents, set: self.set, into: &diagnostics)
        X12CommonReader.reportNotMapped(notMapped, in: self.set, document: "ship notice", into: &diagnostics)
        return notice
    }

    /// Assembles the levels under their HL02 parents. A level's parent is the latest HL before it with that id (HL02
    /// points back to an HL already sent; ids are meant to be unique, and where a sender repeats them — numbering
    /// again from 1 for each order, say — the latest is the one meant). Levels under the shipment, without a parent,
    /// or whose parent no earlier HL has (with a warning) are top level. Each level takes one place, built from the
    /// last up (a parent comes before its children), so any input is assembled in linear time without recursion.
    private static func tree(_ levels: [Level], _ contents: PackingLevelSlots, set: X12TransactionSet,
                             into diagnostics: inout Diagnostics) -> [PackingLevel] {
        let count = levels.count
        // HL01 ids are normally 1, 2, 3… in order: then id n is level n - 1 and nothing needs hashing.
        let numbered = levels.indices.allSatisfy { Self.number(levels[$0].id) == $0 + 1 }
        var latest: [String: Int] = numbered ? [:] : .init(minimumCapacity: count)
        var parentOf = [Int](repeating: -1, count: count)
        var depth = [Int](repeating: 0, count: count)
        var offsets = [Int](repeating: 0, count: count + 1)
        var top: [Int] = []
        /// A diagnostic at the HL02 of level `index`.
        func report(_ code: String, _ severity: DiagnosticSeverity, at index: Int, _ message: String) {
            let segment = levels[index].segment
            let record = set.segments.records[segment]
            diagnostics.append(Diagnostic(
                severity, DiagnosticCode(code),
                at: .x12(X12Location(interchange: set.context.interchange, group: set.context.group,
                                     transaction: set.context.transaction, segment: "HL", segmentPosition: segment + 1,
                                     element: 2, line: record.line, byteOffset: record.byteOffset)),
                message))
        }
        for index in 0..<count {
            defer { if !numbered { latest[levels[index].id] = index } }
            guard levels[index].packing else { continue }
            let parent: Int?
            if let id = levels[index].parent {
                parent = numbered ? Self.number(id).flatMap { $0 <= index ? $0 - 1 : nil } : latest[id]
                if parent == nil {
                    report("x12.mapping.hl-parent-unknown", .warning, at: index,
                           "an HL level names a parent that no earlier HL has; it was placed under the shipment")
                }
            } else {
                parent = nil
            }
            guard let parent, levels[parent].packing else {
                top.append(index)
                continue
            }
            guard depth[parent] + 1 < Self.maximumDepth else {
                report("x12.mapping.hl-too-deep", .error, at: index,
                       "HL levels nest more than \(Self.maximumDepth) deep; this one was placed under the shipment "
                           + "(an 856 nests shipment, order, tare, pack, subpack and item)")
                top.append(index)
                continue
            }
            depth[index] = depth[parent] + 1
            parentOf[index] = parent
            offsets[parent + 1] += 1
        }
        // Children in input order, as offsets into one array.
        for index in 0..<count { offsets[index + 1] += offsets[index] }
        var children = [Int](repeating: 0, count: offsets[count])
        var filled = offsets
        for index in 0..<count where parentOf[index] >= 0 {
            children[filled[parentOf[index]]] = index
            filled[parentOf[index]] += 1
        }
        // From the last level up: a level's children (all later than it) are complete when it is reached, and are
        // moved into it.
        for index in stride(from: count - 1, through: 0, by: -1) where levels[index].packing {
            guard offsets[index] < offsets[index + 1] else { continue }
            var built: [PackingLevel] = []
            built.reserveCapacity(offsets[index + 1] - offsets[index])
            for child in offsets[index]..<offsets[index + 1] { built.append(contents.take(children[child])) }
            contents[index].children = built
        }
        return top.map { contents.take($0) }
    }

    /// How deep HL levels may nest (the canonical tree is read and written recursively).
    static let maximumDepth = 64

    /// `id` as a number when it is written as X12 writes HL01 numbers: digits only, no leading zero.
    private static func number(_ id: String) -> Int? {
        var value = 0
        var digits = 0
        for byte in id.utf8 {
            guard byte >= 0x30, byte <= 0x39, digits < 9, !(digits == 0 && byte == 0x30) else { return nil }
            value = value * 10 + Int(byte - 0x30)
            digits += 1
        }
        return digits == 0 ? nil : value
    }
}
