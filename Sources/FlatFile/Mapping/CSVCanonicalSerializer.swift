import Canonical
import WharfCore

/// Writes canonical documents as a delimited file by a layout: a header row when the layout has one, then one row
/// per line of each document (one row with the document values alone for a document without lines).
///
/// Columns are written at their positions, the others in layout order in the free places. Values are written in
/// the layout's formats: decimals exactly, with the layout's decimal separator and at least the column's
/// `fractionDigits`; dates in the column's format; codes back through the column's code table. A value the column
/// cannot hold (a date without the day its format needs, a time the format drops) is a `csv.value.unrepresentable`
/// warning located at the output record and column; a required column left empty is a
/// `csv.value.required-missing` error. What the layout has no column for is not written.
///
/// ```swift
/// let serializer = CSVCanonicalSerializer(layout: CSVLayoutCatalog.builtIn.layout(named: "invoice-lines")!)
/// let payload = try serializer.serialize(documents, context: TranslationContext(), diagnostics: &diagnostics)
/// ```
public struct CSVCanonicalSerializer: MessageSerializer {
    /// The layout written.
    public let layout: CSVLayout

    /// Creates a serializer for `layout`.
    public init(layout: CSVLayout) {
        self.layout = layout
    }

    /// The layout's format: `csv:<name>@<version>`.
    public var format: FormatID { self.layout.format }

    /// The columns in output order; `nil` for a position no column claims.
    private var slots: [CSVColumn?] {
        let width = max(self.layout.columns.count, self.layout.columns.compactMap(\.position).max() ?? 0)
        var slots = [CSVColumn?](repeating: nil, count: width)
        for column in self.layout.columns {
            if let position = column.position { slots[position - 1] = column }
        }
        var free = slots.indices.filter { slots[$0] == nil }[...]
        for column in self.layout.columns where column.position == nil {
            guard let index = free.popFirst() else { break }
            slots[index] = column
        }
        while slots.last.map({ $0 == nil }) == true { slots.removeLast() }
        return slots
    }

    /// Writes `documents` in the layout, every one of the layout's document kind.
    /// - Throws: `format.unsupported` when a document is not of the layout's kind.
    public func serialize(_ documents: [CanonicalDocument], context: TranslationContext,
                          diagnostics: inout Diagnostics) throws(TranslationError) -> Payload {
        var writer = CSVWriter(options: self.layout.writerOptions)
        let slots = self.slots
        if self.layout.dialect.hasHeader {
            writer.write(record: slots.map { $0?.headers.first ?? "" })
        }
        for (index, document) in documents.enumerated() {
            guard document.kind == self.layout.documentKind else {
                throw TranslationError(
                    code: .formatUnsupported,
                    message: "document \(index + 1) (\(document.kind.rawValue)) cannot be written with layout "
                        + "\(self.layout.name), which is for \(self.layout.documentKind.rawValue) documents",
                    location: .jsonPointer("/documents/\(index)"), diagnostics: diagnostics.all)
            }
            switch document.kind {
            case .order: self.write(OrderCSVMapping.self, document, slots: slots, into: &writer, &diagnostics)
            case .orderResponse:
                self.write(OrderResponseCSVMapping.self, document, slots: slots, into: &writer, &diagnostics)
            case .shipNotice: self.write(ShipNoticeCSVMapping.self, document, slots: slots, into: &writer, &diagnostics)
            case .invoice: self.write(InvoiceCSVMapping.self, document, slots: slots, into: &writer, &diagnostics)
            case .itemMaster: self.write(ItemMasterCSVMapping.self, document, slots: slots, into: &writer, &diagnostics)
            case .consumption:
                self.write(ConsumptionCSVMapping.self, document, slots: slots, into: &writer, &diagnostics)
            case .functionalAcknowledgment: break
            }
        }
        let bytes = writer.takeBytes()
        if writer.unrepresentableCharacters > 0 {
            diagnostics.append(Diagnostic(
                .warning, .csvValueUnrepresentable, at: nil,
                "\(writer.unrepresentableCharacters) character(s) cannot be written in "
                    + "\(self.layout.writerOptions.encoding.rawValue) and were written as '?'"))
        }
        return Payload(bytes: bytes)
    }

    private func write<Mapping: CSVDocumentMapping>(_ mapping: Mapping.Type, _ document: CanonicalDocument,
                                                    slots: [CSVColumn?], into writer: inout CSVWriter,
                                                    _ diagnostics: inout Diagnostics) {
        guard let document = Mapping.unwrap(document) else { return }
        let lines = Mapping.lines(of: document)
        let rows: [Mapping.Line?] = lines.isEmpty ? [nil] : lines
        let firstRecord = writer.recordCount + 1
        // Document values are the same on every row: converted once, with problems reported at the first row.
        let documentTexts: [String?] = slots.enumerated().map { offset, column in
            guard let column, case .document(let field) = column.field else { return nil }
            return self.text(Mapping.value(field, of: document), column: column,
                             location: self.location(firstRecord, offset, column), into: &diagnostics)
        }
        for line in rows {
            let record = writer.recordCount + 1
            for (offset, column) in slots.enumerated() {
                if let text = documentTexts[offset] {
                    writer.append(field: text)
                    continue
                }
                guard let column, case .line(let field) = column.field else {
                    writer.append(field: "")
                    continue
                }
                let value = line.flatMap { Mapping.value(field, of: $0) }
                writer.append(field: self.text(value, column: column, location: self.location(record, offset, column),
                                               into: &diagnostics))
            }
            writer.endRecord()
        }
    }

    /// The output location of a column of a record.
    private func location(_ record: Int, _ offset: Int, _ column: CSVColumn) -> SourceLocation {
        .csv(CSVLocation(record: record, column: offset + 1,
                         header: self.layout.dialect.hasHeader ? column.headers.first : nil))
    }

    /// The text of a value in its column's format.
    private func text(_ value: CSVValue?, column: CSVColumn, location: @autoclosure () -> SourceLocation,
                      into diagnostics: inout Diagnostics) -> String {
        guard let value else {
            if column.isRequired {
                diagnostics.append(Diagnostic(.error, .csvValueRequiredMissing, at: location(),
                                              "\(column.field) is required by the layout but the document has none"))
            }
            return ""
        }
        switch column.type {
        case .text, .code:
            let text = value.text ?? ""
            return column.hasCodeTable ? column.sourceCode(for: text) ?? text : text
        case .integer:
            if let integer = value.integer { return String(integer) }
            diagnostics.append(Diagnostic(.warning, .csvValueUnrepresentable, at: location(),
                                          "\(column.field) is not a whole number; written with its fraction"))
            return value.decimal.map { self.layout.numberFormat.text(for: $0) } ?? value.text ?? ""
        case .decimal:
            guard let decimal = value.decimal else { return value.text ?? "" }
            return self.layout.numberFormat.text(for: decimal, minimumFractionDigits: column.fractionDigits ?? 0)
        case .date:
            guard let date = value.date else { return value.text ?? "" }
            let format = column.dateFormat ?? self.layout.dateFormat
            guard let text = format.text(for: date) else {
                diagnostics.append(Diagnostic(
                    .warning, .csvValueUnrepresentable, at: location(),
                    "\(column.field) is less precise than the format \(format.pattern) needs; left empty"))
                return ""
            }
            if format.truncates(date) {
                diagnostics.append(Diagnostic(
                    .warning, .csvValueUnrepresentable, at: location(),
                    "\(column.field) is more precise than the format \(format.pattern); the rest was dropped"))
            }
            return text
        }
    }
}
