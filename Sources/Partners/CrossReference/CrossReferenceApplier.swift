import Canonical
import WharfCore

/// Applies a partner's cross-reference tables to canonical documents, inbound (the partner's values become ours)
/// or outbound (ours become the partner's): item identifiers completed from the item table, units of measure and
/// party identifiers translated, cost centers added for departments and locations. A value the table lacks is
/// handled by the table's policy; every diagnostic is located by JSON pointer into the canonical file and never
/// quotes the value.
public struct CrossReferenceApplier: Sendable {
    /// Which way values are translated.
    public enum Direction: Sendable {
        /// From the partner's values to Wharf's canonical ones.
        case inbound
        /// From canonical values to the partner's.
        case outbound
    }

    let profile: PartnerProfile
    let direction: Direction

    /// An applier for `profile`'s tables, translating `direction`.
    public init(profile: PartnerProfile, direction: Direction) {
        self.profile = profile
        self.direction = direction
    }

    /// The documents with the tables applied; unmapped values are reported to `diagnostics` (errors under a `fail`
    /// policy, warnings under `warn`).
    public func apply(_ documents: [CanonicalDocument], into diagnostics: inout Diagnostics) -> [CanonicalDocument] {
        documents.enumerated().map { index, document in
            var context = Context(applier: self, base: "/documents/\(index)/document")
            let result: CanonicalDocument
            switch document {
            case .order(var order):
                for line in order.lines.indices {
                    context.items(&order.lines[line].itemIdentifiers, at: "/lines/\(line)/itemIdentifiers")
                    context.unit(&order.lines[line].quantity, at: "/lines/\(line)/quantity/unit")
                }
                context.parties(&order.parties, at: "/parties")
                context.costCenters(&order.references, at: "/references")
                result = .order(order)
            case .orderResponse(var response):
                for line in response.lines.indices {
                    context.items(&response.lines[line].itemIdentifiers, at: "/lines/\(line)/itemIdentifiers")
                    context.unit(&response.lines[line].orderedQuantity, at: "/lines/\(line)/orderedQuantity/unit")
                    context.unit(&response.lines[line].confirmedQuantity, at: "/lines/\(line)/confirmedQuantity/unit")
                }
                context.parties(&response.parties, at: "/parties")
                result = .orderResponse(response)
            case .shipNotice(var notice):
                context.levels(&notice.levels, at: "/levels")
                context.parties(&notice.parties, at: "/parties")
                result = .shipNotice(notice)
            case .invoice(var invoice):
                for line in invoice.lines.indices {
                    context.items(&invoice.lines[line].itemIdentifiers, at: "/lines/\(line)/itemIdentifiers")
                    context.unit(&invoice.lines[line].quantity, at: "/lines/\(line)/quantity/unit")
                }
                context.parties(&invoice.parties, at: "/parties")
                result = .invoice(invoice)
            case .itemMaster(var master):
                for item in master.items.indices {
                    context.items(&master.items[item].identifiers, at: "/items/\(item)/identifiers")
                }
                result = .itemMaster(master)
            case .consumption(var consumption):
                for line in consumption.lines.indices {
                    context.items(&consumption.lines[line].itemIdentifiers, at: "/lines/\(line)/itemIdentifiers")
                    context.unit(&consumption.lines[line].quantity, at: "/lines/\(line)/quantity/unit")
                }
                context.parties(&consumption.parties, at: "/parties")
                for (member, value) in [("department", consumption.department), ("location", consumption.location)] {
                    if let value, let center = context.costCenter(for: value, at: "/\(member)"),
                       !consumption.references.contains(where: { $0.kind == .costCenter && $0.value == center }) {
                        consumption.references.append(Reference(kind: .costCenter, value: center))
                    }
                }
                result = .consumption(consumption)
            case .functionalAcknowledgment:
                result = document
            }
            diagnostics.append(contentsOf: context.diagnostics)
            return result
        }
    }

    /// The walk over one document, collecting diagnostics.
    private struct Context {
        let applier: CrossReferenceApplier
        let base: String
        var diagnostics: [Diagnostic] = []

        var profile: PartnerProfile { self.applier.profile }

