import Canonical
import WharfCore
import Yams

/// Reads the YAML tree of one layout into a ``CSVLayout``, collecting every problem with its location.
struct CSVLayoutReader {
    let path: String
    private(set) var problems: [Diagnostic] = []

    init(path: String) {
        self.path = path
    }

    private static let topKeys: Set<String> = [
        "name", "version", "document", "description", "syntax", "unknownColumns", "groupBy", "constants", "columns",
    ]
    private static let syntaxKeys: Set<String> = [
        "delimiter", "quote", "escape", "header", "encoding", "lineEnding", "byteOrderMark", "decimalSeparator",
        "groupingSeparator", "dateFormat", "nullValues",
    ]
    private static let columnKeys: Set<String> = [
        "header", "position", "field", "type", "format", "required", "default", "codes", "fractionDigits",
    ]
    private static let kinds: [String: CanonicalDocument.Kind] = [
        "order": .order, "orderResponse": .orderResponse, "shipNotice": .shipNotice, "invoice": .invoice,
        "itemMaster": .itemMaster, "consumption": .consumption,
    ]

    mutating func read(_ root: Node) -> CSVLayout? {
        guard let top = root.mapping else {
            self.report("", root, "the layout must be a mapping of keys (name, document, columns …)")
            return nil
        }
        self.checkKeys(top, allowed: Self.topKeys, at: "")
        let name = self.requiredString(top, "name", at: "")
        if let name, !Self.isLayoutName(name) {
            self.report("name", top["name"],
                        "a layout name is lower-case letters, digits and '-', starting with a letter or digit")
        }
        let version = top["version"].map { self.string($0, at: "version") ?? "1" } ?? "1"
        var kind: CanonicalDocument.Kind?
        if let text = self.requiredString(top, "document", at: "") {
            kind = Self.kinds[text]
            if kind == nil {
                self.report("document", top["document"],
                            "the document kind must be one of \(Self.kinds.keys.sorted().joined(separator: ", "))")
            }
        }
        let summary = top["description"].flatMap { self.string($0, at: "description") }
        var syntax = CSVLayoutSyntax()
        if let node = top["syntax"] { self.readSyntax(node, into: &syntax) }
        var unknownColumns = CSVUnknownColumnPolicy.warn
        if let node = top["unknownColumns"], let text = self.string(node, at: "unknownColumns") {
            if let policy = CSVUnknownColumnPolicy(rawValue: text) {
                unknownColumns = policy
            } else {
                self.report("unknownColumns", node, "unknownColumns must be ignore, warn or error")
            }
        }
        guard let kind else { return nil }
        var columns: [(index: Int, column: CSVColumn, node: Node)] = []
        if let node = top["columns"] {
            if let sequence = node.sequence, !sequence.isEmpty {
                for (index, element) in sequence.enumerated() {
                    if let column = self.readColumn(element, at: "columns[\(index)]", kind: kind, syntax: syntax) {
                        columns.append((index, column, element))
                    }
                }
            } else {
                self.report("columns", node, "columns must be a list of at least one column")
            }
        } else {
            self.report("", root, "the layout needs 'columns'")
        }
        let constants = top["constants"].map { self.readConstants($0, kind: kind) } ?? []
        let groupBy = top["groupBy"].map { self.readGroupBy($0, kind: kind) } ?? []
        let layout = CSVLayout(
            name: name ?? "", version: version, documentKind: kind, summary: summary, dialect: syntax.dialect,
            writerOptions: syntax.writerOptions, numberFormat: syntax.numberFormat, dateFormat: syntax.dateFormat,
            nullValues: syntax.nullValues, unknownColumns: unknownColumns, groupBy: groupBy, constants: constants,
            columns: columns.map(\.column))
        self.checkCompleteness(layout, columns: columns, root: root, top: top)
        return layout
    }

    // MARK: Syntax

