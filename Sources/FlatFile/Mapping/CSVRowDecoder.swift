import Canonical
import WharfCore

/// Converts records into rows of canonical values by a layout, once its columns are found in the file's header.
struct CSVRowDecoder: Sendable {
    /// A layout column and where it is in the file (a class: rows read it for every cell, without copying).
    final class BoundColumn: Sendable {
        /// The column's index in the layout.
        let index: Int
        /// The column.
        let column: CSVColumn
        /// Its position in the file (1-based), or `nil` when the file lacks it.
        let position: Int?
        /// Its header name in the file, when the file has a header.
        let header: String?
        /// Whether an empty value is an error.
        let isRequired: Bool
        /// The value used when the cell is empty.
        let defaultValue: CSVValue?
        /// What the row decoder needs to know of the column's field without comparing fields.
        let facts: Facts

        init(index: Int, column: CSVColumn, position: Int?, header: String?, isRequired: Bool,
             defaultValue: CSVValue?, facts: Facts) {
            self.index = index
            self.column = column
            self.position = position
            self.header = header
            self.isRequired = isRequired
            self.defaultValue = defaultValue
            self.facts = facts
        }
    }

    /// Facts about a column's field, worked out once per file.
    struct Facts: OptionSet, Sendable {
        let rawValue: UInt8
        /// A line field.
        static let line = Facts(rawValue: 1)
        /// A quantity, which needs `line.unit`.
        static let quantity = Facts(rawValue: 2)
        /// `line.unit`.
        static let unit = Facts(rawValue: 4)
        /// An invoice total, which needs `totals.totalAmount`.
        static let totals = Facts(rawValue: 8)
        /// `totals.totalAmount`.
        static let totalAmount = Facts(rawValue: 16)

        init(rawValue: UInt8) {
            self.rawValue = rawValue
        }

        init(_ field: CSVField) {
            var facts: Facts = []
            if case .line = field { facts.insert(.line) }
            if field.needsUnit { facts.insert(.quantity) }
            if field == .line(.unit) { facts.insert(.unit) }
            if case .document(.totals(let member)) = field {
                facts.insert(.totals)
                if member == .totalAmount { facts.insert(.totalAmount) }
            }
            self = facts
        }
    }

    /// A layout constant with the columns that fill the same field (a value in one of them wins).
    struct Constant: Sendable {
        let field: CSVField
        let value: CSVValue
        let columns: [Int]
    }

    let layout: CSVLayout
    let columns: [BoundColumn]
    private let converter: CSVValueConverter
    private let constants: [Constant]
    private let nullValues: Set<[UInt8]>
    private let documentCapacity: Int
    private let lineCapacity: Int

    /// Finds the layout's columns in `header` (the file's first record when the layout has a header row).
    /// - Throws: `csv.layout.missing-column` when a required column is not in the header: no row could be mapped.
    init(layout: CSVLayout, header: CSVRecord?, diagnostics: inout Diagnostics) throws(TranslationError) {
        self.layout = layout
        self.converter = CSVValueConverter(numberFormat: layout.numberFormat, dateFormat: layout.dateFormat)
        self.constants = layout.constants.compactMap { constant in
            CSVValueConverter.canonicalValue(constant.text, for: constant.field).map { value in
                Constant(field: constant.field, value: value,
                         columns: layout.columns.indices.filter { layout.columns[$0].field == constant.field })
            }
        }
        let lineFields = layout.columns.filter { if case .line = $0.field { true } else { false } }.count
        self.lineCapacity = lineFields + layout.constants.count
        self.documentCapacity = layout.columns.count - lineFields + layout.constants.count
        self.nullValues = Set(layout.nullValues.map { Array($0.utf8) })
        let names = header?.fields ?? []
        var missing: [Diagnostic] = []
        var used = Set<Int>()
        var columns: [BoundColumn] = []
        for (index, column) in layout.columns.enumerated() {
            let position = column.position ?? CSVHeaderMatcher.position(of: column.headers, in: names)
            let intrinsic = CSVField.required(for: layout.documentKind).contains(column.field)
                && column.defaultValue == nil && layout.constant(for: column.field) == nil
            let isRequired = column.isRequired || intrinsic
            if let position { used.insert(position) }
            if position == nil, isRequired {
                missing.append(Diagnostic(
                    .error, .csvLayoutMissingColumn, at: .csv(CSVLocation(record: header?.number ?? 1)),
                    "the header has no column \(column.name) for \(column.field), which layout \(layout.name) "
                        + "requires"))
            }
            let converter = self.converter
            var ignored: [Diagnostic] = []
            let defaultValue = column.defaultValue.flatMap { text in
                converter.convert(Array(text.utf8)[...], for: column, location: .csv(CSVLocation(record: 1)),
                                  into: &ignored)
            }
            columns.append(BoundColumn(index: index, column: column, position: position,
                                       header: position.flatMap { $0 <= names.count ? names[$0 - 1] : nil },
                                       isRequired: isRequired, defaultValue: defaultValue,
                                       facts: Facts(column.field)))
        }
        self.columns = columns
        if let header {
            var seen = Set<String>()
            for (offset, name) in names.enumerated() {
                let location = SourceLocation.csv(CSVLocation(record: header.number, column: offset + 1, header: name))
                if !name.isEmpty, !seen.insert(name).inserted {
                    diagnostics.append(Diagnostic(.warning, .csvHeaderDuplicate, at: location,
                                                  "an earlier column has the same header name; the first one is used"))
                }
                if !used.contains(offset + 1), layout.unknownColumns != .ignore {
                    diagnostics.append(Diagnostic(
                        layout.unknownColumns == .error ? .error : .warning, .csvLayoutUnknownColumn, at: location,
                        "layout \(layout.name) does not map this column; it was not read"))
                }
            }
        }
        if !missing.isEmpty {
            diagnostics.append(contentsOf: missing)
            throw TranslationError(
                code: .csvLayoutMissingColumn,
                message: "the file lacks \(missing.count) column(s) that layout \(layout.name) requires",
                location: missing[0].location, diagnostics: diagnostics.all)
        }
    }

