import Canonical
import WharfCore

/// Reads delimited files into canonical documents by a layout: each row is one line, and rows with the same
/// `groupBy` values (the same PO number …) make one document.
///
/// The layout is the one named by the payload's format (`csv:order-lines`, from `--from csv:LAYOUT` or a partner
/// route), or the catalog's only layout. Values are converted exactly (decimals never pass through `Double`; a
/// decimal comma is read when the layout says so). Problems are diagnostics located by record (header = 1),
/// column and header name: a row with an error makes its whole document an error (`csv.document.rejected`: the
/// document is not produced), and the other documents are still mapped. The parser throws only when nothing can
/// be mapped: an unknown layout, or a header that lacks a required column.
///
/// ```swift
/// let parser = CSVCanonicalParser(layout: CSVLayoutCatalog.builtIn.layout(named: "order-lines")!)
/// var diagnostics = Diagnostics()
/// let documents = try parser.parse(Payload(bytes: bytes), context: TranslationContext(), diagnostics: &diagnostics)
/// ```
public struct CSVCanonicalParser: MessageParser {
    /// The layouts this parser can read by.
    public let catalog: CSVLayoutCatalog

    /// Creates a parser for every layout of `catalog`.
    public init(catalog: CSVLayoutCatalog = .builtIn) {
        self.catalog = catalog
    }

    /// Creates a parser for one layout.
    public init(layout: CSVLayout) {
        self.catalog = CSVLayoutCatalog(layouts: [layout])
    }

    /// One format per layout: `csv:<name>@<version>`.
    public var formats: Set<FormatID> { Set(self.catalog.layouts.map(\.format)) }

    /// Parses `payload` by the layout its format names (`context.envelope?.format`), or the catalog's only one.
    /// - Throws: `csv.layout.unknown` when no layout is named and the catalog has several, or the one named is
    ///   unknown; `csv.layout.missing-column` when the header lacks a column the layout requires.
    public func parse(_ payload: Payload, context: TranslationContext, diagnostics: inout Diagnostics)
        throws(TranslationError) -> [CanonicalDocument] {
        let layout = try self.layout(for: context.envelope?.format)
        return try self.parse(payload, layout: layout, diagnostics: &diagnostics)
    }

    /// The layout named by `format`, or the only one.
    /// - Throws: `csv.layout.unknown` when `format` names no layout of the catalog, or names none and the catalog
    ///   has several.
    public func layout(for format: FormatID?) throws(TranslationError) -> CSVLayout {
        if let format, format.family == .csv, format.messageType != nil {
            if let layout = self.catalog.layout(for: format) { return layout }
            throw TranslationError(
                code: .csvLayoutUnknown,
                message: "no CSV layout \(format.messageType ?? "") is known; known layouts: \(self.knownNames)")
        }
        if self.catalog.layouts.count == 1 { return self.catalog.layouts[0] }
        throw TranslationError(code: .csvLayoutUnknown,
                               message: "name the CSV layout (csv:LAYOUT); known layouts: \(self.knownNames)")
    }

    private var knownNames: String { self.catalog.layouts.map(\.name).joined(separator: ", ") }

    /// Parses `payload` by `layout`.
    /// - Throws: `csv.layout.missing-column` when the header lacks a column the layout requires.
    public func parse(_ payload: Payload, layout: CSVLayout, diagnostics: inout Diagnostics)
        throws(TranslationError) -> [CanonicalDocument] {
        switch layout.documentKind {
        case .order: try self.parse(OrderCSVMapping.self, payload, layout: layout, into: &diagnostics)
        case .orderResponse: try self.parse(OrderResponseCSVMapping.self, payload, layout: layout, into: &diagnostics)
        case .shipNotice: try self.parse(ShipNoticeCSVMapping.self, payload, layout: layout, into: &diagnostics)
        case .invoice: try self.parse(InvoiceCSVMapping.self, payload, layout: layout, into: &diagnostics)
        case .itemMaster: try self.parse(ItemMasterCSVMapping.self, payload, layout: layout, into: &diagnostics)
        case .consumption: try self.parse(ConsumptionCSVMapping.self, payload, layout: layout, into: &diagnostics)
        case .functionalAcknowledgment: []
        }
    }

    private func parse<Mapping: CSVDocumentMapping>(_ mapping: Mapping.Type, _ payload: Payload, layout: CSVLayout,
                                                    into diagnostics: inout Diagnostics)
        throws(TranslationError) -> [CanonicalDocument] {
        var reader = CSVReader(dialect: layout.dialect)
        reader.append(payload.bytes)
        reader.finish()
        var decoder: CSVRowDecoder?
        var groups: [CSVDocumentGroup<Mapping.Line>] = []
        var groupIndex: [[CSVValue?]: Int] = [:]
        var sawRecord = false
        while let event = reader.next() {
            let record: CSVRecord
            switch event {
            case .diagnostic(let diagnostic):
                diagnostics.append(diagnostic)
                continue
            case .record(let next):
                record = next
            }
            let isFirst = !sawRecord
            sawRecord = true
            if decoder == nil {
                decoder = try CSVRowDecoder(layout: layout, header: layout.dialect.hasHeader ? record : nil,
                                            diagnostics: &diagnostics)
                if layout.dialect.hasHeader, isFirst { continue }
            }
            guard let decoder, !record.isBlank else { continue }
            let row = decoder.decode(record, into: &diagnostics)
            let key = layout.groupBy.map { field in row.document.value(field) }
            if row.failed, key.contains(where: { $0 == nil }) { continue }
            let index: Int
            if let known = groupIndex[key] {
                index = known
            } else {
                index = groups.count
                groupIndex[key] = index
                groups.append(CSVDocumentGroup(firstRecord: row.record, columnCount: layout.columns.count))
            }
            groups[index].add(row, columns: decoder.columns, makeLine: Mapping.line, into: &diagnostics)
        }
        if !sawRecord {
            diagnostics.append(Diagnostic(.warning, .csvFileEmpty, at: nil, "the file holds no record"))
        }
        var documents: [CanonicalDocument] = []
        for group in groups {
            let failed = group.failedRecords
            guard failed.isEmpty else {
                let records = failed.prefix(10).map(String.init).joined(separator: ", ")
                    + (failed.count > 10 ? " …" : "")
                diagnostics.append(Diagnostic(
                    .error, .csvDocumentRejected, at: .csv(CSVLocation(record: group.firstRecord)),
                    "the document of \(group.span) was not produced because of the errors in record(s) \(records)"))
                continue
            }
            guard let document = Mapping.document(group.documentCells, lines: group.lines) else {
                diagnostics.append(Diagnostic(
                    .error, .csvDocumentRejected, at: .csv(CSVLocation(record: group.firstRecord)),
                    "the rows lack a value the document needs; the document of \(group.span) was not produced"))
                continue
            }
            documents.append(Mapping.wrap(document))
        }
        return documents
    }
}