    private mutating func readSyntax(_ node: Node, into syntax: inout CSVLayoutSyntax) {
        guard let mapping = node.mapping else {
            self.report("syntax", node, "syntax must be a mapping")
            return
        }
        self.checkKeys(mapping, allowed: Self.syntaxKeys, at: "syntax")
        if let value = mapping["delimiter"], let text = self.string(value, at: "syntax.delimiter") {
            if text == "detect" {
                syntax.delimiter = nil
            } else if let byte = Self.character(text == "tab" ? "\t" : text),
                      byte != 0x0D, byte != 0x0A, byte != UInt8(ascii: "\"") {
                syntax.delimiter = byte
            } else {
                self.report("syntax.delimiter", value, "the delimiter must be one ASCII character, 'tab' or 'detect'")
            }
        }
        if let value = mapping["quote"], let text = self.string(value, at: "syntax.quote") {
            if text == "none" {
                syntax.quote = nil
            } else if let byte = Self.character(text) {
                syntax.quote = byte
            } else {
                self.report("syntax.quote", value, "the quote must be one ASCII character or 'none'")
            }
        }
        if let value = mapping["escape"], let text = self.string(value, at: "syntax.escape") {
            if text == "none" {
                syntax.escape = nil
            } else if let byte = Self.character(text) {
                syntax.escape = byte
            } else {
                self.report("syntax.escape", value, "the escape character must be one ASCII character or 'none'")
            }
        }
        if let value = mapping["header"] { syntax.hasHeader = self.bool(value, at: "syntax.header") ?? true }
        if let value = mapping["byteOrderMark"] {
            syntax.byteOrderMark = self.bool(value, at: "syntax.byteOrderMark") ?? false
        }
        if let value = mapping["encoding"], let text = self.string(value, at: "syntax.encoding") {
            if let encoding = CSVEncoding(rawValue: text) {
                syntax.encoding = encoding
            } else {
                let names = CSVEncoding.allCases.map(\.rawValue).joined(separator: ", ")
                self.report("syntax.encoding", value, "the encoding must be one of \(names)")
            }
        }
        if let value = mapping["lineEnding"], let text = self.string(value, at: "syntax.lineEnding") {
            if let ending = CSVLineEnding(rawValue: text) {
                syntax.lineEnding = ending
            } else {
                self.report("syntax.lineEnding", value, "the line ending must be crlf, lf or cr")
            }
        }
        if let value = mapping["decimalSeparator"], let text = self.string(value, at: "syntax.decimalSeparator") {
            if text == "." || text == "," {
                syntax.decimalSeparator = UInt8(ascii: text == "." ? "." : ",")
            } else {
                self.report("syntax.decimalSeparator", value, "the decimal separator must be '.' or ','")
            }
        }
        if let value = mapping["groupingSeparator"], let text = self.string(value, at: "syntax.groupingSeparator") {
            if text == "none" {
                syntax.groupingSeparator = nil
            } else if let byte = Self.character(text), !(UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) {
                syntax.groupingSeparator = byte
            } else {
                self.report("syntax.groupingSeparator", value,
                            "the grouping separator must be one ASCII character other than a digit, or 'none'")
            }
        }
        if let value = mapping["dateFormat"], let text = self.string(value, at: "syntax.dateFormat") {
            if let format = CSVDateFormat(pattern: text) {
                syntax.dateFormat = format
            } else {
                self.report("syntax.dateFormat", value, Self.dateFormatRule)
            }
        }
        if let value = mapping["nullValues"] { syntax.nullValues = self.strings(value, at: "syntax.nullValues") }
        if syntax.groupingSeparator == syntax.decimalSeparator {
            self.report("syntax.groupingSeparator", mapping["groupingSeparator"],
                        "the grouping separator must differ from the decimal separator")
        }
    }

    static let dateFormatRule = "a date format uses yyyy, MM/M, dd/d, HH/H, mm, ss and literal characters "
        + "(e.g. yyyyMMdd, MM/dd/yyyy, yyyy-MM-dd), from the year down without a gap, or is 'iso8601'"

    // MARK: Columns