    /// The row of `record`, with the problems of its values.
    func decode(_ record: CSVRecord, into diagnostics: inout Diagnostics) -> CSVRow {
        var row = CSVRow(record: record.number)
        row.document.reserveCapacity(self.documentCapacity)
        row.line.reserveCapacity(self.lineCapacity)
        var filled = [Bool](repeating: false, count: self.columns.count)
        var hasQuantity = false
        var hasUnit = false
        var hasTotals = false
        var hasTotalAmount = false
        for bound in self.columns {
            var value: CSVValue?
            var fromFile = false
            if let position = bound.position, let bytes = record.utf8(column: position) {
                let trimmed = Self.trimmed(bytes)
                if !trimmed.isEmpty, self.nullValues.isEmpty || !self.nullValues.contains(Array(trimmed)) {
                    guard let converted = self.converter.convert(trimmed, for: bound.column,
                                                                 location: self.location(record, bound),
                                                                 into: &diagnostics) else {
                        row.failed = true
                        continue
                    }
                    value = converted
                    fromFile = true
                }
            }
            guard let value = value ?? bound.defaultValue else {
                if bound.isRequired {
                    let why = bound.position.map { $0 > record.count ? "the record has no such column" : "it is empty" }
                        ?? "the file has no such column"
                    diagnostics.append(Diagnostic(.error, .csvValueRequiredMissing, at: self.location(record, bound),
                                                  "\(bound.column.field) is required but \(why)"))
                    row.failed = true
                }
                continue
            }
            filled[bound.index] = true
            hasQuantity = hasQuantity || bound.facts.contains(.quantity)
            hasUnit = hasUnit || bound.facts.contains(.unit)
            hasTotals = hasTotals || bound.facts.contains(.totals)
            hasTotalAmount = hasTotalAmount || bound.facts.contains(.totalAmount)
            let cell = CSVCell(column: bound.index, field: bound.column.field, value: value)
            if bound.facts.contains(.line) {
                row.line.append(cell)
                if fromFile { row.hasLineContent = true }
            } else {
                row.document.append(cell)
            }
        }
        for constant in self.constants where !constant.columns.contains(where: { filled[$0] }) {
            let cell = CSVCell(column: nil, field: constant.field, value: constant.value)
            hasUnit = hasUnit || constant.field == .line(.unit)
            switch constant.field {
            case .document: row.document.append(cell)
            case .line: row.line.append(cell)
            }
        }
        if hasQuantity, !hasUnit {
            self.missing(.line(.unit), because: "when the row has a quantity", record: record, row: &row,
                         into: &diagnostics)
        }
        if hasTotals, !hasTotalAmount {
            self.missing(.document(.totals(.totalAmount)), because: "when the row has other totals", record: record,
                         row: &row, into: &diagnostics)
        }
        return row
    }

    /// Reports a value that another value of the row needs, unless its cell already has a problem.
    private func missing(_ field: CSVField, because reason: String, record: CSVRecord, row: inout CSVRow,
                         into diagnostics: inout Diagnostics) {
        let bound = self.columns.first { $0.column.field == field }
        let location = bound.map { self.location(record, $0) } ?? .csv(CSVLocation(record: record.number))
        if diagnostics.all.last(where: { $0.location == location }) != nil, row.failed { return }
        diagnostics.append(Diagnostic(.error, .csvValueRequiredMissing, at: location,
                                      "\(field) is required \(reason) but it is empty"))
        row.failed = true
    }

    /// Where a column of a record is: record, column and header name.
    private func location(_ record: CSVRecord, _ bound: BoundColumn) -> SourceLocation {
        .csv(CSVLocation(record: record.number, column: bound.position, header: bound.header))
    }

    /// The bytes without surrounding spaces and tabs.
    static func trimmed(_ bytes: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        var slice = bytes
        while let first = slice.first, first == 0x20 || first == 0x09 { slice.removeFirst() }
        while let last = slice.last, last == 0x20 || last == 0x09 { slice.removeLast() }
        return slice
    }
}