        mutating func unit(_ quantity: inout Quantity, at path: String) {
            var optional: Quantity? = quantity
            self.unit(&optional, at: path)
            if let optional { quantity = optional }
        }

        mutating func levels(_ levels: inout [PackingLevel], at path: String) {
            for index in levels.indices {
                let here = "\(path)/\(index)"
                if !levels[index].itemIdentifiers.isEmpty { self.items(&levels[index].itemIdentifiers, at: here + "/itemIdentifiers") }
                self.unit(&levels[index].quantityShipped, at: here + "/quantityShipped/unit")
                self.unit(&levels[index].quantityOrdered, at: here + "/quantityOrdered/unit")
                self.levels(&levels[index].children, at: here + "/children")
            }
        }

        /// Completes identifiers from the first row of the item table that shares one of them.
        mutating func items(_ identifiers: inout [ItemIdentifier], at path: String) {
            guard let table = self.profile.crossReference(.items), !identifiers.isEmpty else { return }
            let row = identifiers.lazy.compactMap { table.row(where: $0.kind.rawValue, is: $0.value) }.first
            guard let row else {
                self.unmapped(table, at: path, "the item (\(identifiers.map(\.kind.rawValue).joined(separator: ", "))) is not in the items table \(table.file)")
                return
            }
            for column in table.columns {
                guard let value = row[column], !value.isEmpty,
                      !identifiers.contains(where: { $0.kind.rawValue == column }) else { continue }
                identifiers.append(ItemIdentifier(kind: ItemIdentifierKind(rawValue: column), value: value))
            }
        }

        mutating func unit(_ quantity: inout Quantity?, at path: String) {
            guard let table = self.profile.crossReference(.units), let unit = quantity?.unit.rawValue else { return }
            let (from, to) = self.applier.direction == .inbound ? ("partner", "canonical") : ("canonical", "partner")
            guard let mapped = table.row(where: from, is: unit)?[to] else {
                self.unmapped(table, at: path, "the unit of measure is not in the units table \(table.file) (column \(from))")
                return
            }
            quantity?.unit = UnitOfMeasure(rawValue: mapped)
        }

        mutating func parties(_ parties: inout [Party], at path: String) {
            guard let table = self.profile.crossReference(.parties) else { return }
            let (from, to) = self.applier.direction == .inbound ? ("partner", "canonical") : ("canonical", "partner")
            for party in parties.indices {
                for identifier in parties[party].identifiers.indices {
                    let value = parties[party].identifiers[identifier].value
                    guard let mapped = table.row(where: from, is: value)?[to] else {
                        self.unmapped(table, at: "\(path)/\(party)/identifiers/\(identifier)/value",
                                      "the party identifier is not in the parties table \(table.file) (column \(from))")
                        continue
                    }
                    parties[party].identifiers[identifier].value = mapped
                }
            }
        }

        mutating func costCenters(_ references: inout [Reference], at path: String) {
            for (index, reference) in references.enumerated() where reference.kind == .department {
                if let center = self.costCenter(for: reference.value, at: "\(path)/\(index)/value"),
                   !references.contains(where: { $0.kind == .costCenter }) {
                    references.append(Reference(kind: .costCenter, value: center))
                }
            }
        }

        mutating func costCenter(for location: String, at path: String) -> String? {
            guard let table = self.profile.crossReference(.costCenters) else { return nil }
            guard let center = table.row(where: "location", is: location)?["costCenter"] else {
                self.unmapped(table, at: path, "the location or department is not in the cost center table \(table.file)")
                return nil
            }
            return center
        }

        mutating func unmapped(_ table: CrossReferenceTable, at path: String, _ message: String) {
            let severity: DiagnosticSeverity
            switch table.onUnmapped {
            case .passThrough: return
            case .warn: severity = .warning
            case .fail: severity = .error
            }
            self.diagnostics.append(Diagnostic(
                severity, .crossReferenceUnmapped, at: .jsonPointer(self.base + path),
                "partner \(self.profile.id): \(message); add a row, or set crossReferences.\(table.kind.rawValue).onUnmapped"))
        }
    }
}