    private mutating func readColumn(_ node: Node, at keyPath: String, kind: CanonicalDocument.Kind,
                                     syntax: CSVLayoutSyntax) -> CSVColumn? {
        guard let mapping = node.mapping else {
            self.report(keyPath, node, "a column must be a mapping (header or position, field, type …)")
            return nil
        }
        self.checkKeys(mapping, allowed: Self.columnKeys, at: keyPath)
        var headers: [String] = []
        if let value = mapping["header"] {
            headers = value.sequence != nil ? self.strings(value, at: "\(keyPath).header")
                : self.string(value, at: "\(keyPath).header").map { [$0] } ?? []
            if headers.isEmpty || headers.contains(where: \.isEmpty) {
                self.report("\(keyPath).header", value, "a header name must not be empty")
            }
        }
        var position: Int?
        if let value = mapping["position"] {
            position = self.int(value, at: "\(keyPath).position")
            if let number = position, number < 1 {
                self.report("\(keyPath).position", value, "positions count from 1")
                position = nil
            }
        }
        if headers.isEmpty, position == nil {
            self.report(keyPath, node, "a column needs a header name or a position")
        }
        if !syntax.hasHeader, position == nil, !headers.isEmpty {
            self.report(keyPath, node,
                        "the file has no header row (syntax.header: false), so the column needs a position")
        }
        guard let fieldText = self.requiredString(mapping, "field", at: keyPath) else { return nil }
        guard let field = CSVField(path: fieldText) else {
            self.report("\(keyPath).field", mapping["field"],
                        "'\(fieldText)' is not a field path (see the field list in specs/csv/README.md)")
            return nil
        }
        guard field.isAllowed(in: kind) else {
            self.report("\(keyPath).field", mapping["field"], "\(field) is not a field of a \(kind.rawValue)")
            return nil
        }
        var type = field.valueType
        if let value = mapping["type"], let text = self.string(value, at: "\(keyPath).type") {
            if let named = CSVValueType(rawValue: text) {
                if field.valueType.accepts(named) {
                    type = named
                } else {
                    self.report("\(keyPath).type", value,
                                "a \(text) column cannot fill \(field), whose type is \(field.valueType.rawValue)")
                }
            } else {
                self.report("\(keyPath).type", value, "the type must be text, decimal, integer, date or code")
            }
        }
        var dateFormat: CSVDateFormat?
        if let value = mapping["format"], let text = self.string(value, at: "\(keyPath).format") {
            if type != .date {
                self.report("\(keyPath).format", value, "only date columns have a format")
            } else if let format = CSVDateFormat(pattern: text) {
                dateFormat = format
            } else {
                self.report("\(keyPath).format", value, Self.dateFormatRule)
            }
        }
        let isRequired = mapping["required"].flatMap { self.bool($0, at: "\(keyPath).required") } ?? false
        var codes: [(source: String, canonical: String)] = []
        if let value = mapping["codes"] {
            if type != .code {
                self.report("\(keyPath).codes", value, "only code columns have a code table")
            } else if let table = value.mapping, !table.isEmpty {
                for (key, canonical) in table {
                    guard let source = key.string, let target = self.string(canonical, at: "\(keyPath).codes"),
                          !target.isEmpty else { continue }
                    codes.append((source, target))
                }
            } else {
                self.report("\(keyPath).codes", value, "codes must map the file's codes to canonical codes")
            }
        }
        var fractionDigits: Int?
        if let value = mapping["fractionDigits"] {
            fractionDigits = self.int(value, at: "\(keyPath).fractionDigits")
            if type != .decimal || (fractionDigits ?? 0) < 0 || (fractionDigits ?? 0) > 38 {
                self.report("\(keyPath).fractionDigits", value, "fractionDigits is 0 to 38, on decimal columns only")
            }
        }
        let column = CSVColumn(headers: headers, position: position, field: field, type: type, dateFormat: dateFormat,
                               isRequired: isRequired, defaultValue: nil, codes: codes, fractionDigits: fractionDigits)
        var withDefault = column
        if let value = mapping["default"], let text = self.string(value, at: "\(keyPath).default") {
            var probe: [Diagnostic] = []
            let converter = CSVValueConverter(numberFormat: syntax.numberFormat, dateFormat: syntax.dateFormat)
            let converted = converter.convert(Array(text.utf8)[...], for: column,
                                              location: .csv(CSVLocation(record: 1)), into: &probe)
            if text.isEmpty || converted == nil || probe.contains(where: { $0.severity == .error }) {
                self.report("\(keyPath).default", value, "the default must be a valid value of the column's type")
            } else {
                withDefault.defaultValue = text
            }
        }
        return withDefault
    }

