import Canonical
import Foundation

/// The document members most documents share (parties, references, dates, notes, payment terms, transport),
/// filled from cells and read back for writing.
struct CSVDocumentCommon {
    var parties = CSVPartyDrafts()
    var references: [Reference] = []
    var dates: [QualifiedDate] = []
    var notes: [Note] = []
    var paymentTerms: PaymentTerms?
    var transport: ShipmentTransport?

    /// Takes the cell when it fills a shared member; false when the document must handle it itself.
    mutating func apply(_ field: CSVField.Document, _ value: CSVValue) -> Bool {
        switch field {
        case .party(let role, let member):
            self.parties.set(member, role: role, to: value)
        case .reference(let kind):
            if let text = value.text { self.references.append(Reference(kind: kind, value: text)) }
        case .date(let kind):
            if let date = value.date { self.dates.append(QualifiedDate(kind: kind, date: date)) }
        case .note(let code):
            if let text = value.text { self.notes.append(Note(text, code: code)) }
        case .paymentTerms(let member):
            var terms = self.paymentTerms ?? PaymentTerms()
            switch member {
            case .netDays: terms.netDays = value.integer
            case .discountDays: terms.discountDays = value.integer
            case .discountPercent: terms.discountPercent = value.decimal
            case .description: terms.description = value.text
            }
            self.paymentTerms = terms
        case .transport(let member):
            var transport = self.transport ?? ShipmentTransport()
            switch member {
            case .carrierCode: transport.carrierCode = value.text
            case .carrierName: transport.carrierName = value.text
            case .method: transport.method = value.text
            case .packageCount: transport.packageCount = value.integer
            }
            self.transport = transport
        default:
            return false
        }
        return true
    }

    /// The value of a shared member in a document's own members; `nil` when it has none (or the field is not shared).
    static func value(_ field: CSVField.Document, parties: [Party], references: [Reference], dates: [QualifiedDate],
                      notes: [Note], paymentTerms: PaymentTerms? = nil, transport: ShipmentTransport? = nil)
        -> CSVValue? {
        switch field {
        case .party(let role, let member):
            return CSVPartyDrafts.value(member, role: role, in: parties)
        case .reference(let kind):
            return references.first { $0.kind == kind }.map { .text($0.value) }
        case .date(let kind):
            return dates.first { $0.kind == kind }.map { .date($0.date) }
        case .note(let code):
            return notes.first { $0.code == code }.map { .text($0.text) }
        case .paymentTerms(let member):
            guard let terms = paymentTerms else { return nil }
            switch member {
            case .netDays: return terms.netDays.map(CSVValue.integer)
            case .discountDays: return terms.discountDays.map(CSVValue.integer)
            case .discountPercent: return terms.discountPercent.map(CSVValue.decimal)
            case .description: return terms.description.map(CSVValue.text)
            }
        case .transport(let member):
            guard let transport else { return nil }
            switch member {
            case .carrierCode: return transport.carrierCode.map(CSVValue.text)
            case .carrierName: return transport.carrierName.map(CSVValue.text)
            case .method: return transport.method.map(CSVValue.text)
            case .packageCount: return transport.packageCount.map(CSVValue.integer)
            }
        default:
            return nil
        }
    }
}

/// The line members most lines share (line number, identifiers, description, references, dates, notes).
struct CSVLineCommon {
    var lineNumber: String?
    var identifiers: [ItemIdentifier] = []
    var description: String?
    var references: [Reference] = []
    var dates: [QualifiedDate] = []
    var notes: [Note] = []
    var unit: UnitOfMeasure?

    /// Reads the shared members of a row's line cells (and the unit every quantity takes).
    init(_ cells: [CSVCell]) {
        for cell in cells {
            guard case .line(let field) = cell.field else { continue }
            switch field {
            case .lineNumber: self.lineNumber = cell.value.text
            case .item(let kind):
                if let text = cell.value.text { self.identifiers.append(ItemIdentifier(kind: kind, value: text)) }
            case .description: self.description = cell.value.text
            case .reference(let kind):
                if let text = cell.value.text { self.references.append(Reference(kind: kind, value: text)) }
            case .date(let kind):
                if let date = cell.value.date { self.dates.append(QualifiedDate(kind: kind, date: date)) }
            case .note(let code):
                if let text = cell.value.text { self.notes.append(Note(text, code: code)) }
            case .unit:
                self.unit = cell.value.text.map { UnitOfMeasure(rawValue: $0) }
            default:
                break
            }
        }
    }

    /// A quantity of `value` in the line's unit.
    func quantity(_ value: CSVValue?) -> Quantity? {
        guard let amount = value?.decimal, let unit = self.unit else { return nil }
        return Quantity(amount, unit)
    }

    /// The value of a shared line member; `nil` when the line has none (or the field is not shared).
    static func value(_ field: CSVField.Line, lineNumber: String?, identifiers: [ItemIdentifier],
                      description: String?, references: [Reference], dates: [QualifiedDate], notes: [Note])
        -> CSVValue? {
        switch field {
        case .lineNumber: lineNumber.map(CSVValue.text)
        case .item(let kind): identifiers.first { $0.kind == kind }.map { .text($0.value) }
        case .description: description.map(CSVValue.text)
        case .reference(let kind): references.first { $0.kind == kind }.map { .text($0.value) }
        case .date(let kind): dates.first { $0.kind == kind }.map { .date($0.date) }
        case .note(let code): notes.first { $0.code == code }.map { .text($0.text) }
        default: nil
        }
    }
}

extension Array where Element == CSVCell {
    /// The value of the first cell for `field`.
    func value(_ field: CSVField) -> CSVValue? {
        self.first { $0.field == field }?.value
    }
}
