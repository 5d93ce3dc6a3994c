import Canonical

/// How one kind of canonical document is built from rows and read back into rows: each row a line, the document
/// members repeated on every row.
protocol CSVDocumentMapping {
    /// The canonical document.
    associatedtype Document
    /// What one row makes.
    associatedtype Line

    /// The line a row's line cells make; `nil` when a value the line cannot do without is missing.
    static func line(_ cells: [CSVCell]) -> Line?
    /// The document made of its document cells and lines; `nil` when a value it cannot do without is missing.
    static func document(_ cells: [CSVCell], lines: [Line]) -> Document?
    /// The document as a canonical document.
    static func wrap(_ document: Document) -> CanonicalDocument
    /// The document inside a canonical document of this kind.
    static func unwrap(_ document: CanonicalDocument) -> Document?
    /// The lines to write, one row each.
    static func lines(of document: Document) -> [Line]
    /// The value of a document field.
    static func value(_ field: CSVField.Document, of document: Document) -> CSVValue?
    /// The value of a line field.
    static func value(_ field: CSVField.Line, of line: Line) -> CSVValue?
}