    private mutating func readConstants(_ node: Node, kind: CanonicalDocument.Kind) -> [CSVLayout.Constant] {
        guard let mapping = node.mapping else {
            self.report("constants", node, "constants must map field paths to values")
            return []
        }
        var constants: [CSVLayout.Constant] = []
        for (key, value) in mapping {
            let keyPath = "constants.\(key.string ?? "?")"
            guard let path = key.string, let field = CSVField(path: path) else {
                self.report(keyPath, key, "not a field path (see the field list in specs/csv/README.md)")
                continue
            }
            guard field.isAllowed(in: kind) else {
                self.report(keyPath, key, "\(field) is not a field of a \(kind.rawValue)")
                continue
            }
            guard let text = self.string(value, at: keyPath) else { continue }
            guard CSVValueConverter.canonicalValue(text, for: field) != nil else {
                self.report(keyPath, value, "the constant is not a valid \(field.valueType.rawValue) in canonical form "
                                + "(decimals with '.', dates in ISO 8601)")
                continue
            }
            constants.append(CSVLayout.Constant(field: field, text: text))
        }
        return constants
    }

    private mutating func readGroupBy(_ node: Node, kind: CanonicalDocument.Kind) -> [CSVField] {
        let texts = node.sequence != nil
            ? self.strings(node, at: "groupBy") : self.string(node, at: "groupBy").map { [$0] } ?? []
        var fields: [CSVField] = []
        for (index, text) in texts.enumerated() {
            let element = node.sequence?[index] ?? node
            guard let field = CSVField(path: text), case .document = field, field.isAllowed(in: kind) else {
                self.report("groupBy[\(index)]", element, "groupBy names document fields of a \(kind.rawValue)")
                continue
            }
            fields.append(field)
        }
        return fields
    }

    /// The checks that span keys: required fields, units for quantities, unique fields, positions and headers.
    private mutating func checkCompleteness(_ layout: CSVLayout, columns: [(index: Int, column: CSVColumn, node: Node)],
                                            root: Node,
                                            top: Node.Mapping) {
        let provided = Set(layout.columns.map(\.field) + layout.constants.map(\.field))
        for field in CSVField.required(for: layout.documentKind) where !provided.contains(field) {
            self.report("columns", top["columns"] ?? root,
                        "a \(layout.documentKind.rawValue) needs \(field): map it to a column or give it in constants")
        }
        if provided.contains(where: \.needsUnit), !provided.contains(.line(.unit)) {
            self.report("columns", top["columns"] ?? root,
                        "quantities need line.unit: map it to a column or give it in constants")
        }
        for field in layout.groupBy where !provided.contains(field) {
            self.report("groupBy", top["groupBy"], "\(field) is in groupBy but no column or constant fills it")
        }
        var fields: Set<CSVField> = []
        var positions: Set<Int> = []
        var headers: Set<String> = []
        for (index, column, node) in columns {
            if !fields.insert(column.field).inserted {
                self.report("columns[\(index)].field", node["field"], "\(column.field) is filled by an earlier column")
            }
            if let position = column.position, !positions.insert(position).inserted {
                self.report("columns[\(index)].position", node["position"], "an earlier column has the same position")
            }
            for header in column.headers where !headers.insert(CSVHeaderMatcher.normalized(header)).inserted {
                self.report("columns[\(index)].header", node["header"], "an earlier column has the same header name")
            }
        }
    }

    // MARK: Scalars

