import WharfCore

/// One document being gathered from its rows (by the layout's `groupBy` values): its document values, merged as
/// the rows come, and its lines, made as the rows come, so that memory holds documents rather than rows.
struct CSVDocumentGroup<Line> {
    /// The record of the first row.
    let firstRecord: Int
    /// How many rows belong to the document.
    private(set) var rowCount = 0
    /// The records of rows that could not be mapped; the document is rejected when there is any.
    private(set) var failedRecords: [Int] = []
    /// The lines made so far.
    private(set) var lines: [Line] = []
    /// The document values by layout column: the first non-empty one, and the record it came from.
    private var merged: [(cell: CSVCell, record: Int)?]
    /// The document constants (the same on every row).
    private var constants: [CSVCell]?
    /// The fields already reported as inconsistent.
    private var warned = Set<Int>()

    init(firstRecord: Int, columnCount: Int) {
        self.firstRecord = firstRecord
        self.merged = Array(repeating: nil, count: columnCount)
    }

    /// Adds a row: merges its document values (warning once per column where a later row disagrees) and makes its
    /// line with `makeLine`.
    mutating func add(_ row: CSVRow, columns: [CSVRowDecoder.BoundColumn], makeLine: ([CSVCell]) -> Line?,
                      into diagnostics: inout Diagnostics) {
        self.rowCount += 1
        if row.failed {
            self.failedRecords.append(row.record)
            self.lines = []
            return
        }
        guard self.failedRecords.isEmpty else { return }
        if self.constants == nil { self.constants = row.document.filter { $0.column == nil } }
        for cell in row.document {
            guard let column = cell.column else { continue }
            guard let kept = self.merged[column] else {
                self.merged[column] = (cell, row.record)
                continue
            }
            guard kept.cell.value != cell.value, !self.warned.contains(column) else { continue }
            self.warned.insert(column)
            let bound = columns[column]
            diagnostics.append(Diagnostic(
                .warning, .csvDocumentInconsistent,
                at: .csv(CSVLocation(record: row.record, column: bound.position, header: bound.header)),
                "\(cell.field) differs from record \(kept.record) of the same document; the first value was kept"))
        }
        guard row.hasLineContent else { return }
        if let line = makeLine(row.line) {
            self.lines.append(line)
        } else {
            diagnostics.append(Diagnostic(.error, .csvDocumentRejected, at: .csv(CSVLocation(record: row.record)),
                                          "the row lacks a value its line needs"))
            self.failedRecords.append(row.record)
            self.lines = []
        }
    }

    /// The document values: by column, then the constants.
    var documentCells: [CSVCell] {
        self.merged.compactMap { $0?.cell } + (self.constants ?? [])
    }

    /// `record 3` or `the 4 rows from record 3`.
    var span: String {
        self.rowCount == 1 ? "record \(self.firstRecord)" : "the \(self.rowCount) rows from record \(self.firstRecord)"
    }
}
