import Canonical
import Foundation
import WharfCore

/// Converts the text of a cell into a value of its column's type, reporting what does not fit at the cell's
/// location (never quoting the text, which may be patient data).
struct CSVValueConverter: Sendable {
    /// How numbers are written.
    let numberFormat: CSVNumberFormat
    /// The date format of columns that name none.
    let dateFormat: CSVDateFormat

    /// The value of a non-empty, trimmed cell, or `nil` (with an error) when it does not fit the column's type.
    func convert(_ bytes: ArraySlice<UInt8>, for column: CSVColumn, location: @autoclosure () -> SourceLocation,
                 into diagnostics: inout some CSVDiagnosticSink) -> CSVValue? {
        switch column.type {
        case .text:
            return .text(String(decoding: bytes, as: UTF8.self))
        case .code:
            let text = String(decoding: bytes, as: UTF8.self)
            guard column.hasCodeTable else { return .text(text) }
            if let canonical = column.canonicalCode(for: text) { return .text(canonical) }
            diagnostics.append(Diagnostic(.warning, .csvValueUnknownCode, at: location(),
                                          "\(column.field) has a code its code table does not list; kept as it is"))
            return .text(text)
        case .integer:
            guard let value = CSVNumberFormat.integer(bytes) else {
                diagnostics.append(Diagnostic(.error, .csvValueNotANumber, at: location(),
                                              "\(column.field) must be a whole number (digits with an optional sign)"))
                return nil
            }
            switch column.field.valueType {
            case .decimal: return .decimal(Decimal(value))
            case .integer: return .integer(value)
            default: return .text(String(decoding: bytes, as: UTF8.self))
            }
        case .decimal:
            guard let value = self.numberFormat.decimal(bytes) else {
                diagnostics.append(Diagnostic(.error, .csvValueNotANumber, at: location(),
                                              "\(column.field) must be a decimal number \(self.numberRule)"))
                return nil
            }
            return .decimal(value)
        case .date:
            let format = column.dateFormat ?? self.dateFormat
            guard let date = format.date(bytes) else {
                diagnostics.append(Diagnostic(.error, .csvValueInvalidDate, at: location(),
                                              "\(column.field) must be a real date in the format \(format.pattern)"))
                return nil
            }
            return .date(date)
        }
    }

    private var numberRule: String {
        var rule = "with '\(Character(UnicodeScalar(self.numberFormat.decimalSeparator)))' as decimal separator"
        if let grouping = self.numberFormat.groupingSeparator {
            rule += " and '\(Character(UnicodeScalar(grouping)))' between groups of three digits"
        }
        return "(" + rule + ", at most 38 significant digits)"
    }

    /// The value of a layout constant, written in canonical form (decimals with `.`, dates in ISO 8601).
    static func canonicalValue(_ text: String, for field: CSVField) -> CSVValue? {
        guard !text.isEmpty else { return nil }
        switch field.valueType {
        case .text, .code: return .text(text)
        case .decimal: return CSVNumberFormat().decimal(text.utf8).map(CSVValue.decimal)
        case .integer: return CSVNumberFormat.integer(text.utf8).map(CSVValue.integer)
        case .date: return (try? CanonicalDate(iso8601: text)).map(CSVValue.date)
        }
    }
}

/// Where the converter puts its problems: a plain array (layout checks) or the translation's diagnostics.
protocol CSVDiagnosticSink {
    /// Adds one diagnostic.
    mutating func append(_ diagnostic: Diagnostic)
}

extension Array: CSVDiagnosticSink where Element == Diagnostic {}

extension Diagnostics: CSVDiagnosticSink {}