    private mutating func checkKeys(_ mapping: Node.Mapping, allowed: Set<String>, at keyPath: String) {
        for (key, _) in mapping {
            guard let name = key.string else {
                self.report(keyPath, key, "keys must be text")
                continue
            }
            if !allowed.contains(name) {
                let path = keyPath.isEmpty ? name : "\(keyPath).\(name)"
                self.report(path, key, "unknown key '\(name)'; known keys: \(allowed.sorted().joined(separator: ", "))")
            }
        }
    }

    private mutating func requiredString(_ mapping: Node.Mapping, _ key: String, at keyPath: String) -> String? {
        let path = keyPath.isEmpty ? key : "\(keyPath).\(key)"
        guard let node = mapping[key] else {
            self.report(keyPath, nil, "'\(key)' is required")
            return nil
        }
        guard let text = self.string(node, at: path), !text.isEmpty else {
            self.report(path, node, "'\(key)' must not be empty")
            return nil
        }
        return text
    }

    private mutating func string(_ node: Node, at keyPath: String) -> String? {
        guard let scalar = node.scalar else {
            self.report(keyPath, node, "a single value is expected here")
            return nil
        }
        return scalar.string
    }

    private mutating func strings(_ node: Node, at keyPath: String) -> [String] {
        guard let sequence = node.sequence else {
            self.report(keyPath, node, "a list is expected here")
            return []
        }
        return sequence.enumerated().compactMap { index, element in self.string(element, at: "\(keyPath)[\(index)]") }
    }

    private mutating func bool(_ node: Node, at keyPath: String) -> Bool? {
        guard let value = node.bool else {
            self.report(keyPath, node, "true or false is expected here")
            return nil
        }
        return value
    }

    private mutating func int(_ node: Node, at keyPath: String) -> Int? {
        guard let value = node.int else {
            self.report(keyPath, node, "a whole number is expected here")
            return nil
        }
        return value
    }

    private mutating func report(_ keyPath: String, _ node: Node?, _ message: String) {
        let mark = node?.mark
        self.problems.append(Diagnostic(
            .error, .csvLayoutInvalid,
            at: .profile(ProfileLocation(path: self.path, keyPath: keyPath.isEmpty ? nil : keyPath, line: mark?.line,
                                         column: mark?.column)),
            message))
    }

    private static func character(_ text: String) -> UInt8? {
        let bytes = Array(text.utf8)
        guard bytes.count == 1, bytes[0] < 0x80, bytes[0] >= 0x09 else { return nil }
        return bytes[0]
    }

    private static func isLayoutName(_ name: String) -> Bool {
        guard let first = name.utf8.first, first != UInt8(ascii: "-") else { return false }
        return name.utf8.allSatisfy { byte in
            (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
                || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: "-")
        }
    }
}

/// The `syntax` section of a layout, with its defaults.
struct CSVLayoutSyntax {
    var delimiter: UInt8? = UInt8(ascii: ",")
    var quote: UInt8? = UInt8(ascii: "\"")
    var escape: UInt8?
    var hasHeader = true
    var encoding = CSVEncoding.automatic
    var lineEnding = CSVLineEnding.crlf
    var byteOrderMark = false
    var decimalSeparator = UInt8(ascii: ".")
    var groupingSeparator: UInt8?
    var dateFormat = CSVDateFormat(pattern: "yyyy-MM-dd")!
    var nullValues: [String] = []

    var dialect: CSVDialect {
        CSVDialect(delimiter: self.delimiter, quote: self.quote, escape: self.escape, hasHeader: self.hasHeader,
                   encoding: self.encoding)
    }

    var writerOptions: CSVWriter.Options {
        CSVWriter.Options(delimiter: self.delimiter ?? UInt8(ascii: ","), quote: self.quote ?? UInt8(ascii: "\""),
                          escape: self.escape, lineEnding: self.lineEnding, decimalSeparator: self.decimalSeparator,
                          encoding: self.encoding == .automatic ? .utf8 : self.encoding,
                          byteOrderMark: self.byteOrderMark)
    }

    var numberFormat: CSVNumberFormat {
        CSVNumberFormat(decimalSeparator: self.decimalSeparator, groupingSeparator: self.groupingSeparator)
    }
}
